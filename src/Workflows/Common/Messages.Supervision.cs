namespace Disclosure.Workflows.Common;

/// <summary>The supervision view (督查) and its workbook.</summary>
public static partial class Messages
{
    public static UserMessage SupervisionHeading(string headingCode) => headingCode switch
    {
        "sheet.rates" => new("supervision.sheet.rates", "按时率"),
        "sheet.departments" => new("supervision.sheet.departments", "逾期（按科室）"),
        "sheet.steps" => new("supervision.sheet.steps", "逾期（按环节）"),
        "sheet.stale" => new("supervision.sheet.stale", "长期未更新事项"),
        "publications" => new("supervision.publications", "主动公开按时发布"),
        "replies" => new("supervision.replies", "依申请公开按时答复"),
        "what" => new("supervision.what", "项目"),
        "total" => new("supervision.total", "合计"),
        "in-time" => new("supervision.in-time", "按时"),
        "rate" => new("supervision.rate", "按时率（%）"),
        "department" => new("supervision.department", "科室"),
        "step" => new("supervision.step", "环节"),
        "tasks" => new("supervision.tasks", "超期任务"),
        "publications-late" => new("supervision.publications-late", "逾期未公开"),
        "applications-late" => new("supervision.applications-late", "逾期未答复申请"),
        "title" => new("supervision.title", "事项"),
        "last-confirmed" => new("supervision.last-confirmed", "上次确认"),
        "review-due" => new("supervision.review-due", "复核期限"),
        _ => new("supervision.unknown", "未注明"),
    };

    public static UserMessage SupervisionFileName(int year) => new("supervision.file-name", $"政务公开督查-{year}.xlsx");
}
