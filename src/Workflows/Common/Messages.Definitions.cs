namespace Disclosure.Workflows.Common;

// Process definitions: administrators' commands, the validator's findings (a DefinitionError keeps
// its rule as the machine code and one of these texts), the path rules and the diagram's words.
public static partial class Messages
{
    public static UserMessage DefinitionVersionNotFound(string key, int number) =>
        new("definition.version-not-found", $"流程“{key}”没有第 {number} 版。");

    public static UserMessage DefinitionKeyMismatch(string documentKey, string routeKey) =>
        new("definition.key-mismatch", $"文档中的流程标识“{documentKey}”与地址中的“{routeKey}”不一致。");

    public static UserMessage DefinitionDraftExists(string key) => new("definition.draft-exists", $"流程“{key}”已有一个草稿，请修改或发布该草稿。");

    public static UserMessage DefinitionPublishedImmutable(string key, int number) =>
        new("definition.published-immutable", $"流程“{key}”第 {number} 版已发布，不能修改；请新建草稿。");

    public static UserMessage DefinitionKeyFixed(string key) => new("definition.key-fixed", $"流程标识必须是“{key}”。");

    public static UserMessage DefinitionAlreadyPublished(string key, int number) =>
        new("definition.already-published", $"流程“{key}”第 {number} 版已经发布。");

    public static UserMessage DefinitionInvalid(int count) => new("definition.invalid", $"流程定义未通过校验，共 {count} 处问题。");

    public static UserMessage DefinitionEmpty { get; } = new("definition.empty", "流程定义为空。");

    /// <summary><paramref name="path"/> is where the reader stopped (e.g. <c>$.nodes[2].kind</c>).</summary>
    public static UserMessage DefinitionMalformed(string? path) => new("definition.malformed",
        string.IsNullOrEmpty(path) ? "流程定义不是有效的 JSON 文档。" : $"流程定义不是有效的 JSON 文档，或字段取值有误（位置：{path}）。");

    public static UserMessage DefinitionChangedConcurrently(string key) =>
        new("definition.changed-concurrently", $"流程“{key}”已有一个草稿或同号版本，请刷新后重试。");

    public static UserMessage DefinitionChangedMeanwhile(string key) => new("definition.changed-meanwhile", $"流程“{key}”已被他人修改，请刷新后重试。");

    public static UserMessage DefinitionVersionNotPublished(int number) =>
        new("migration.version-not-published", $"第 {number} 版尚未发布，不能迁移。");

    public static UserMessage MigrationSameVersion { get; } = new("migration.same-version", "目标版本与原版本相同。");

    public static UserMessage MigrationMappingRequired { get; } = new("migration.mapping-required", "必须给出节点映射。");

    public static UserMessage MigrationRefused(IEnumerable<string> reasons) =>
        new("migration.refused", $"迁移被拒绝，未作任何改动：{string.Join("；", reasons)}");

    public static UserMessage MigrationNoMapping(Guid instanceId, string node, string nodeId) =>
        new("migration.no-mapping", $"实例 {instanceId} 停在“{node}”（{nodeId}），映射中没有该节点");

    public static UserMessage MigrationTargetMissing(string nodeId, string target, int toNumber) =>
        new("migration.target-missing", $"节点“{nodeId}”映射到的“{target}”在第 {toNumber} 版中不存在");

    public static UserMessage MigrationKindDiffers(string nodeId, string kind, string target, string targetKind) =>
        new("migration.kind-differs", $"节点“{nodeId}”（{kind}）不能映射到类型不同的“{target}”（{targetKind}）");

    /// <summary>The Chinese name of a node kind (start, end, userTask, consent, decision, publish, notify).</summary>
    public static UserMessage NodeKindLabel(string kindCode) => kindCode switch
    {
        "Start" => new("node-kind.start", "开始"),
        "End" => new("node-kind.end", "结束"),
        "UserTask" => new("node-kind.user-task", "人工任务"),
        "Consent" => new("node-kind.consent", "意见征询"),
        "Decision" => new("node-kind.decision", "判断"),
        "Publish" => new("node-kind.publish", "发布"),
        "Notify" => new("node-kind.notify", "通知"),
        _ => new("node-kind.unknown", "未知类型"),
    };

    /// <summary>A validator finding about one node, prefixed with the node's name.</summary>
    public static UserMessage AtNode(string node, string finding) => new("definition.at-node", $"节点“{node}”：{finding}");

    public static UserMessage RuleKey(int max) => new("definition.rule.key", $"流程标识只能由小写字母、数字和连字符组成，最长 {max} 个字符。");

    public static UserMessage RuleName { get; } = new("definition.rule.name", "流程必须有中文名称。");

    public static UserMessage RuleOneStart { get; } = new("definition.rule.one-start", "流程必须有且只有一个开始节点。");

    public static UserMessage RuleHasEnd { get; } = new("definition.rule.has-end", "流程至少需要一个结束节点。");

