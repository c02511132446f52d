using Disclosure.Workflows.Monitoring;

namespace Disclosure.Workflows.Common;

// The administrators' screens besides definitions: staff accounts, holiday schedules, alerts.
public static partial class Messages
{
    public static UserMessage UserFieldUserName { get; } = new("user-field.user-name", "用户名");

    public static UserMessage UserFieldDisplayName { get; } = new("user-field.display-name", "姓名");

    public static UserMessage UserFieldResponsibleBody { get; } = new("user-field.responsible-body", "部门");

    public static UserMessage UserFieldPassword { get; } = new("user-field.password", "密码");

    public static UserMessage UserCannotDisableSelf { get; } = new("account.cannot-disable-self", "不能停用自己的账户。");

    public static UserMessage UserLastAdministrator { get; } =
        new("account.last-administrator", "这是唯一一个启用中的管理员，不能停用或取消其管理员角色，否则无人能管理用户。");

    public static UserMessage UserCannotDropOwnAdministrator { get; } =
        new("account.cannot-drop-own-administrator", "不能取消自己的管理员角色，请由其他管理员操作。");

    public static UserMessage UserCreated(string name) => new("account.created", $"已新建用户“{name}”。");

    public static UserMessage UserDisabled(string name) => new("account.disabled", $"已停用“{name}”的账户，其登录状态立即失效。");

    public static UserMessage UserEnabled(string name) => new("account.enabled", $"已启用“{name}”的账户。");

    public static UserMessage UserPasswordReset(string name) => new("account.password-reset", $"已为“{name}”设置新密码，其原有登录状态已失效。");

    public static UserMessage UserRolesSaved(string name) => new("account.roles-saved", $"已保存“{name}”的角色和部门，其需重新登录后生效。");

    /// <summary>An account's standing in the list.</summary>
    public static UserMessage UserStanding(bool disabled, bool lockedOut) => (disabled, lockedOut) switch
    {
        (true, _) => new("account.standing.disabled", "已停用"),
        (false, true) => new("account.standing.locked-out", "密码错误次数过多，暂时锁定"),
        _ => new("account.standing.active", "正常"),
    };

    /// <summary>The kind of a monitoring flag.</summary>
    public static UserMessage AlertKindLabel(AlertKind kind) => kind switch
    {
        AlertKind.PeriodicDue => new("alert-kind.periodic-due", "定期公开到期预警"),
        AlertKind.LongTermStale => new("alert-kind.long-term-stale", "长期公开待复核"),
        AlertKind.LatePublication => new("alert-kind.late-publication", "逾期未公开"),
        _ => new("alert-kind.other", "其他预警"),
    };

    public static UserMessage AlertActive { get; } = new("alert.active", "未解除");

    public static UserMessage AlertCleared(string when) => new("alert.cleared", $"已于 {when} 解除");

    public static UserMessage HolidayRangeInvalid(string text) =>
        new("calendar-entry.range-invalid", $"“{text}”不是有效的日期或日期范围，应写作 02-15 或 02-15 至 02-23（也可写完整日期 2026-02-15）。");

    public static UserMessage HolidayRangeBackwards(string text) => new("calendar-entry.range-backwards", $"“{text}”的结束日期早于开始日期。");

    public static UserMessage HolidayRangeOverlaps(string first, string second) => new("calendar-entry.range-overlaps", $"“{first}”与“{second}”有重叠的日期。");

    public static UserMessage HolidaySaved(int year, int holidays, int workdays) =>
        new("calendar-entry.saved", $"已保存 {year} 年节假日安排：放假 {holidays} 天，调休上班 {workdays} 天。");

    public static UserMessage Weekday(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => new("weekday.monday", "周一"),
        DayOfWeek.Tuesday => new("weekday.tuesday", "周二"),
        DayOfWeek.Wednesday => new("weekday.wednesday", "周三"),
        DayOfWeek.Thursday => new("weekday.thursday", "周四"),
        DayOfWeek.Friday => new("weekday.friday", "周五"),
        DayOfWeek.Saturday => new("weekday.saturday", "周六"),
        _ => new("weekday.sunday", "周日"),
    };

    public static UserMessage HolidayDays(int days) => new("calendar-entry.days", $"共 {days} 天");

    /// <summary>A background job's name on the Hangfire dashboard, by the job's class name.</summary>
    public static UserMessage JobName(string jobCode) => jobCode switch
    {
        "DeadlineJob" => new("job.deadline", "办理期限到期处理"),
        "DeadlineSweepJob" => new("job.deadline-sweep", "办理期限巡检"),
        "PeriodicDueJob" => new("job.periodic-due", "定期公开到期预警"),
        "LongTermStaleJob" => new("job.long-term-stale", "长期公开信息复核预警"),
        "LatePublicationJob" => new("job.late-publication", "逾期未公开预警"),
        "TaskReminderJob" => new("job.task-reminders", "待办任务提醒和逾期上报"),
        "OutboxDeliveryJob" => new("job.outbox-delivery", "发送待发消息（征求意见函等）"),
        "SelfCheckJob" => new("job.self-check", "系统自检"),
        _ => new("job.other", "后台任务"),
    };
}
