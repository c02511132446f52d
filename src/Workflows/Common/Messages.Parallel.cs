namespace Disclosure.Workflows.Common;

/// <summary>Parallel paths, countersigning (会签), departments concerned and how items choose their process.</summary>
public static partial class Messages
{
    public static UserMessage ConcernedTooMany(int max) => new("item.concerned.too-many", $"会签部门最多 {max} 个。");

    public static UserMessage ConcernedBlank { get; } = new("item.concerned.blank", "会签部门名称不能为空，且不超过 100 字。");

    public static UserMessage ConcernedIsResponsibleBody(string name) => new("item.concerned.is-responsible-body", $"“{name}”是本事项的公开主体，无需再列为会签部门。");

    public static UserMessage ConcernedTwice(string name) => new("item.concerned.twice", $"会签部门“{name}”重复。");

    public static UserMessage ConcernedUnknown(string name) => new("item.concerned.unknown", $"没有名为“{name}”的科室，请从本机关的科室中选择。");

    public static UserMessage CountersignWrongDepartment(string department) => new("task.countersign.wrong-department", $"该会签任务只能由“{department}”的人员办理。");

    public static UserMessage TaskWrongDepartment(string department) => new("task.wrong-department", $"该任务只能由公开主体“{department}”的人员办理。");

    public static UserMessage CountersignOutcome(string approve, string reject) => new("task.countersign.outcome", $"会签只能选择“{approve}”或“{reject}”。");

    public static UserMessage NoProcessForItem { get; } = new("engine.no-process", "没有适用于该事项的已发布流程，请联系管理员。");

    public static UserMessage MigrationInsideParallel(Guid instanceId) => new("migration.inside-parallel", $"实例 {instanceId} 正处于并行分支中，请待各分支汇合后再迁移。");

    public static UserMessage MigrationCountersignMismatch(string from, string to) => new("migration.countersign-mismatch", $"节点“{from}”与“{to}”一个是会签、一个不是，不能互相映射。");

    // Journal details: what staff read in an item's history.
    public static UserMessage JournalCountersignOpened(int signers, string rule) => new("journal.countersign-opened", $"会签开始：{signers} 位签署人，{rule}");

    public static UserMessage JournalCountersignSkipped { get; } = new("journal.countersign-skipped", "事项未列会签部门，无需会签");

    public static UserMessage JournalCountersignClosed(int approvals, int objections, int cancelled) =>
        new("journal.countersign-closed", $"会签结束：同意 {approvals} 人，不同意 {objections} 人，未签即结束 {cancelled} 人");

    public static UserMessage CountersignNoLongerNeeded { get; } = new("task.countersign.not-needed", "会签已有结果，无需再签");

    public static UserMessage JournalSplit(int paths) => new("journal.split", $"分为 {paths} 条并行分支");

    public static UserMessage JournalJoinWaiting(int arrived, int expected) => new("journal.join-waiting", $"已汇合 {arrived}/{expected} 条分支，等待其余分支");

    public static UserMessage JournalJoined(int expected) => new("journal.joined", $"{expected} 条并行分支全部汇合");

    public static UserMessage SelectedByCondition(int priority) => new("journal.selected.condition", $"按流程适用条件选用，优先级 {priority}");

    public static UserMessage SelectedForAll(int priority) => new("journal.selected.all", $"按默认流程选用（适用全部事项），优先级 {priority}");

    public static UserMessage SelectedByTiming { get; } = new("journal.selected.timing", "没有适用条件成立的流程，按公开时限选用");

    public static UserMessage CountersignAll(bool returnStep) => new("countersign.rule.all", "全部同意方可通过" + RejectText(returnStep));

    public static UserMessage CountersignAny(bool returnStep) => new("countersign.rule.any", "一人同意即可通过" + RejectText(returnStep));

    public static UserMessage CountersignAtLeast(int required, bool returnStep) => new("countersign.rule.at-least", $"至少 {required} 人同意方可通过" + RejectText(returnStep));

    private static string RejectText(bool returnStep) => returnStep ? "；一人退回即整步退回" : "；不同意仅作记录";
}


/// <summary>Validation of parallel blocks and countersigns: the words beside a shape in the editor.</summary>
public static partial class Messages
{
    public static UserMessage JoinNeedsNext { get; } = new("definition.join-next", "汇合节点缺少后续节点。");

    public static UserMessage PathsOnlyOnSplit { get; } = new("definition.paths-only-on-split", "只有并行分支节点才能列出各条分支。");

    public static UserMessage SplitNeedsPaths { get; } = new("definition.split-paths", "并行分支至少需要两条互不相同的分支。");

    public static UserMessage SplitNeverJoined { get; } = new("definition.split-unjoined", "并行分支没有汇合到任何汇合节点。");

    public static UserMessage SplitJoinsDiffer(string joins) => new("definition.split-joins-differ", $"各条并行分支汇合到了不同的汇合节点（{joins}），必须汇合到同一个。");

    public static UserMessage SplitPathEnds(string node) => new("definition.split-path-ends", $"有一条并行分支未经汇合就到达了“{node}”；每条分支都必须先汇合。");

