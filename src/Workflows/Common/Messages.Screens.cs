namespace Disclosure.Workflows.Common;

/// <summary>What the staff screens and the error pages say (sign-in, errors, confirmations).</summary>
public static partial class Messages
{
    public static UserMessage SignInFailed { get; } = new("sign-in.failed", "用户名或密码不正确。");

    public static UserMessage SignInLockedOut { get; } = new("sign-in.locked-out", "登录失败次数过多，账户已锁定 15 分钟，请稍后再试或联系管理员。");

    public static UserMessage SignInUserNameRequired { get; } = new("sign-in.user-name-required", "请输入用户名。");

    public static UserMessage SignInPasswordRequired { get; } = new("sign-in.password-required", "请输入密码。");

    /// <summary>The heading and sentence of the error page a browser gets for an HTTP status.</summary>
    public static (string Title, string Detail) HttpError(int status) => status switch
    {
        400 => ("请求无效", "页面已过期或提交的内容无法识别，请返回后刷新页面重试。"),
        401 => ("请先登录", "该页面仅供工作人员使用，请先登录。"),
        403 => ("无权访问", "您的角色无权打开该页面。如需办理，请联系管理员分配角色。"),
        404 => ("页面不存在", "您要找的页面不存在或已被移除，请检查地址。"),
        429 => ("请求过于频繁", "请稍后再试。"),
        _ => ("服务器内部错误", "服务器暂时无法完成请求，请稍后重试或联系管理员。"),
    };
}

/// <summary>Time left on a task, and the confirmations staff read after acting.</summary>
public static partial class Messages
{
    public static string WorkingDaysLeft(int days) => $"剩余 {days} 个工作日";

    public static string OverdueWorkingDays(int days) => $"已超期 {days} 个工作日";

    public static string HoursLeft(int hours, int minutes) => $"剩余 {hours} 小时 {minutes} 分钟";

    public static string OverdueHours(int hours, int minutes) => $"已超期 {hours} 小时 {minutes} 分钟";

    /// <summary>The due date crosses a year whose holiday schedule is not entered yet.</summary>
    public static string DueEstimated { get; } = "（含未录入节假日安排的年份，按周末计算）";

    public static string Saved(int version) => $"已保存第 {version} 版。";

    public static string Submitted(int version, string? nextStep) =>
        nextStep is null ? $"第 {version} 版已提交。" : $"第 {version} 版已提交，进入“{nextStep}”环节。";

    public static string Completed(string step, string outcome, string? nextStep) =>
        nextStep is null ? $"“{step}”已办理：{outcome}。流程已进入下一环节。" : $"“{step}”已办理：{outcome}。下一环节：{nextStep}。";

    public static string Claimed(string step) => $"已认领“{step}”任务。";

    public static string Unclaimed(string step) => $"已将“{step}”任务退回待认领。";

    public static string Assigned(string step, string assignee) => $"已将“{step}”任务指派给 {assignee}。";

    public static string ConfirmedCurrent(string nextReview) => $"已确认该事项内容仍然有效，下次复核日期：{nextReview}。";

    public static string Withdrawn { get; } = "该事项已撤回，所有版本已从公开栏目撤下。";

    /// <summary>"第 1 版 remains public while 第 2 版 is drafted."</summary>
    public static string PublishedWhileDrafting(int published, int drafting) =>
        $"第 {published} 版仍在公开，第 {drafting} 版正在起草或审核，发布后将替代第 {published} 版。";
}

/// <summary>Names of the monitoring flags on the task list.</summary>
public static partial class Messages
{
    public static string Of(Monitoring.AlertKind kind) => kind switch
    {
        Monitoring.AlertKind.PeriodicDue => "定期公开到期预警",
        Monitoring.AlertKind.LongTermStale => "长期公开待复核",
        Monitoring.AlertKind.LatePublication => "超期未公开",
        _ => "预警",
    };
}

/// <summary>Why an item's form is read-only, and what saving will do.</summary>
public static partial class Messages
{
    public static string ReadOnlyNotDrafter { get; } = "只有拟稿人可以修改公开事项，您可以查看。";

    public static string ReadOnlyWithdrawn { get; } = "该事项已撤回，不能再修改。";

    public static string ReadOnlyOtherDrafter(int version, string drafter) => $"第 {version} 版由 {drafter} 起草，只能由其修改。";

    public static string ReadOnlyInReview(int version, string? step) =>
        step is null ? $"第 {version} 版正在审核中，不能修改。" : $"第 {version} 版正在审核中（当前环节：{step}），审核结束前不能修改。";

    public static string SavingStartsVersion(int current, int next) =>
        $"第 {current} 版已办结。保存将起草第 {next} 版；第 {next} 版发布前，第 {current} 版仍按原状态保留。";

    public static string NotSavedYet { get; } = "请先保存，再提交审查。";
}

/// <summary>The leaders' withdrawal on the item screen.</summary>
public static partial class Messages
{
    public static string WithdrawReasonRequired { get; } = "撤回必须说明理由。";
}
