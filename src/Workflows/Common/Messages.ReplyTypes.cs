namespace Disclosure.Workflows.Common;

/// <summary>
/// The words of the reply types and their grounds (2021 annual report format, table 三), their legal
/// basis in the 2019 regulation (《中华人民共和国政府信息公开条例》) and the sentence the reply
/// letter states. The structure (which grounds belong to which type) is
/// <see cref="Applications.ReplyTypes"/>; these are only its words.
/// </summary>
public static partial class Messages
{
    private const string Regulation = "《中华人民共和国政府信息公开条例》";

    public static UserMessage ReplyTypeLabel(string typeCode) => typeCode switch
    {
        "disclose" => new("reply-type.disclose", "予以公开"),
        "partial" => new("reply-type.partial", "部分公开"),
        "withhold" => new("reply-type.withhold", "不予公开"),
        "unavailable" => new("reply-type.unavailable", "无法提供"),
        "not-processed" => new("reply-type.not-processed", "不予处理"),
        "other" => new("reply-type.other", "其他处理"),
        _ => new("reply-type.unknown", "未注明"),
    };

    /// <summary>The row of table 三 a reply type stands in (its numbering in the 2021 format).</summary>
    public static UserMessage ReplyTypeRow(string typeCode) => typeCode switch
    {
        "disclose" => new("reply-row.disclose", "（一）予以公开"),
        "partial" => new("reply-row.partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
        "withhold" => new("reply-row.withhold", "（三）不予公开"),
        "unavailable" => new("reply-row.unavailable", "（四）无法提供"),
        "not-processed" => new("reply-row.not-processed", "（五）不予处理"),
        "other" => new("reply-row.other", "（六）其他处理"),
        _ => new("reply-row.unknown", "未注明"),
    };

    public static UserMessage ReplyGroundLabel(string groundCode) => groundCode switch
    {
        "state-secret" => new("reply-ground.state-secret", "属于国家秘密"),
        "prohibited-by-law" => new("reply-ground.prohibited-by-law", "其他法律行政法规禁止公开"),
        "security-stability" => new("reply-ground.security-stability", "危及“三安全一稳定”"),
        "third-party-rights" => new("reply-ground.third-party-rights", "保护第三方合法权益"),
        "internal-affairs" => new("reply-ground.internal-affairs", "属于三类内部事务信息"),
        "process-information" => new("reply-ground.process-information", "属于四类过程性信息"),
        "law-enforcement-file" => new("reply-ground.law-enforcement-file", "属于行政执法案卷"),
        "administrative-inquiry" => new("reply-ground.administrative-inquiry", "属于行政查询事项"),
        "not-held" => new("reply-ground.not-held", "本机关不掌握相关政府信息"),
        "needs-creation" => new("reply-ground.needs-creation", "没有现成信息需要另行制作"),
        "unclear-after-correction" => new("reply-ground.unclear-after-correction", "补正后申请内容仍不明确"),
        "petition" => new("reply-ground.petition", "信访举报投诉类申请"),
        "repeated" => new("reply-ground.repeated", "重复申请"),
        "publication" => new("reply-ground.publication", "要求提供公开出版物"),
        "excessive" => new("reply-ground.excessive", "无正当理由大量反复申请"),
        "already-obtained" => new("reply-ground.already-obtained", "要求行政机关确认或重新出具已获取信息"),
        "no-correction" => new("reply-ground.no-correction", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
        "fee-unpaid" => new("reply-ground.fee-unpaid", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
        "other-reason" => new("reply-ground.other-reason", "其他"),
        _ => new("reply-ground.unknown", "未注明"),
    };

    /// <summary>The article a reply (its type, or its ground where the type has grounds) rests on.</summary>
    public static UserMessage ReplyBasis(string replyCode) => replyCode switch
    {
        "disclose" => new("reply-basis.disclose", $"{Regulation}第三十六条第（二）项"),
        "partial" => new("reply-basis.partial", $"{Regulation}第三十七条"),
        "state-secret" or "prohibited-by-law" or "security-stability" => new($"reply-basis.{replyCode}", $"{Regulation}第十四条"),
        "third-party-rights" => new("reply-basis.third-party-rights", $"{Regulation}第十五条、第三十二条"),
        "internal-affairs" => new("reply-basis.internal-affairs", $"{Regulation}第十六条第一款"),
        "process-information" or "law-enforcement-file" => new($"reply-basis.{replyCode}", $"{Regulation}第十六条第二款"),
        "administrative-inquiry" => new("reply-basis.administrative-inquiry", $"{Regulation}第三十六条第（七）项"),
        "not-held" => new("reply-basis.not-held", $"{Regulation}第三十六条第（四）项、第（五）项"),
        "needs-creation" => new("reply-basis.needs-creation", $"{Regulation}第三十八条"),
        "unclear-after-correction" or "no-correction" => new($"reply-basis.{replyCode}", $"{Regulation}第三十条"),
        "petition" or "publication" => new($"reply-basis.{replyCode}", $"{Regulation}第三十九条"),
        "repeated" => new("reply-basis.repeated", $"{Regulation}第三十六条第（六）项"),
        "excessive" => new("reply-basis.excessive", $"{Regulation}第三十五条"),
        "already-obtained" => new("reply-basis.already-obtained", $"{Regulation}第二条、第三十六条"),
        "fee-unpaid" => new("reply-basis.fee-unpaid", $"{Regulation}第四十二条"),
        _ => new("reply-basis.general", $"{Regulation}第三十六条"),
    };

    /// <summary>What the reply letter states the office decided, before the basis is cited.</summary>
    public static UserMessage ReplyStatement(string replyCode) => replyCode switch
    {
        "disclose" => new("reply-statement.disclose", "经审查，您申请获取的政府信息属于公开范围，本机关决定予以公开，现将该政府信息提供给您（见答复内容）。"),
        "partial" => new("reply-statement.partial", "经审查，您申请获取的政府信息中含有不应当公开的内容，但能够作区分处理，本机关向您提供可以公开的内容，并对不予公开的内容说明理由（见答复内容）。"),
        "state-secret" => new("reply-statement.state-secret", "经审查，您申请获取的政府信息依法确定为国家秘密，本机关决定不予公开。"),
        "prohibited-by-law" => new("reply-statement.prohibited-by-law", "经审查，您申请获取的政府信息属于法律、行政法规禁止公开的政府信息，本机关决定不予公开。"),
        "security-stability" => new("reply-statement.security-stability", "经审查，您申请获取的政府信息公开后可能危及国家安全、公共安全、经济安全、社会稳定，本机关决定不予公开。"),
        "third-party-rights" => new("reply-statement.third-party-rights", "经审查，您申请获取的政府信息涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害，本机关决定不予公开。"),
        "internal-affairs" => new("reply-statement.internal-affairs", "经审查，您申请获取的政府信息属于本机关的内部事务信息（人事管理、后勤管理、内部工作流程等），本机关决定不予公开。"),
        "process-information" => new("reply-statement.process-information", "经审查，您申请获取的政府信息属于本机关在履行行政管理职能过程中形成的过程性信息（讨论记录、过程稿、磋商信函、请示报告等），本机关决定不予公开。"),
        "law-enforcement-file" => new("reply-statement.law-enforcement-file", "经审查，您申请获取的政府信息属于行政执法案卷信息，本机关决定不予公开。"),
        "administrative-inquiry" => new("reply-statement.administrative-inquiry", "经审查，您申请获取的信息属于工商、不动产登记资料等有关法律、行政法规对信息获取有特别规定的查询事项，请依照有关法律、行政法规的规定办理。"),
        "not-held" => new("reply-statement.not-held", "经检索，本机关未制作或者获取您申请获取的政府信息；属于其他机关负责公开的，已在答复内容中告知该机关的名称和联系方式。"),
        "needs-creation" => new("reply-statement.needs-creation", "经审查，本机关没有现成的您申请获取的信息，需要对现有政府信息进行加工、分析才能形成，本机关不予提供。"),
        "unclear-after-correction" => new("reply-statement.unclear-after-correction", "您补正后的申请内容仍不明确，本机关无法确定您所需的政府信息，无法提供。"),
        "petition" => new("reply-statement.petition", "经审查，您以政府信息公开申请的形式进行信访、投诉、举报等活动，本机关不作为政府信息公开申请处理，您可以通过相应渠道提出。"),
        "repeated" => new("reply-statement.repeated", "本机关已就您提出的政府信息公开申请作出答复，您重复申请公开相同的政府信息，本机关不予重复处理。"),
        "publication" => new("reply-statement.publication", "您申请获取的是政府公报、报刊、书籍等公开出版物，本机关不作为政府信息公开申请处理，获取途径见答复内容。"),
        "excessive" => new("reply-statement.excessive", "您申请公开政府信息的数量、频次明显超过合理范围，且未能说明合理理由，本机关不予处理。"),
        "already-obtained" => new("reply-statement.already-obtained", "您要求本机关确认或者重新出具您已经获取的信息，不属于政府信息公开申请，本机关不予处理。"),
        "no-correction" => new("reply-statement.no-correction", "您在补正期限内无正当理由未作补正，视为放弃申请，本机关不再处理该政府信息公开申请。"),
        "fee-unpaid" => new("reply-statement.fee-unpaid", "您逾期未按收费通知要求缴纳信息处理费，本机关不再处理该政府信息公开申请。"),
        "other-reason" => new("reply-statement.other-reason", "本机关对您的申请作如下处理（见答复内容）。"),
        _ => new("reply-statement.unknown", "本机关对您的申请作如下处理（见答复内容）。"),
    };

    public static UserMessage ReplyBasisSentence(string basis) => new("reply-letter.basis", $"依据：{basis}。");
}