    public static UserMessage RuleUniqueIds(string nodeId) => new("definition.rule.unique-ids", $"节点编号“{nodeId}”重复。");

    public static UserMessage RuleNodeId { get; } = new("definition.rule.node-id", "每个节点都需要编号。");

    public static UserMessage RuleMissingTarget(string edge, string target) =>
        new("definition.rule.missing-target", $"“{edge}”指向不存在的节点“{target}”。");

    public static UserMessage RuleMissingNext { get; } = new("definition.rule.missing-next", "缺少后续节点，流程无处可去。");

    public static UserMessage RuleEndResult { get; } = new("definition.rule.end-result", "结束节点必须注明结果：已发布、不予公开或已撤回。");

    public static UserMessage RuleConsentTargets { get; } =
        new("definition.rule.consent-targets", "意见征询必须指定全部同意和有人不同意时的去向。");

    public static UserMessage RuleConsentNoReplyTarget { get; } =
        new("definition.rule.consent-no-reply-target", "按 2019 年条例由机关决定时，必须指定逾期未答复时的去向。");

    public static UserMessage RuleDecisionBranches { get; } = new("definition.rule.decision-branches", "判断节点至少需要一个分支。");

    public static UserMessage RuleDecisionOtherwise { get; } = new("definition.rule.decision-otherwise", "判断节点必须有“否则”去向，保证总有路可走。");

    public static UserMessage RuleBranchMissingNext(int branch) => new("definition.rule.branch-missing-next", $"第 {branch} 个分支缺少去向。");

    public static UserMessage RuleBranchCondition(int branch, string problem) =>
        new("definition.rule.branch-condition", $"第 {branch} 个分支的条件有误：{problem}");

    public static UserMessage RuleNotifyRequired { get; } = new("definition.rule.notify-required", "通知节点必须指定通知对象和通知内容。");

    public static UserMessage RuleNotifyUnknown(string recipient) =>
        new("definition.rule.notify-unknown", $"通知对象“{recipient}”未知，可用拟稿人本人、权利人或某一角色。");

    public static UserMessage RuleTaskRole(IEnumerable<string> roles) =>
        new("definition.rule.task-role", $"人工任务必须指定候选角色（{List(roles)}）。");

    public static UserMessage RuleTaskName { get; } = new("definition.rule.task-name", "人工任务必须有名称。");

    public static UserMessage RuleTaskOutcomes { get; } = new("definition.rule.task-outcomes", "人工任务至少需要一个办理结果。");

    public static UserMessage RuleOutcomeIdLabel { get; } = new("definition.rule.outcome-id-label", "每个办理结果都需要编号和名称。");

    public static UserMessage RuleOutcomeMissingNext(string outcome) => new("definition.rule.outcome-missing-next", $"办理结果“{outcome}”没有去向。");

    public static UserMessage RuleOutcomeDuplicate(string outcome) => new("definition.rule.outcome-duplicate", $"办理结果编号“{outcome}”重复。");

    public static UserMessage RuleDeadlineOutcomeUnknown(string outcome) =>
        new("definition.rule.deadline-outcome-unknown", $"到期自动采用的结果“{outcome}”不是本任务的办理结果。");

    public static UserMessage RuleDeadlineOutcomeNeedsInput { get; } =
        new("definition.rule.deadline-outcome-needs-input", "到期自动采用的结果不能要求填写意见或不予公开理由。");

    public static UserMessage RuleDeadlineOutcomeNeedsDue { get; } =
        new("definition.rule.deadline-outcome-needs-due", "设置了到期自动结果，但没有办理时限。");

    public static UserMessage RuleDueRequired { get; } = new("definition.rule.due-required", "必须设置办理时限。");

    public static UserMessage RuleDueEitherOr { get; } =
        new("definition.rule.due-either-or", "办理时限须在工作日数和时长（如 PT4H）中二选一。");

    public static UserMessage RuleDueWorkingDays(int min, int max) =>
        new("definition.rule.due-working-days", $"工作日数应在 {min} 至 {max} 之间。");

    public static UserMessage RuleDueDuration(string duration) =>
        new("definition.rule.due-duration", $"“{duration}”不是有效的 ISO-8601 时长，应写作 PT4H、P1D 等。");

    public static UserMessage RuleUnreachable(string node) => new("definition.rule.unreachable", $"节点“{node}”从开始节点无法到达。");

    public static UserMessage RuleCannotEnd(string node) => new("definition.rule.cannot-end", $"从节点“{node}”出发无法到达任何结束节点。");

    /// <summary>A path to a publish step skips <paramref name="skipped"/> (a step the law requires).</summary>
    public static UserMessage RulePathSkips(bool withRightsHolders, string publish, string path, string skipped) =>
        new("definition.rule.path-skips",
            $"{(withRightsHolders ? "对涉及权利人的事项，" : string.Empty)}从开始到发布节点“{publish}”的路径 {path} 跳过了{skipped}");

