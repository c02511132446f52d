namespace Disclosure.Workflows.Common;

/// <summary>
/// The zh-CN message catalogue: every word a user can see that is not data is made here, with a
/// stable code. The class is split into one file per feature (<c>Messages.Engine.cs</c>,
/// <c>Messages.Catalogue.cs</c>, …) so features can add messages without touching each other's,
/// but it is one catalogue: codes are unique across all of it (a test checks), and each text is
/// Chinese (a test checks that no English word reaches a user).
/// </summary>
public static partial class Messages
{
    /// <summary>An unexpected error: the details go to the log, never to the user.</summary>
    public static UserMessage InternalError { get; } = new("internal-error", "服务器内部错误，请稍后重试或联系管理员。");

    /// <summary>Input was refused; <paramref name="details"/> lists what is wrong, field by field.</summary>
    public static UserMessage ValidationFailed(string details) =>
        new("validation-failed", string.IsNullOrEmpty(details) ? "输入有误，请检查后重试。" : $"输入有误：{details}。");

    /// <summary>The one way a moment is shown: <c>2026-12-04 17:00</c>, office time (see <see cref="OfficeTime"/>).</summary>
    public static string FormatTime(DateTimeOffset instant) => OfficeTime.Format(instant);

    /// <summary>The one way a day is shown: <c>2026-12-04</c>.</summary>
    public static string FormatDate(DateOnly day) => OfficeTime.Format(day);

    /// <summary>A list as Chinese writes it: 甲、乙、丙.</summary>
    public static string List(IEnumerable<string> parts) => string.Join("、", parts);
}
