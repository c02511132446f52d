namespace Disclosure.Workflows.Common;

/// <summary>
/// The rules of law no process definition can bypass (ADR 0005), as definitions and the engine
/// refuse them. Each names the step and the rule.
/// </summary>
public static partial class Messages
{
    public static UserMessage PurposeOnlyOnUserTask(string node, string purpose) =>
        new("law.purpose-on-user-task", $"节点“{node}”：只有人工任务才能承担“{purpose}”，其他节点不能代替人办理。");

    public static UserMessage ReviewByReviewer(string node, string role) =>
        new("law.review-role", $"节点“{node}”：保密审查必须由保密审查员，或限定为公开主体本科室的科室负责人办理，不能交给“{role}”。");

    public static UserMessage SignOffByLeader(string node, string role) =>
        new("law.signoff-role", $"节点“{node}”：领导签发必须由领导或主要领导办理，不能交给“{role}”。");

    public static UserMessage NotTheDraftingRole(string node, string purpose, string role) =>
        new("law.drafting-role-separate", $"节点“{node}”：“{purpose}”的办理角色“{role}”也是拟稿角色，审查、签发和裁量不能由拟稿角色办理。");

    public static UserMessage DeadlineMayNotApprove(string node, string purpose, string outcome) =>
        new("law.deadline-approves", $"节点“{node}”：到期自动采用的结果“{outcome}”会通过“{purpose}”并走向发布；期限届满只能退回、转交、不予公开或视为不同意，不能代替人审查、签发或裁量公开。");

    public static UserMessage DeadlineMayNotPublish(string node, string outcome) =>
        new("law.deadline-publishes", $"节点“{node}”：到期自动采用的结果“{outcome}”不经任何人办理就会发布；发布必须由人决定。");

    public static UserMessage DrafterMayNotReview(string node) =>
        new("law.separation-of-duties", $"“{node}”不能由本版本的拟稿人或提交人办理（谁起草、谁不审查），请由其他同事办理。");

    public static UserMessage PublicationWithoutReview(string node) =>
        new("law.publication-without-review", $"不能发布“{node}”：本版本自最近一次拟稿以来没有经保密审查员本人审查通过。");

    public static UserMessage PublicationWithoutSignOff(string node) =>
        new("law.publication-without-signoff", $"不能发布“{node}”：本版本自最近一次拟稿以来没有经领导本人签发。");

    public static UserMessage DeadlineOutcomeDisarmed { get; } =
        new("law.deadline-disarmed", "期限已到，但自动结果违反法定规则，系统未自动处理，等待人工办理");

    public static UserMessage MigrationTargetUnlawful(int number, string problems) =>
        new("law.migration-target", $"目标版本第 {number} 版不符合规则，不能迁入：{problems}");
}
