namespace Disclosure.Workflows.Common;

/// <summary>The annual report (政府信息公开工作年度报告, 2021 format): headings, row and column labels, refusals.</summary>
public static partial class Messages
{
    public static UserMessage ReportTitle(int year) => new("report.title", $"永安街道办事处{year}年政府信息公开工作年度报告");

    public static UserMessage ReportLegalBasis { get; } = new("report.legal-basis", "《中华人民共和国政府信息公开条例》第四十九条、第五十条");

    public static UserMessage ReportIntro(int year) =>
        new("report.intro", $"本报告根据《中华人民共和国政府信息公开条例》第五十条和《中华人民共和国政府信息公开工作年度报告格式》编制，统计期限为 {year} 年 1 月 1 日至 12 月 31 日。本报告电子版可在政府信息公开栏目下载。");

    public static UserMessage ReportSection(int number) => number switch
    {
        1 => new("report.section.overview", "一、总体情况"),
        2 => new("report.section.proactive", "二、主动公开政府信息情况"),
        3 => new("report.section.applications", "三、收到和处理政府信息公开申请情况"),
        4 => new("report.section.remedies", "四、政府信息公开行政复议、行政诉讼情况"),
        5 => new("report.section.problems", "五、存在的主要问题及改进情况"),
        _ => new("report.section.other", "六、其他需要报告的事项"),
    };

    public static UserMessage ReportPublishedSummary(int total, string byCategory) =>
        new("report.published-summary", $"本年度通过政府信息公开栏目主动公开政府信息 {total} 条（{byCategory}）。");

    public static UserMessage ReportApplicationsSummary(int received, int closed, int carried) =>
        new("report.applications-summary", $"本年度新收政府信息公开申请 {received} 件，办结 {closed} 件，结转下年度继续办理 {carried} 件。");

    public static UserMessage ReportCategoryCount(string category, int count) => new("report.category-count", $"{category} {count} 条");

    public static UserMessage ReportNone { get; } = new("report.none", "无");

    // Table 二
    public static UserMessage ReportArticle(string item) => new("report.article", $"第二十条第（{item}）项");

    public static UserMessage ReportTwoColumn(string columnCode) => columnCode switch
    {
        "content" => new("report.two.content", "信息内容"),
        "issued" => new("report.two.issued", "本年制发件数"),
        "repealed" => new("report.two.repealed", "本年废止件数"),
        "in-force" => new("report.two.in-force", "现行有效件数"),
        "decisions" => new("report.two.decisions", "本年处理决定数量"),
        "fees" => new("report.two.fees", "本年收费金额（单位：万元）"),
        _ => new("report.two.unknown", "未注明"),
    };

    public static UserMessage ReportTwoRow(string rowCode) => rowCode switch
    {
        "regulations" => new("report.two.regulations", "规章"),
        "normative" => new("report.two.normative", "行政规范性文件"),
        "licensing" => new("report.two.licensing", "行政许可"),
        "penalties" => new("report.two.penalties", "行政处罚"),
        "enforcement" => new("report.two.enforcement", "行政强制"),
        "fees" => new("report.two.fees-row", "行政事业性收费"),
        _ => new("report.two.row-unknown", "未注明"),
    };

    // Table 三
    public static UserMessage ReportThreeApplicant { get; } = new("report.three.applicant", "申请人情况");

    public static UserMessage ReportThreeOrganisations { get; } = new("report.three.organisations", "法人或其他组织");

    public static UserMessage ReportThreeTotal { get; } = new("report.three.total", "总计");

    public static UserMessage ReportThreeRow(string rowCode) => rowCode switch
    {
        "received" => new("report.three.received", "一、本年新收政府信息公开申请数量"),
        "carried-in" => new("report.three.carried-in", "二、上年结转政府信息公开申请数量"),
        "results" => new("report.three.results", "三、本年度办理结果"),
        "results-total" => new("report.three.results-total", "（七）总计"),
        "carried-out" => new("report.three.carried-out", "四、结转下年度继续办理"),
        _ => new("report.three.unknown", "未注明"),
    };

