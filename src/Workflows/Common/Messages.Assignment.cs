namespace Disclosure.Workflows.Common;

/// <summary>Who works a task: claiming, giving back, a leader's assignment; and who may act on a draft.</summary>
public static partial class Messages
{
    public static UserMessage TaskNotClaimed { get; } = new("task.not-claimed", "该任务尚未被认领。");

    public static UserMessage UnclaimOnlyByClaimantOrLeader(string claimant) =>
        new("task.unclaim-not-allowed", $"任务由 {claimant} 认领，只有其本人或领导可以退回待认领。");

    public static UserMessage AssignOnlyByLeader { get; } = new("task.assign-leaders-only", "只有领导可以指派或改派任务。");

    public static UserMessage AssigneeLacksRole(string assignee, string roleLabel) =>
        new("task.assignee-lacks-role", $"{assignee} 没有“{roleLabel}”角色，不能办理该任务。");

    public static UserMessage AssigneeUnknown { get; } = new("task.assignee-unknown", "请选择要指派的同事。");

    public static UserMessage DraftBelongsToDrafter(int version, string drafter) =>
        new("task.draft-belongs-to-drafter", $"第 {version} 版由 {drafter} 起草，拟稿任务只能由其办理。");

    /// <summary>Journal comment when a task is given back to its role.</summary>
    public static UserMessage JournalUnclaimed(string claimant) => new("journal.unclaimed-comment", $"撤销 {claimant} 的认领，任务退回待认领");

    /// <summary>Journal comment when a leader assigns a task.</summary>
    public static UserMessage JournalAssigned(string assignee, string? previous) =>
        new("journal.assigned-comment", previous is null ? $"将任务指派给 {assignee}" : $"将任务由 {previous} 改派给 {assignee}");
}