    /// <summary>The step a path rule requires (review-required, signoff-required, consent-required, public-interest-required).</summary>
    public static UserMessage RequiredStepLabel(string ruleCode) => ruleCode switch
    {
        "review-required" => new("required-step.review", "保密审查"),
        "signoff-required" => new("required-step.signoff", "领导签发"),
        "consent-required" => new("required-step.consent", "权利人意见征询"),
        "public-interest-required" => new("required-step.public-interest", "权利人不同意后的公共利益裁量"),
        _ => new("required-step.other", "必经步骤"),
    };

    public static UserMessage ConditionMissing { get; } = new("condition.missing", "分支缺少条件");

    public static UserMessage ConditionOneForm { get; } =
        new("condition.one-form", "条件必须且只能是以下之一：事实比较、全部满足、任一满足、取反");

    public static UserMessage ConditionNeedsValues(string fact) =>
        new("condition.needs-values", $"条件“{fact}”需要给出一个比较值或一组可选值（二者只能选一）");

    public static UserMessage ConditionValueInvalid(string fact, string value) =>
        new("condition.value-invalid", $"条件“{fact}”的取值 {value} 无效");

    /// <summary>The facts a decision may look at (Category, Timing, HasRightsHolders, WithheldGround, LastOutcome).</summary>
    public static UserMessage FactLabel(string factCode) => factCode switch
    {
        "Category" => new("fact.category", "目录类别"),
        "Timing" => new("fact.timing", "公开时限"),
        "HasRightsHolders" => new("fact.has-rights-holders", "是否涉及权利人"),
        "WithheldGround" => new("fact.withheld-ground", "不予公开理由类别"),
        "LastOutcome" => new("fact.last-outcome", "上一步办理结果"),
        _ => new("fact.unknown", "未知条件"),
    };

    /// <summary>Edges of a consent step and a decision, as the diagram and the validator name them.</summary>
    public static UserMessage EdgeAllAgreed { get; } = new("edge.all-agreed", "全部同意");

    public static UserMessage EdgeRefused(bool silenceRefuses) => silenceRefuses
        ? new("edge.refused-or-silent", "有人不同意或逾期未答复")
        : new("edge.refused", "有人不同意");

    public static UserMessage EdgeNoReply { get; } = new("edge.no-reply", "逾期未答复，由机关决定");

    public static UserMessage EdgeBranch(int branch) => new("edge.branch", $"条件 {branch}");

    public static UserMessage EdgeOtherwise { get; } = new("edge.otherwise", "否则");

    /// <summary>Recipients of a notify step besides roles.</summary>
    public static UserMessage RecipientDrafter { get; } = new("recipient.drafter", "拟稿人本人");

    public static UserMessage RecipientRightsHolders { get; } = new("recipient.rights-holders", "权利人");

    public static UserMessage RecipientUnknown { get; } = new("recipient.unknown", "未指定");

    public static UserMessage NotificationDefaultTitle { get; } = new("notification.default-title", "通知");

    /// <summary>The diagram's words: each is a line under the node's name.</summary>
    public static UserMessage DiagramResult(string result) => new("diagram.result", $"结果：{result}");

    public static UserMessage DiagramRole(string role) => new("diagram.role", $"角色：{role}");

    public static UserMessage DiagramDueWorkingDays(int days) => new("diagram.due-working-days", $"时限：{days} 个工作日");

    public static UserMessage DiagramDueDuration(string duration) => new("diagram.due-duration", $"时限：{duration}");

    public static UserMessage DiagramDeadlineOutcome(string outcome) => new("diagram.deadline-outcome", $"到期自动：{outcome}");

    public static UserMessage DiagramConsent { get; } = new("diagram.consent", "每位权利人一份征询");

    public static UserMessage DiagramPublish { get; } = new("diagram.publish", "上网公开及所选渠道");

    public static UserMessage DiagramNotify(string recipient) => new("diagram.notify", $"通知：{recipient}");

    /// <summary>
    /// A length of time in words, as clock time (a definition's duration is not working days): 2 小时,
    /// 24 小时, 1 小时 30 分钟, whole days from two days on (3 天).
    /// </summary>
    public static UserMessage DurationWords(TimeSpan span)
    {
        if (span.TotalDays >= 2 && span.Ticks % TimeSpan.TicksPerDay == 0)
        {
            return new("duration.words", $"{span.Days} 天");
        }

        var parts = new List<string>();
        var hours = (long)span.TotalHours;
        if (hours > 0)
        {
            parts.Add($"{hours} 小时");
        }

        if (span.Minutes > 0)
        {
            parts.Add($"{span.Minutes} 分钟");
        }

        if (span.Seconds > 0 || parts.Count == 0)
        {
            parts.Add($"{span.Seconds} 秒");
        }

        return new("duration.words", string.Join(" ", parts));
    }
}
