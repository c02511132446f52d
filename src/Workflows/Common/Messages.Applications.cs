namespace Disclosure.Workflows.Common;

/// <summary>Applications for disclosure (依申请公开): the form, the tracking page, staff refusals, the letters' words.</summary>
public static partial class Messages
{
    public static UserMessage ApplicationNotFound { get; } = new("application.not-found", "找不到该申请。");

    /// <summary>Wrong number, wrong code and a number that does not exist read alike, so guessing learns nothing.</summary>
    public static UserMessage ApplicationTrackingInvalid { get; } = new("application.tracking-invalid", "申请编号或查询码不正确，请核对后重新输入。");

    public static UserMessage ApplicationTitle(string number) => new("application.title", $"政府信息公开申请 {number}");

    public static UserMessage ApplicationReceived(string number) => new("application.received", $"申请已提交，编号 {number}。请记下编号和查询码，凭此查询办理进度。");

    public static UserMessage ApplicationFieldLabel(string fieldCode) => fieldCode switch
    {
        "applicantKind" => new("application.field.applicant-kind", "申请人类型"),
        "name" => new("application.field.name", "姓名或名称"),
        "identityNumber" => new("application.field.identity-number", "身份证件号码或统一社会信用代码"),
        "contactPerson" => new("application.field.contact-person", "联系人"),
        "phone" => new("application.field.phone", "联系电话"),
        "email" => new("application.field.email", "电子邮箱"),
        "address" => new("application.field.address", "通信地址"),
        "postcode" => new("application.field.postcode", "邮政编码"),
        "description" => new("application.field.description", "所需政府信息的名称、文号或便于查询的特征性描述"),
        "purpose" => new("application.field.purpose", "用途（可不填）"),
        "delivery" => new("application.field.delivery", "获取信息的方式"),
        "channel" => new("application.field.channel", "提交方式"),
        "receivedOn" => new("application.field.received-on", "收到申请日期"),
        "responsibleBody" => new("application.field.responsible-body", "承办科室"),
        "attachment" => new("application.field.attachment", "附件"),
        "correction" => new("application.field.correction", "补正内容"),
        "reply" => new("application.field.reply", "答复"),
        "replyType" => new("application.field.reply-type", "答复类型"),
        "replyGround" => new("application.field.reply-ground", "具体情形"),
        "replyText" => new("application.field.reply-text", "答复内容"),
        "thirdParties" => new("application.field.third-parties", "第三方"),
        _ => new("application.field.other", "申请内容"),
    };

    public static UserMessage ApplicantKindLabel(string applicantKindCode) => applicantKindCode switch
    {
        "NaturalPerson" => new("applicant-kind.natural-person", "自然人"),
        "Business" => new("applicant-kind.business", "商业企业"),
        "ResearchInstitution" => new("applicant-kind.research-institution", "科研机构"),
        "NonProfit" => new("applicant-kind.non-profit", "社会公益组织"),
        "LegalService" => new("applicant-kind.legal-service", "法律服务机构"),
        "OtherOrganisation" => new("applicant-kind.other-organisation", "其他组织"),
        _ => new("applicant-kind.unknown", "未注明"),
    };

    public static UserMessage DeliveryLabel(string deliveryCode) => deliveryCode switch
    {
        "Paper" => new("delivery.paper", "纸质（邮寄）"),
        "Electronic" => new("delivery.electronic", "电子（电子邮件）"),
        "Pickup" => new("delivery.pickup", "自行领取"),
        _ => new("delivery.unknown", "未注明"),
    };

    public static UserMessage ApplicationChannelLabel(string channelCode) => channelCode switch
    {
        "Online" => new("application-channel.online", "网上申请"),
        "Post" => new("application-channel.post", "信函申请"),
        "InPerson" => new("application-channel.in-person", "当面申请"),
        _ => new("application-channel.unknown", "其他方式"),
    };

    public static UserMessage ApplicationStatusLabel(string applicationStatusCode) => applicationStatusCode switch
    {
        "Received" => new("application-status.received", "已收到，待登记"),
        "InProgress" => new("application-status.in-progress", "办理中"),
        "AwaitingCorrection" => new("application-status.awaiting-correction", "待申请人补正"),
        "Replied" => new("application-status.replied", "已答复"),
        "Withdrawn" => new("application-status.withdrawn", "视为放弃申请"),
        _ => new("application-status.unknown", "状态不明"),
    };

    public static UserMessage ApplicationEmailRequired { get; } = new("application.email-required", "选择电子方式获取信息时，请填写电子邮箱。");

