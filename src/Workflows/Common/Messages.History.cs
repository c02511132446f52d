using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Engine;

namespace Disclosure.Workflows.Common;

/// <summary>How the journal (全程监察) reads to people: actions, system outcomes, recipients.</summary>
public static partial class Messages
{
    /// <summary>The Chinese name of a journal action code.</summary>
    public static string JournalAction(string action) => action switch
    {
        "started" => "启动流程",
        "task-opened" => "生成任务",
        "claimed" => "认领任务",
        "unclaimed" => "退回待认领",
        "assigned" => "指派任务",
        "completed" => "办理",
        "deadline" => "超时自动处理",
        "consent-requested" => "发出征求意见",
        "consent-answered" => "权利人答复",
        "consent-no-reply" => "逾期未答复",
        "consent-closed" => "征询结束",
        "consent-skipped" => "无需征询",
        "decided" => "自动判断",
        "published" => "发布",
        "notified" => "发出通知",
        "ended" => "办结",
        "migrated" => "迁移流程版本",
        _ => "其他操作",
    };

    /// <summary>
    /// Outcomes the system records by itself (consent answers, end results); a person's outcome is
    /// labelled by its definition instead. Null when the code is not one of these.
    /// </summary>
    public static string? SystemOutcome(string? outcome) => outcome switch
    {
        "agree" or "agreed" => "同意公开",
        "refuse" or "refused" => "不同意公开",
        "no-reply" => "逾期未答复",
        nameof(EndResult.Published) => "已发布",
        nameof(EndResult.Withheld) => "不予公开",
        nameof(EndResult.Withdrawn) => "已撤回",
        _ => null,
    };

    public static string Of(ConsentStatus status) => status switch
    {
        ConsentStatus.Pending => "待答复",
        ConsentStatus.Agreed => "同意公开",
        ConsentStatus.Refused => "不同意公开",
        ConsentStatus.NoReply => "逾期未答复",
        _ => "未知",
    };

    /// <summary>Who a notify step tells, in words.</summary>
    public static string NotifyTarget(string? to) => to switch
    {
        NotifyTargets.Drafter => "拟稿人",
        NotifyTargets.RightsHolders => "权利人",
        null => "—",
        _ => Roles.Label(to),
    };
}
