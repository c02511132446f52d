namespace Disclosure.Workflows.Common;

/// <summary>What the staff screens and the error pages say: sign-in, errors, time left, confirmations.</summary>
public static partial class Messages
{
    public static UserMessage SignInFailed { get; } = new("sign-in.failed", "用户名或密码不正确。");

    public static UserMessage SignInLockedOut { get; } = new("sign-in.locked-out", "登录失败次数过多，账户已锁定 15 分钟，请稍后再试或联系管理员。");

    public static UserMessage SignInUserNameRequired { get; } = new("sign-in.user-name-required", "请输入用户名。");

    public static UserMessage SignInPasswordRequired { get; } = new("sign-in.password-required", "请输入密码。");

    /// <summary>The heading of the error page a browser gets for an HTTP status.</summary>
    public static UserMessage ErrorPageTitle(int status) => status switch
    {
        400 => new("page.error.bad-request", "请求无效"),
        401 => new("page.error.unauthorized", "请先登录"),
        403 => new("page.error.forbidden", "无权访问"),
        404 => new("page.error.not-found", "页面不存在"),
        429 => new("page.error.too-many-requests", "请求过于频繁"),
        _ => new("page.error.other", "服务器内部错误"),
    };

    /// <summary>The sentence under the heading of the error page.</summary>
    public static UserMessage ErrorPageDetail(int status) => status switch
    {
        400 => new("page.error.bad-request-detail", "页面已过期或提交的内容无法识别，请返回后刷新页面重试。"),
        401 => new("page.error.unauthorized-detail", "该页面仅供工作人员使用，请先登录。"),
        403 => new("page.error.forbidden-detail", "您的角色无权打开该页面。如需办理，请联系管理员分配角色。"),
        404 => new("page.error.not-found-detail", "您要找的页面不存在或已被移除，请检查地址。"),
        429 => new("page.error.too-many-requests-detail", "请稍后再试。"),
        _ => new("page.error.other-detail", "服务器暂时无法完成请求，请稍后重试或联系管理员。"),
    };

    public static UserMessage WorkingDaysLeft(int days) => new("time-left.working-days", $"剩余 {days} 个工作日");

    public static UserMessage OverdueWorkingDays(int days) => new("time-left.overdue-working-days", $"已超期 {days} 个工作日");

    public static UserMessage HoursLeft(int hours, int minutes) => new("time-left.hours", $"剩余 {hours} 小时 {minutes} 分钟");

    public static UserMessage OverdueHours(int hours, int minutes) => new("time-left.overdue-hours", $"已超期 {hours} 小时 {minutes} 分钟");

    /// <summary>The due date crosses a year whose holiday schedule is not entered yet.</summary>
    public static UserMessage DueEstimated { get; } = new("time-left.estimated", "（含未录入节假日安排的年份，按周末计算）");

    public static UserMessage Saved(int version) => new("screen.saved", $"已保存第 {version} 版。");

    public static UserMessage Submitted(int version, string? nextStep) => new("screen.submitted",
        nextStep is null ? $"第 {version} 版已提交。" : $"第 {version} 版已提交，进入“{nextStep}”环节。");

    public static UserMessage Completed(string step, string outcome, string? nextStep) => new("screen.completed",
        nextStep is null ? $"“{step}”已办理：{outcome}。" : $"“{step}”已办理：{outcome}。下一环节：{nextStep}。");

    public static UserMessage Claimed(string step) => new("screen.claimed", $"已认领“{step}”任务。");

    public static UserMessage Unclaimed(string step) => new("screen.unclaimed", $"已将“{step}”任务退回待认领。");

    public static UserMessage Assigned(string step, string assignee) => new("screen.assigned", $"已将“{step}”任务指派给 {assignee}。");

    public static UserMessage ConfirmedCurrent(string nextReview) => new("screen.confirmed-current", $"已确认该事项内容仍然有效，下次复核日期：{nextReview}。");

    public static UserMessage Withdrawn { get; } = new("screen.withdrawn", "该事项已撤回，所有版本已从公开栏目撤下。");

    /// <summary>"第 1 版 remains public while 第 2 版 is drafted."</summary>
    public static UserMessage PublishedWhileDrafting(int published, int drafting) => new("screen.published-while-drafting",
        $"第 {published} 版仍在公开，第 {drafting} 版正在起草或审核，发布后将替代第 {published} 版。");

    public static UserMessage ReadOnlyNotDrafter { get; } = new("screen.read-only.not-drafter", "只有拟稿人可以修改公开事项，您可以查看。");

    public static UserMessage ReadOnlyWithdrawn { get; } = new("screen.read-only.withdrawn", "该事项已撤回，不能再修改。");

    public static UserMessage ReadOnlyOtherDrafter(int version, string drafter) =>
        new("screen.read-only.other-drafter", $"第 {version} 版由 {drafter} 起草，只能由其修改。");

    public static UserMessage ReadOnlyInReview(int version, string? step) => new("screen.read-only.in-review",
        step is null ? $"第 {version} 版正在审核中，不能修改。" : $"第 {version} 版正在审核中（当前环节：{step}），审核结束前不能修改。");

    public static UserMessage SavingStartsVersion(int current, int next) => new("screen.saving-starts-version",
        $"第 {current} 版已办结。保存将起草第 {next} 版；第 {next} 版发布前，第 {current} 版仍按原状态保留。");

    /// <summary>The name of a monitoring flag (the alert's kind: PeriodicDue, LongTermStale, LatePublication).</summary>
    public static UserMessage AlertKindLabel(string alertCode) => alertCode switch
    {
        "PeriodicDue" => new("alert-kind.periodic-due", "定期公开到期预警"),
        "LongTermStale" => new("alert-kind.long-term-stale", "长期公开待复核"),
        "LatePublication" => new("alert-kind.late-publication", "超期未公开"),
        _ => new("alert-kind.other", "预警"),
    };

    /// <summary>Under a day field whose text is not a day in the office's format.</summary>
    public static UserMessage DayFormatExpected { get; } = new("screen.day-format-expected", "请按“2026-12-04”的格式填写日期。");
}
