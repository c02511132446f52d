namespace Disclosure.Workflows.Common;

// How the audit trail reads: the journal stores action and outcome codes (they are hashed into
// the chain and must never change); screens and the history API render them with these words.
public static partial class Messages
{
    /// <summary>Every action code the engine writes to the journal.</summary>
    public static IReadOnlyList<string> JournalActionCodes { get; } =
    [
        "started", "task-opened", "claimed", "unclaimed", "assigned", "completed", "deadline", "consent-requested", "consent-skipped", "consent-answered",
        "consent-no-reply", "consent-closed", "decided", "published", "notified", "migrated", "ended", "deadline-refused",
        "split", "join-waiting", "joined", "countersign-opened", "countersign-closed", "countersign-skipped",
        "clock-started", "clock-paused", "clock-resumed", "clock-restarted", "clock-extended",
    ];

    /// <summary>The Chinese name of a journal action.</summary>
    public static UserMessage JournalAction(string actionCode) => actionCode switch
    {
        "started" => new("journal.action.started", "启动流程"),
        "task-opened" => new("journal.action.task-opened", "待办生成"),
        "claimed" => new("journal.action.claimed", "认领任务"),
        "unclaimed" => new("journal.action.unclaimed", "退回待认领"),
        "assigned" => new("journal.action.assigned", "指派任务"),
        "completed" => new("journal.action.completed", "办理"),
        "deadline" => new("journal.action.deadline", "到期自动处理"),
        "consent-requested" => new("journal.action.consent-requested", "征求权利人意见"),
        "consent-skipped" => new("journal.action.consent-skipped", "无需征询"),
        "consent-answered" => new("journal.action.consent-answered", "权利人答复"),
        "consent-no-reply" => new("journal.action.consent-no-reply", "权利人逾期未答复"),
        "consent-closed" => new("journal.action.consent-closed", "征询结束"),
        "decided" => new("journal.action.decided", "自动判断"),
        "published" => new("journal.action.published", "发布"),
        "notified" => new("journal.action.notified", "发送通知"),
        "migrated" => new("journal.action.migrated", "迁移流程版本"),
        "ended" => new("journal.action.ended", "流程结束"),
        "deadline-refused" => new("journal.action.deadline-refused", "拒绝到期自动处理"),
        "split" => new("journal.action.split", "并行分支"),
        "join-waiting" => new("journal.action.join-waiting", "分支到达汇合点"),
        "joined" => new("journal.action.joined", "分支全部汇合"),
        "countersign-opened" => new("journal.action.countersign-opened", "会签开始"),
        "countersign-closed" => new("journal.action.countersign-closed", "会签结束"),
        "countersign-skipped" => new("journal.action.countersign-skipped", "无需会签"),
        "clock-started" => new("journal.action.clock-started", "期限开始计算"),
        "clock-paused" => new("journal.action.clock-paused", "期限暂停计算"),
        "clock-resumed" => new("journal.action.clock-resumed", "期限恢复计算"),
        "clock-restarted" => new("journal.action.clock-restarted", "期限重新计算"),
        "clock-extended" => new("journal.action.clock-extended", "延长期限"),
        _ => new("journal.action.other", "流程操作"),
    };

    /// <summary>What became of an item when its workflow ended (the journal stores Published, Withheld, Withdrawn).</summary>
    public static UserMessage EndResultLabel(string? resultCode) => resultCode switch
    {
        "Published" => new("end-result.published", "已发布"),
        "Withheld" => new("end-result.withheld", "不予公开"),
        "Withdrawn" => new("end-result.withdrawn", "已撤回"),
        _ => new("end-result.unknown", "未注明"),
    };

    /// <summary>A rights-holder's answer (the consent request's status: Pending, Agreed, Refused, NoReply).</summary>
    public static UserMessage ConsentStatusLabel(string statusCode) => statusCode switch
    {
        "Pending" => new("consent-status.pending", "待答复"),
        "Agreed" => new("consent-status.agreed", "同意公开"),
        "Refused" => new("consent-status.refused", "不同意公开"),
        "NoReply" => new("consent-status.no-reply", "逾期未答复"),
        _ => new("consent-status.unknown", "状态不明"),
    };

    /// <summary>
    /// How a consent step ended, and what one rights-holder answered, as the journal stores them
    /// (agreed, refused, no-reply; agree, refuse).
    /// </summary>
    public static UserMessage ConsentOutcomeLabel(string? outcomeCode) => outcomeCode switch
    {
        "agreed" => new("consent-outcome.agreed", "全部同意公开"),
        "refused" => new("consent-outcome.refused", "有权利人不同意公开"),
        "no-reply" => new("consent-outcome.no-reply", "逾期未答复，由机关决定"),
        "agree" => new("consent-outcome.agree", "同意公开"),
        "refuse" => new("consent-outcome.refuse", "不同意公开"),
        _ => new("consent-outcome.unknown", "未注明"),
    };

