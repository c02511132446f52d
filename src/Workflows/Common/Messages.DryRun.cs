namespace Disclosure.Workflows.Common;

/// <summary>Dry runs of a definition: the walk an administrator asks for, and what is wrong with it.</summary>
public static partial class Messages
{
    public static UserMessage DryRunStartOn { get; } = new("dry-run.start-on", "开始日期须写作 yyyy-MM-dd 格式。");

    public static UserMessage DryRunCategory(string value) => new("dry-run.category", $"没有编号为“{value}”的目录类别。");

    public static UserMessage DryRunTiming(string value) => new("dry-run.timing", $"“{value}”不是公开时限，可选长期公开、定期公开、即时公开。");

    public static UserMessage DryRunNotWaiting(string node) => new("dry-run.not-waiting", $"此时流程没有停在“{node}”，不能为它选择办理结果。");

    public static UserMessage DryRunNothingWaiting { get; } = new("dry-run.nothing-waiting", "流程已结束或不再等待任何步骤，多余的选择无法使用。");

    public static UserMessage DryRunOutcome(string node, string options) => new("dry-run.outcome", $"“{node}”的办理结果只能是：{options}。");

    public static UserMessage DryRunSignersMissing(string node, string signers) => new("dry-run.signers-missing", $"“{node}”会签尚无结果，还需为以下签署人选择：{signers}。");

    public static UserMessage DryRunTooLong(int steps) => new("dry-run.too-long", $"试运行超过 {steps} 步仍未停下，请检查流程是否存在自动循环。");

    public static UserMessage DryRunInvalid { get; } = new("dry-run.invalid", "流程定义未通过校验，请先修正后再试运行。");

    public static UserMessage DryRunSkipped { get; } = new("dry-run.skipped", "条件不满足，自动跳过");

    public static UserMessage ResponsibleBodyOfItem { get; } = new("dry-run.responsible-body", "事项的公开主体");

    public static UserMessage DryRunCancelled { get; } = new("dry-run.cancelled", "会签已有结果，无需再签");
}