    public static UserMessage ApplicationAddressRequired { get; } = new("application.address-required", "选择纸质方式（邮寄）获取信息时，请填写通信地址。");

    public static UserMessage ApplicationEmailInvalid { get; } = new("application.email-invalid", "电子邮箱格式不正确，应包含“@”和域名。");

    public static UserMessage ApplicationPhoneInvalid { get; } = new("application.phone-invalid", "联系电话只能包含数字、空格、加号和连字符，7 至 20 位。");

    public static UserMessage ApplicationPostcodeInvalid { get; } = new("application.postcode-invalid", "邮政编码应为 6 位数字。");

    public static UserMessage ApplicationIdentityInvalid { get; } = new("application.identity-invalid", "证件号码只能包含字母、数字和连字符，4 至 30 位。");

    public static UserMessage ApplicationContactPersonRequired { get; } = new("application.contact-person-required", "法人或其他组织申请时，请填写联系人。");

    public static UserMessage ApplicationReceivedInFuture { get; } = new("application.received-in-future", "收到申请日期不能晚于今天。");

    public static UserMessage ApplicationReceivedTooOld { get; } = new("application.received-too-old", "收到申请日期不能早于 30 天前；更早收到的申请请联系管理员。");

    public static UserMessage ApplicationOnlineByPublic { get; } = new("application.online-by-public", "网上申请请通过公开栏目的申请页面提交；工作人员在此登记信函或当面申请。");

    public static UserMessage ApplicationTooManyFiles(int max) => new("application.too-many-files", $"每次最多上传 {max} 个附件。");

    public static UserMessage ApplicationCorrectionNotAsked { get; } = new("application.correction-not-asked", "该申请目前不需要补正。");

    public static UserMessage ApplicationCorrectionEmpty { get; } = new("application.correction-empty", "请填写补正内容或上传补正材料。");

    public static UserMessage ApplicationReplyMissing { get; } = new("application.reply-missing", "提交审核前，请先拟定答复（答复类型、具体情形和答复内容）。");

    public static UserMessage ApplicationReplyLocked { get; } = new("application.reply-locked", "答复已发出，不能再修改。");

    public static UserMessage ApplicationReplyNotHandler { get; } = new("application.reply-not-handler", "只有正在承办该申请的工作人员才能拟定答复。");

    public static UserMessage ApplicationThirdPartiesLocked { get; } = new("application.third-parties-locked", "只有在承办环节才能修改第三方。");

    public static UserMessage ApplicationClosed { get; } = new("application.closed", "该申请已办结。");

    public static UserMessage ApplicationNotRunning { get; } = new("application.not-running", "该申请没有正在办理的流程。");

    public static UserMessage ApplicationGroundRequired(string type) => new("application.ground-required", $"“{type}”须选择具体情形。");

    public static UserMessage ApplicationGroundNotOfType(string type) => new("application.ground-not-of-type", $"所选情形不属于“{type}”，请重新选择。");

    public static UserMessage ApplicationReplyByPeopleOnly { get; } = new("application.reply-by-people-only", "“其他处理—逾期不补正”由系统在补正期限届满时记录，不能手工选择。");

    // The tracking page and the messages sent to the applicant.
    public static UserMessage ApplicationCorrectionAsked(DateTimeOffset due) => new("application.correction-asked", $"您的申请内容不够明确，请于 {FormatTime(due)} 前补正；逾期未补正的，视为放弃申请。");

    public static UserMessage ApplicationCorrectionReceived { get; } = new("application.correction-received", "补正材料已收到，答复期限自收到补正之日起重新计算（非工作日收到的，自下一个工作日起计算）。");

    public static UserMessage ApplicationRepliedSubject(string number) => new("application.replied-subject", $"政府信息公开申请 {number} 已答复");

    public static UserMessage ApplicationRepliedBody(string number, string type) =>
        new("application.replied-body", $"您的政府信息公开申请（编号 {number}）已作出答复：{type}。请凭申请编号和查询码在政府信息公开栏目查看答复书。");

    public static UserMessage ApplicationExtendedSubject(string number) => new("application.extended-subject", $"政府信息公开申请 {number} 延期答复告知");

    public static UserMessage ApplicationExtendedBody(string number, int workingDays, DateOnly dueOn, string reason) =>
        new("application.extended-body",
            $"因{reason.TrimEnd('。')}，经本机关政府信息公开工作机构负责人同意，您的政府信息公开申请（编号 {number}）答复期限延长 {workingDays} 个工作日，至 {OfficeTime.Format(dueOn)} 前答复。依据：《中华人民共和国政府信息公开条例》第三十三条第二款。");

