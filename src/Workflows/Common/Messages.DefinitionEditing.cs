using Disclosure.Workflows.Definitions;

namespace Disclosure.Workflows.Common;

// The administrators' definition screens: the draft editor's refusals, the words for a version's
// standing, the fields of a step, and the comparison of two versions (DefinitionDiff).
public static partial class Messages
{
    public static UserMessage EditNodeMissing(string nodeId) => new("definition-edit.node-missing", $"草稿中没有编号为“{nodeId}”的节点，请刷新后重试。");

    public static UserMessage EditNothingFollows(string node) =>
        new("definition-edit.nothing-follows", $"“{node}”之后没有去向，无法在其后插入步骤；请先为它指定去向。");

    public static UserMessage EditStartStays { get; } = new("definition-edit.start-stays", "开始节点不能删除。");

    /// <summary>What an inserted step and its first outcome are called until the administrator names them.</summary>
    public static UserMessage NewStepName { get; } = new("definition-edit.new-step", "新审核步骤");

    public static UserMessage NewOutcomeLabel { get; } = new("definition-edit.new-outcome", "通过");

    public static UserMessage EditNodeIdInvalid(int max) =>
        new("definition-edit.node-id-invalid", $"节点编号不能为空、不能含空格，最长 {max} 个字符。");

    public static UserMessage EditNodeIdTaken(string nodeId) => new("definition-edit.node-id-taken", $"节点编号“{nodeId}”已被其他节点使用。");

    /// <summary>The standing of a version in the list: the draft, the one new items start on, or an older one.</summary>
    public static UserMessage VersionStanding(bool draft, bool current) => (draft, current) switch
    {
        (true, _) => new("definition-version.draft", "草稿"),
        (false, true) => new("definition-version.current", "当前发布版本"),
        _ => new("definition-version.older", "历史版本"),
    };

    public static UserMessage VersionNumber(int number) => new("definition-version.number", $"第 {number} 版");

    public static UserMessage ConsentSilenceLabel(ConsentSilence silence) => silence switch
    {
        ConsentSilence.OfficeDecides => new("consent-silence.office-decides", "逾期未答复由机关决定（2019 年条例第三十二条）"),
        _ => new("consent-silence.refuse", "逾期未答复视为不同意公开（本办事处工作方案）"),
    };

    /// <summary>What a step means for the law.</summary>
    public static UserMessage NodePurposeLabel(NodePurpose purpose) => purpose switch
    {
        NodePurpose.Drafting => new("node-purpose.drafting", "拟稿"),
        NodePurpose.ConfidentialityReview => new("node-purpose.confidentiality-review", "保密审查"),
        NodePurpose.LeaderSignOff => new("node-purpose.leader-sign-off", "领导签发"),
        NodePurpose.PublicInterestDecision => new("node-purpose.public-interest", "公共利益裁量"),
        _ => new("node-purpose.none", "一般步骤"),
    };

    /// <summary>The name of a field of a step, as the editor labels it and the comparison reports it.</summary>
    public static UserMessage FieldLabel(string fieldCode) => fieldCode switch
    {
        "id" => new("definition-field.id", "节点编号"),
        "kind" => new("definition-field.kind", "节点类型"),
        "name" => new("definition-field.name", "名称"),
        "role" => new("definition-field.role", "办理角色"),
        "purpose" => new("definition-field.purpose", "法定环节"),
        "due" => new("definition-field.due", "办理时限"),
        "next" => new("definition-field.next", "去向"),
        "result" => new("definition-field.result", "结束结果"),
        "onAgreed" => new("definition-field.on-agreed", "全部同意时去向"),
        "onRefused" => new("definition-field.on-refused", "有人不同意时去向"),
        "onNoReply" => new("definition-field.on-no-reply", "逾期未答复时去向"),
        "otherwise" => new("definition-field.otherwise", "否则去向"),
        "to" => new("definition-field.to", "通知对象"),
        "message" => new("definition-field.message", "通知内容"),
        "deadlineOutcome" => new("definition-field.deadline-outcome", "到期自动采用的结果"),
        "label" => new("definition-field.label", "结果名称"),
        "rules" => new("definition-field.rules", "办理要求"),
        "paths" => new("definition-field.paths", "并行分支"),
        "countersign" => new("definition-field.countersign", "会签"),
        "byResponsibleBody" => new("definition-field.by-responsible-body", "仅由公开主体部门的该角色办理"),
        _ => new("definition-field.other", "其他设置"),
    };

    public static UserMessage OutcomeRequiresComment { get; } = new("outcome-rule.comment", "须填写意见");

    public static UserMessage OutcomeRequiresExemption { get; } = new("outcome-rule.exemption", "须选择不予公开理由");

    public static UserMessage OutcomeNoRequirement { get; } = new("outcome-rule.none", "无特别要求");

