using Disclosure.Workflows.Definitions;

namespace Disclosure.Workflows.Common;

/// <summary>
/// What a rights-holder is told when their consent is sought (征求意见): the same words in the
/// message the outbox sends, on the printed letter (征求意见书) and on the page the link opens.
/// What silence means follows the definition's <see cref="ConsentSilence"/> setting.
/// </summary>
public static partial class Messages
{
    /// <summary>The office that asks, as letters and the consent page sign.</summary>
    public static string OfficeName => "淄博市周村区永安街道办事处";

    public static UserMessage ConsentInvitation(string holderName, string itemTitle, string concern, string details) =>
        new("consent.invitation", $"{holderName}：本机关拟公开“{itemTitle}”，其中可能涉及您的{concern}（{details}）。依照《中华人民共和国政府信息公开条例》第三十二条，现征求您的意见。");

    public static UserMessage ConsentDeadline(DateTimeOffset dueAt) =>
        new("consent.deadline", $"请于 {OfficeTime.Format(dueAt)} 前答复是否同意公开；不同意的，请说明理由。");

    /// <summary>The plan's rule (silence is refusal) or the 2019 regulation's (the office decides), as the definition says.</summary>
    public static UserMessage ConsentSilenceRule(ConsentSilence silence) => silence switch
    {
        ConsentSilence.OfficeDecides => new("consent.silence.office-decides", "逾期未答复的，由本机关依照《中华人民共和国政府信息公开条例》的规定决定是否公开。"),
        _ => new("consent.silence.refuse", "逾期未答复的，视为不同意公开。"),
    };

    /// <summary>The subject of the message that carries the request.</summary>
    public static UserMessage ConsentSubject(string itemTitle) => new("consent.subject", $"征求意见书：{itemTitle}");

    /// <summary>The line the outbox adds to the message when it sends it, with the message's own link.</summary>
    public static UserMessage ConsentReplyLink(DateTimeOffset dueAt, string link) =>
        new("consent.reply-link", $"请通过以下链接答复（{OfficeTime.Format(dueAt)} 前有效，仅可使用一次）：\n{link}");
}