    /// <summary>A ground's row label with its number inside its type, e.g. 1.属于国家秘密.</summary>
    public static UserMessage ReportGroundRow(int number, string ground) => new("report.three.ground", $"{number}.{ground}");

    // Table 四
    public static UserMessage ReportFourColumn(string columnCode) => columnCode switch
    {
        "upheld" => new("report.four.upheld", "结果维持"),
        "corrected" => new("report.four.corrected", "结果纠正"),
        "other" => new("report.four.other", "其他结果"),
        "pending" => new("report.four.pending", "尚未审结"),
        "total" => new("report.four.total", "总计"),
        _ => new("report.four.unknown", "未注明"),
    };

    public static UserMessage ReportFourGroup(string groupCode) => groupCode switch
    {
        "reconsideration" => new("report.four.reconsideration", "行政复议"),
        "litigation" => new("report.four.litigation", "行政诉讼"),
        "direct" => new("report.four.direct", "未经复议直接起诉"),
        "after" => new("report.four.after", "复议后起诉"),
        _ => new("report.four.group-unknown", "未注明"),
    };

    public static UserMessage ReportExists(int year) => new("report.exists", $"{year} 年度报告已经生成。");

    public static UserMessage ReportNotFound(int year) => new("report.not-found", $"还没有 {year} 年度的报告。");

    public static UserMessage ReportNotEditable { get; } = new("report.not-editable", "报告已提交审核或已发布，不能再修改或重新生成。");

    /// <summary>A figure staff enter, named by its row and column, e.g. 行政许可·本年处理决定数量.</summary>
    public static UserMessage ReportFieldLabel(string row, string column) => new("report.field", $"{row}·{column}");

    /// <summary>A group of litigation in table 四, e.g. 行政诉讼（复议后起诉）.</summary>
    public static UserMessage ReportLitigationGroup(string group) => new("report.four.litigation-group", $"{ReportFourGroup("litigation").Text}（{group}）");

    public static UserMessage ReportTextLabel(string field) => field switch
    {
        "overview" => new("report.text.overview", "总体情况"),
        "problems" => new("report.text.problems", "存在的主要问题及改进情况"),
        _ => new("report.text.other", "其他需要报告的事项"),
    };

    public static UserMessage ReportFigureInvalid(string label) => new("report.figure-invalid", $"“{label}”须为 0 至 1000000 之间的整数。");

    public static UserMessage ReportAmountInvalid(string label) => new("report.amount-invalid", $"“{label}”须为 0 至 1000000 之间的数，最多保留两位小数。");

    public static UserMessage ReportFourIncomplete(string group, string columns) =>
        new("report.four.incomplete", $"“{group}”须依次填写{columns}四个数。");

    /// <summary>Under table 二 on the report screen: which row the record gives and how, and that the rest are entered.</summary>
    public static UserMessage ReportTwoHint { get; } = new("report.two.hint",
        "“行政规范性文件”一行由公开目录自动统计（第 1.1 类“办事处规范性文件”：本年首次发布的计为制发，本年撤回的计为废止，年底已发布且未撤回的计为现行有效）；其余各行由工作人员填写，没有的填 0。");

    /// <summary>Above the entries, for staff who may read the report but not change it.</summary>
    public static UserMessage ReportEntriesReadOnly { get; } = new("report.entries.read-only", "以下数字和文字由拟稿人填写，您可以查看，不能修改。");

    public static UserMessage ReportRegenerated { get; } = new("report.regenerated", "已保存，报告正文和 Word 文档已按最新数据重新生成。");

    public static UserMessage ReportFileName(int year) => new("report.file-name", $"永安街道办事处{year}年政府信息公开工作年度报告.docx");
}
