namespace Disclosure.Workflows.Common;

// The workflow engine's refusals: items, tasks, claims, completions, consent answers.
public static partial class Messages
{
    public static UserMessage ItemNotFound(Guid itemId) => new("item.not-found", $"没有编号为 {itemId} 的事项。");

    public static UserMessage TaskNotFound(Guid taskId) => new("task.not-found", $"没有编号为 {taskId} 的任务。");

    public static UserMessage NoDraftToSubmit { get; } = new("item.no-draft-to-submit", "该事项没有待提交的版本（已在审核中或已办结）。");

    public static UserMessage AlreadyUnderReview { get; } = new("item.already-in-review", "该事项已在审核中。");

    public static UserMessage VersionNotDraft { get; } = new("item.version-not-draft", "该版本不是草稿。");

    public static UserMessage TaskClaimedByOther(string claimedBy) => new("task.claimed-by-other", $"任务已由 {claimedBy} 认领。");

    public static UserMessage TaskClaimedOnlyClaimerCompletes(string claimedBy) =>
        new("task.claimed-by-other.complete", $"任务已由 {claimedBy} 认领，只能由其办理。");

    public static UserMessage TaskAlreadyCompleted(string task, string completedBy, string outcome) =>
        new("task.already-completed", $"任务“{task}”已由 {completedBy} 办理（{outcome}）。");

    public static UserMessage TaskCancelled(string task) => new("task.cancelled", $"任务“{task}”已取消。");

    public static UserMessage TaskWaitsForRightsHolders { get; } = new("task.waits-for-rights-holders", "该步骤等待权利人答复，不能由工作人员办理。");

    /// <summary>The caller lacks the role; <paramref name="role"/> is the role's Chinese label.</summary>
    public static UserMessage RoleRequired(string role) => new("role.required", $"需要“{role}”角色。");

    public static UserMessage NoPublishedDefinition(string key) => new("definition.none-published", $"流程“{key}”没有已发布的版本。");

    /// <summary><paramref name="choices"/> lists the outcomes as “id（名称）”.</summary>
    public static UserMessage UnknownOutcome(string task, IEnumerable<string> choices) =>
        new("task.unknown-outcome", $"“{task}”的办理结果只能是：{List(choices)}。");

    public static UserMessage CommentRequired(string outcome) => new("task.comment-required", $"选择“{outcome}”时必须填写意见。");

    public static UserMessage ConcurrentPublication { get; } = new("item.concurrent-publication", "同一期间已有另一版本同时发布，请刷新后重试。");

    public static UserMessage WorkflowChangedMeanwhile { get; } = new("workflow.changed-meanwhile", "该事项的流程已被他人同时推进，请刷新后重试。");

    public static UserMessage ItemChangedMeanwhile { get; } = new("item.changed-meanwhile", "该事项已被他人修改，请刷新后重试。");

    public static UserMessage ConsentReasonRequired { get; } = new("consent.reason-required", "不同意公开时请说明理由。");

    public static UserMessage ConsentDecisionRequired { get; } = new("consent.decision-required", "请选择同意或不同意公开。");

    public static UserMessage ConsentLinkInvalid { get; } =
        new("consent.link-invalid", "链接无效或已过期。如需答复，请联系发出征求意见书的机关。");

    public static UserMessage ConsentRequestNotFound { get; } = new("consent.request-not-found", "没有这份征求意见书。");

    public static UserMessage ConsentRequestClosed { get; } = new("consent.request-closed", "权利人已答复或期限已过。");

    /// <summary>What a rights-holder reads after answering.</summary>
    public static UserMessage ConsentAnswerReceived(bool agreed) => agreed
        ? new("consent.answer-received.agreed", "已收到您同意公开的答复，谢谢。")
        : new("consent.answer-received.refused", "已收到您不同意公开的答复及理由，谢谢。");

    public static UserMessage NotificationNotFound { get; } = new("notification.not-found", "没有这条通知。");
}