    public static UserMessage DueWorkingDays(int days) => new("due.working-days", $"{days} 个工作日");

    public static UserMessage YesNo(bool value) => value ? new("yes-no.yes", "是") : new("yes-no.no", "否");

    public static UserMessage ConditionFact(string fact, IEnumerable<string> values) =>
        new("condition-text.fact", $"{fact}为{string.Join("或", values.Select(v => $"“{v}”"))}");

    public static UserMessage ConditionAllOf(IEnumerable<string> parts) => new("condition-text.all", $"同时满足：{string.Join("；", parts)}");

    public static UserMessage ConditionAnyOf(IEnumerable<string> parts) => new("condition-text.any", $"满足其一：{string.Join("；", parts)}");

    public static UserMessage ConditionNot(string part) => new("condition-text.not", $"不满足：{part}");

    public static UserMessage ConditionNoGround { get; } = new("condition-text.no-ground", "无（未不予公开）");

    public static UserMessage ChangeKindLabel(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => new("definition-diff.kind.added", "新增"),
        ChangeKind.Removed => new("definition-diff.kind.removed", "删除"),
        _ => new("definition-diff.kind.changed", "修改"),
    };

    public static UserMessage DiffNone { get; } = new("definition-diff.none", "（无）");

    public static UserMessage DiffProcessName(string before, string after) => new("definition-diff.process-name", $"流程名称由“{before}”改为“{after}”");

    public static UserMessage DiffSilence(string before, string after) => new("definition-diff.silence", $"权利人逾期未答复的处理由“{before}”改为“{after}”");

    public static UserMessage DiffSettings { get; } = new("definition-diff.settings", "流程设置有变化");

    public static UserMessage DiffOrder { get; } = new("definition-diff.order", "步骤的排列顺序有变化");

    public static UserMessage DiffNodeAdded(string node, string nodeId, string kind, IEnumerable<string> details) =>
        new("definition-diff.node-added", $"新增{kind}“{node}”（{nodeId}）：{string.Join("；", details)}");

    public static UserMessage DiffNodeRemoved(string node, string nodeId) => new("definition-diff.node-removed", $"删除“{node}”（{nodeId}）");

    public static UserMessage DiffNodeChanged(string node, string nodeId, IEnumerable<string> details) =>
        new("definition-diff.node-changed", $"修改“{node}”（{nodeId}）：{string.Join("；", details)}");

    /// <summary>A field of a new step: 办理角色：领导.</summary>
    public static UserMessage DiffAddedField(string field, string value) => new("definition-diff.added-field", $"{field}：{value}");

    public static UserMessage DiffField(string field, string before, string after) => new("definition-diff.field", $"{field}由“{before}”改为“{after}”");

    public static UserMessage DiffOutcomeAdded(string outcome, string target, string rules) =>
        new("definition-diff.outcome-added", $"新增办理结果“{outcome}”，去向“{target}”，{rules}");

    public static UserMessage DiffOutcomeRemoved(string outcome) => new("definition-diff.outcome-removed", $"删除办理结果“{outcome}”");

    public static UserMessage DiffOutcomeChanged(string outcome, IEnumerable<string> changes) =>
        new("definition-diff.outcome-changed", $"办理结果“{outcome}”：{string.Join("，", changes)}");

    public static UserMessage DiffBranchAdded(int branch, string condition, string target) =>
        new("definition-diff.branch-added", $"新增第 {branch} 个分支：{condition}，去向“{target}”");

    public static UserMessage DiffBranchRemoved(int branch) => new("definition-diff.branch-removed", $"删除第 {branch} 个分支");

    public static UserMessage DiffBranchChanged(int branch, string condition, string target) =>
        new("definition-diff.branch-changed", $"第 {branch} 个分支改为：{condition}，去向“{target}”");

    public static UserMessage DiffOtherSettings { get; } = new("definition-diff.other", "其他设置有变化");

    public static UserMessage DefinitionValid { get; } = new("definition-edit.valid", "校验通过，可以发布。");

    public static UserMessage DraftSaved { get; } = new("definition-edit.saved", "草稿已保存。");

    public static UserMessage DefinitionPublishedNotice(int number) =>
        new("definition-edit.published", $"第 {number} 版已发布，新事项将按此版本办理；运行中的事项仍按原版本办理，可迁移。");

    public static UserMessage MigrationDone(int moved, int from, int to) =>
        new("migration.done", $"已将 {moved} 个运行中的实例从第 {from} 版迁移到第 {to} 版。");

    public static UserMessage MigrationNothing(int from) => new("migration.nothing", $"第 {from} 版上没有运行中的实例。");

    public static UserMessage DiffSame { get; } = new("definition-diff.same", "两个版本内容相同。");
}