    public static UserMessage ApplicationCorrectionSubject(string number) => new("application.correction-subject", $"政府信息公开申请 {number} 补正告知");

    public static UserMessage ApplicationCorrectionBody(string number, string what, DateTimeOffset due) =>
        new("application.correction-body",
            $"您的政府信息公开申请（编号 {number}）内容不够明确，请补正：{what}。请于 {FormatTime(due)} 前凭申请编号和查询码在申请查询页面提交补正材料；逾期无正当理由不补正的，视为放弃申请。依据：《中华人民共和国政府信息公开条例》第三十条。");

    public static UserMessage ApplicationRepliedDetails(string type) => new("journal.application-replied", $"答复已发出：{type}");

    public static UserMessage ApplicationReplyDrafted(string type) => new("application.reply-drafted", $"拟答复：{type}");

    // The reply letter (答复告知书): remedies and signature.
    public static UserMessage ReplyLetterTitle { get; } = new("reply-letter.title", "政府信息公开申请答复告知书");

    public static UserMessage ReplyLetterReference(string number) => new("reply-letter.reference", $"永街依申请〔{number}〕号");

    public static UserMessage ReplyLetterOpening(string applicant, DateOnly receivedOn, string number) =>
        new("reply-letter.opening", $"{applicant}：本机关于 {OfficeTime.Format(receivedOn)} 收到您提出的政府信息公开申请（编号 {number}）。现答复如下：");

    public static UserMessage ReplyLetterRemedies(string reconsiderationBody) =>
        new("reply-letter.remedies",
            $"如对本答复不服，可以自收到本告知书之日起六十日内向{reconsiderationBody}申请行政复议，或者自收到本告知书之日起六个月内依法向人民法院提起行政诉讼。依据：《中华人民共和国政府信息公开条例》第五十一条、《中华人民共和国行政复议法》第二十条、《中华人民共和国行政诉讼法》第四十六条。");

    public static string ReconsiderationBody => "淄博市周村区人民政府";

    public static UserMessage ReplyLetterContact { get; } = new("reply-letter.contact", "联系部门：永安街道办事处党政办公室（政府信息公开工作机构）");

    public static UserMessage ReplyLetterNotReplied { get; } = new("reply-letter.not-replied", "该申请尚未答复，答复书在领导签发后生成。");

    /// <summary>A line of the tracking page, from a journal line (action, step name, outcome): never who acted or what they wrote.</summary>
    public static UserMessage TrackingStepText(string actionCode, string node, string? outcomeCode) => actionCode switch
    {
        "started" => new("tracking.started", "收到申请"),
        "completed" when outcomeCode == "ask-correction" => new("tracking.correction-asked", "告知补正"),
        "completed" when outcomeCode == "corrected" => new("tracking.corrected", "收到补正材料，答复期限重新计算"),
        "completed" => new("tracking.completed", $"“{node}”已办理"),
        "deadline" => new("tracking.deadline", $"“{node}”期限届满"),
        "clock-extended" => new("tracking.extended", "答复期限延长"),
        "consent-requested" => new("tracking.third-party", "征求第三方意见（所需时间不计入答复期限）"),
        "published" => new("tracking.replied", "已答复"),
        "ended" when outcomeCode == "Withdrawn" => new("tracking.withdrawn", "逾期未补正，视为放弃申请"),
        "ended" => new("tracking.ended", "办结"),
        _ => new("tracking.other", $"“{node}”"),
    };

    /// <summary>How an application's process ended (the journal stores Published, Withheld, Withdrawn).</summary>
    public static UserMessage ApplicationEndResultLabel(string? resultCode) => resultCode switch
    {
        "Published" => new("application-end.replied", "已答复"),
        "Withdrawn" => new("application-end.withdrawn", "视为放弃申请"),
        "Withheld" => new("application-end.withheld", "不予答复"),
        _ => new("application-end.unknown", "未注明"),
    };

    public static UserMessage DiagramReply { get; } = new("diagram.reply", "答复书送达申请人");

    public static UserMessage DiagramThirdPartyConsent { get; } = new("diagram.third-party-consent", "每位第三方一份征询");

    /// <summary>Where an application's task stands on the task list, in the column of the catalogue's categories.</summary>
    public static UserMessage ApplicationTaskCategory { get; } = new("application.task-category", "依申请公开");
}
