namespace Disclosure.Workflows.Common;

/// <summary>An instance's legal clock (e.g. the 20 working days to answer an application): journal details and refusals.</summary>
public static partial class Messages
{
    public static UserMessage ClockStarted(string clock, DateOnly startsOn, int workingDays, DateOnly dueOn) =>
        new("clock.started", $"{clock}自 {OfficeTime.Format(startsOn)} 起算 {workingDays} 个工作日，至 {OfficeTime.Format(dueOn)} 届满");

    public static UserMessage ClockPaused(string clock, bool restart) =>
        new("clock.paused", restart ? $"{clock}暂停，待本环节完成后重新起算" : $"{clock}暂停，本环节所需时间不计算在内");

    public static UserMessage ClockResumed(string clock, int pausedWorkingDays, DateOnly dueOn) =>
        new("clock.resumed", $"{clock}恢复计算，累计不计入 {pausedWorkingDays} 个工作日，至 {OfficeTime.Format(dueOn)} 届满");

    public static UserMessage ClockRestarted(string clock, DateOnly startsOn, DateOnly dueOn) =>
        new("clock.restarted", $"{clock}自 {OfficeTime.Format(startsOn)} 起重新计算，至 {OfficeTime.Format(dueOn)} 届满");

    public static UserMessage ClockExtended(string clock, int workingDays, DateOnly dueOn) =>
        new("clock.extended", $"{clock}延长 {workingDays} 个工作日，至 {OfficeTime.Format(dueOn)} 届满");

    public static UserMessage ClockExtensionReasonRequired { get; } = new("clock.extension.reason-required", "请填写延期理由。");

    public static UserMessage ClockExtensionDays(int max) => new("clock.extension.days", $"延长的工作日数须在 1 至 {max} 之间。");

    public static UserMessage ClockExtensionsUsed(int times) => new("clock.extension.used", $"期限最多只能延长 {times} 次，已经延长过。");

    public static UserMessage ClockNotExtendable { get; } = new("clock.not-extendable", "该流程没有可以延长的期限。");

    public static UserMessage ClockAlreadyStopped { get; } = new("clock.stopped", "流程已经结束，期限不再计算。");

    public static UserMessage InstanceNotFound { get; } = new("instance.not-found", "找不到该流程实例。");

    public static UserMessage NoProcessForSubject { get; } = new("engine.no-process-for-subject", "没有适用的已发布流程，请联系管理员。");

    public static UserMessage SelectedForSubject(int priority) => new("journal.selected.subject", $"按默认流程选用，优先级 {priority}");

    public static UserMessage SelectedAsDefault { get; } = new("journal.selected.default", "按系统默认流程选用");
    public static UserMessage SelectedByName { get; } = new("journal.selected.named", "按该事项的法定期限指定流程");

    public static UserMessage StartedForSubject(string definition, int definitionNumber) =>
        new("journal.started-subject-details", $"流程“{definition}”第 {definitionNumber} 版");

    /// <summary>What a step does to the clock, as a diagram or a screen says it.</summary>
    public static UserMessage ClockEffectLabel(string effectCode) => effectCode switch
    {
        "Pause" => new("clock.effect.pause", "不计入期限"),
        "Restart" => new("clock.effect.restart", "完成后期限重新计算"),
        _ => new("clock.effect.none", "计入期限"),
    };

    public static UserMessage ClockStateLabel(string stateCode) => stateCode switch
    {
        "Running" => new("clock.state.running", "计算中"),
        "Paused" => new("clock.state.paused", "暂停计算"),
        "Stopped" => new("clock.state.stopped", "已结束"),
        _ => new("clock.state.unknown", "未注明"),
    };

    public static UserMessage RuleClockName { get; } = new("definition.rule.clock-name", "流程期限必须有中文名称（如“答复期限”）。");

    public static UserMessage RuleClockDays(int max) =>
        new("definition.rule.clock-days", $"流程期限的工作日数须在 1 至 {max} 之间，提前提醒的工作日数须小于期限。");

    public static UserMessage RuleClockExtension(int max) =>
        new("definition.rule.clock-extension", $"延长期限须由本机关的角色批准，至少可延长 1 次，每次 1 至 {max} 个工作日。");

    public static UserMessage RuleClockEffectWithoutClock { get; } = new("definition.rule.clock-effect-without-clock", "流程没有设置期限，环节不能暂停或重新计算期限。");

    public static UserMessage RuleClockEffectOnWait { get; } = new("definition.rule.clock-effect-on-wait", "只有人工任务和意见征询环节可以暂停或重新计算期限。");

    public static UserMessage ClockReminderSubject(string clock) => new("clock.reminder-subject", $"{clock}即将届满：");

    public static UserMessage ClockReminderBody(string clock) => new("clock.reminder-body", $"的{clock}将于以下日期届满，请抓紧办理：");

    public static UserMessage ClockOverdueReason { get; } = new("clock.overdue-reason", "已超过期限仍未办结，期限届满日：");

    public static UserMessage ClockOverdueSubject { get; } = new("clock.overdue-subject", "期限已届满仍未办结");

    public static UserMessage ClockAlertCleared { get; } = new("clock.alert-cleared", "已办结、已延期或暂停计算");
}