    public static UserMessage SplitPathLoopsBack { get; } = new("definition.split-loop", "并行分支又回到了本分支节点；须先汇合，再回到分支之前。");

    public static UserMessage SplitReentered { get; } = new("definition.split-nesting", "并行分支嵌套成环，无法确定汇合关系。");

    public static UserMessage SplitPathsShare(int a, int b, string node) => new("definition.split-paths-disjoint", $"第 {a} 条和第 {b} 条并行分支共用节点“{node}”；各分支的节点不能重叠。");

    public static UserMessage JoinOfTwoSplits(string first, string second) => new("definition.join-one-split", $"汇合节点同时被“{first}”和“{second}”两个并行分支使用；一个汇合节点只对应一个分支节点。");

    public static UserMessage JoinWithoutSplit { get; } = new("definition.join-without-split", "汇合节点没有对应的并行分支节点，等待的分支永远不会到达。");

    public static UserMessage EnteredFromOutside(string from, string split) => new("definition.parallel-entry", $"“{from}”从并行分支“{split}”之外直接进入了分支内部；只能经由分支节点进入，否则汇合节点会永远等待或重复汇合。");

    public static UserMessage PublishInsideParallel { get; } = new("definition.parallel-publish", "发布不能放在并行分支之中，须在各分支汇合之后。");

    public static UserMessage DraftingInsideParallel { get; } = new("definition.parallel-drafting", "拟稿不能放在并行分支之中：正文可能在他人审查时被改动。");

    public static UserMessage CountersignOnlyOnUserTask { get; } = new("definition.countersign-kind", "会签和“限公开主体办理”只能用于人工任务。");

    public static UserMessage CountersignOutcomes { get; } = new("definition.countersign-outcomes", "会签节点须恰有两个办理结果，并分别指明哪个表示同意、哪个表示退回。");

    public static UserMessage CountersignRolesNeeded { get; } = new("definition.countersign-roles", "按角色会签时须列出签署的角色，不列科室。");

    public static UserMessage CountersignRolesUnknown(string roles) => new("definition.countersign-roles-unknown", $"会签角色须是已有角色（{roles}），且不重复。");

    public static UserMessage CountersignDepartmentsNeeded { get; } = new("definition.countersign-departments", "按科室会签时须列出签署的科室（不列角色），由节点的候选角色在各科室签署。");

    public static UserMessage CountersignDepartmentsBlank { get; } = new("definition.countersign-departments-blank", "会签科室名称不能为空，且不重复。");

    public static UserMessage CountersignDepartmentUnknown(string name) => new("definition.countersign-department-unknown", $"会签科室“{name}”不是本机关的科室。");

    public static UserMessage CountersignConcernedNoList { get; } = new("definition.countersign-concerned", "按事项所列会签部门会签时，不再另列角色或科室。");

    public static UserMessage CountersignConcernedNoPurpose { get; } = new("definition.countersign-concerned-purpose", "按事项所列会签部门会签的节点在事项未列部门时自动通过，因此不能承担法定的审查、签发或裁量职责。");

    public static UserMessage CountersignAtLeastInvalid { get; } = new("definition.countersign-at-least", "“至少若干人同意”须给出人数（1 至签署人数）；其他通过规则不设人数。");

    public static UserMessage CountersignNotDrafting { get; } = new("definition.countersign-drafting", "拟稿步骤和“限公开主体办理”的任务不能设为会签。");

    public static UserMessage SelectionCondition(string problem) => new("definition.selection", $"流程适用条件有误：{problem}");

    public static UserMessage SelectionFacts { get; } = new("definition.selection-facts", "流程适用条件只能依据事项类别、公开时限和是否涉及权利人。");
}

/// <summary>How diagrams draw parallel paths and countersigns.</summary>
public static partial class Messages
{
    public static UserMessage DiagramCountersign(string signers) => new("diagram.countersign", $"会签：{signers}");

    public static UserMessage DiagramSignersIn(string departments, string role) => new("diagram.signers-in", $"{departments}的{role}");

    public static UserMessage DiagramSignersConcerned(string role) => new("diagram.signers-concerned", $"事项所列会签部门的{role}");

    public static UserMessage DiagramOfResponsibleBody { get; } = new("diagram.of-responsible-body", "（公开主体）");

    /// <summary>A signer bound to a department, e.g. 财政所科室负责人.</summary>
    public static UserMessage SignerLabel(string department, string role) => new("signer.in-department", $"{department}{role}");

    public static UserMessage DiagramSplit { get; } = new("diagram.split", "并行分支");

    public static UserMessage DiagramJoin { get; } = new("diagram.join", "汇合");
}

/// <summary>Refusals while countersigning.</summary>
public static partial class Messages
{
    public static UserMessage CountersignSignerPrefix(string signer) => new("journal.countersign-signer", $"会签（{signer}）：");

    public static UserMessage CountersignAlreadySigned { get; } = new("task.countersign.already-signed", "您已签署过本次会签，一人只能签署一次。");
}