    /// <summary>One rights-holder in the summary a closed consent step records.</summary>
    public static UserMessage ConsentSummaryEntry(string holder, string statusCode, string? reason) =>
        new("consent.summary-entry", string.IsNullOrEmpty(reason) ? $"{holder}：{ConsentStatusLabel(statusCode).Text}" : $"{holder}：{ConsentStatusLabel(statusCode).Text}（{reason}）");

    public static UserMessage NoReplyReason { get; } = new("consent.no-reply-reason", "逾期未答复");

    public static UserMessage HolderDidNotReply(string holder) => new("consent.holder-no-reply", $"{holder} 逾期未答复");

    public static UserMessage DeadlineAutoComment { get; } = new("journal.deadline-comment", "办理时限已到，系统自动处理");

    public static UserMessage StartedDetails(string definition, int definitionNumber, int versionNumber) =>
        new("journal.started-details", $"流程“{definition}”第 {definitionNumber} 版；事项第 {versionNumber} 版");

    public static UserMessage TaskOpenedDetails(string role, DateTimeOffset? due) =>
        new("journal.task-opened-details", due is { } at ? $"候选角色：{role}；办理时限 {FormatTime(at)}" : $"候选角色：{role}");

    public static UserMessage CompletedDetails(string outcome, string? exemptionGround, string? legalBasis) =>
        new("journal.completed-details", exemptionGround is null ? outcome : $"{outcome}；理由类别：{exemptionGround}；依据：{legalBasis}");

    public static UserMessage ConsentSkippedDetails { get; } = new("journal.consent-skipped-details", "无权利人，无需征询");

    public static UserMessage ConsentRequestedDetails(IReadOnlyCollection<string> holders, DateTimeOffset? due) =>
        new("journal.consent-requested-details",
            $"向 {holders.Count} 位权利人征求意见：{List(holders)}{(due is { } at ? $"；答复期限 {FormatTime(at)}" : string.Empty)}");

    public static UserMessage PublishedDetails(int versionNumber, IEnumerable<string> channels) =>
        new("journal.published-details", $"第 {versionNumber} 版发布到：{List(channels)}");

    public static UserMessage NotifiedDetails(string recipient, string text) => new("journal.notified-details", $"通知对象：{recipient}；{text}");

    public static UserMessage MigratedDetails(int fromNumber, string fromNode, int toNumber, string toNode) =>
        new("journal.migrated-details", $"第 {fromNumber} 版“{fromNode}” → 第 {toNumber} 版“{toNode}”");

    public static UserMessage WithdrawnByWorkflow { get; } = new("item.withdrawn-by-workflow", "流程以撤回结束");

    public static UserMessage SupersededBy(int versionNumber) => new("item.superseded", $"被第 {versionNumber} 版替代");

    /// <summary>
    /// One journal entry as a sentence, from what the journal stores: <paramref name="outcomeCode"/>
    /// is the stored outcome, <paramref name="details"/> the stored details (for completions, the
    /// outcome's label from the definition).
    /// </summary>
    public static UserMessage JournalLine(string actionCode, string actor, string node, string? outcomeCode, string? comment, string? details)
    {
        var withComment = string.IsNullOrEmpty(comment) ? string.Empty : $"；意见：{comment}";
        var withDetails = string.IsNullOrEmpty(details) ? string.Empty : $"（{details}）";
        return actionCode switch
        {
            "started" => new("journal.line.started", $"{actor} 启动流程{withDetails}"),
            "task-opened" => new("journal.line.task-opened", $"“{node}”待办已生成{withDetails}"),
            "claimed" => new("journal.line.claimed", $"{actor} 认领了“{node}”"),
            "unclaimed" => new("journal.line.unclaimed", $"{actor} {comment}（“{node}”）"),
            "assigned" => new("journal.line.assigned", $"{actor} {comment}（“{node}”）"),
            "completed" => new("journal.line.completed", $"{actor} 办理“{node}”，结果：{details ?? outcomeCode}{withComment}"),
            "deadline" => new("journal.line.deadline", $"“{node}”办理时限已到，系统自动处理，结果：{details ?? outcomeCode}"),
            "consent-answered" => new("journal.line.consent-answered",
                $"{actor} 答复：{ConsentOutcomeLabel(outcomeCode).Text}{(string.IsNullOrEmpty(comment) ? string.Empty : $"；理由：{comment}")}"),
            "consent-no-reply" => new("journal.line.consent-no-reply", $"“{node}”：{comment ?? NoReplyReason.Text}"),
            "consent-closed" => new("journal.line.consent-closed",
                $"“{node}”征询结束，结果：{ConsentOutcomeLabel(outcomeCode).Text}{(string.IsNullOrEmpty(comment) ? string.Empty : $"（{comment}）")}"),
            "ended" => new("journal.line.ended", $"流程结束，结果：{EndResultLabel(outcomeCode).Text}"),
            "migrated" => new("journal.line.migrated", $"{actor} 迁移流程版本{withDetails}"),
            _ => new("journal.line.other", $"{JournalAction(actionCode).Text}：“{node}”{withDetails}{withComment}"),
        };
    }
}
