namespace Disclosure.Workflows.Common;

/// <summary>
/// The office's date formats for screens: <c>2026-12-04 17:00</c> and <c>2026-12-04</c>, in
/// Beijing time. The same functions as the catalogue's <see cref="Messages.FormatTime"/> and
/// <see cref="Messages.FormatDate"/>, with a dash for "none" so components need no null checks.
/// </summary>
public static class OfficeTime
{
    public static string Format(DateTimeOffset instant) => Messages.FormatTime(instant);

    public static string Format(DateTimeOffset? instant, string none = "—") => instant is { } value ? Messages.FormatTime(value) : none;

    public static string Format(DateOnly day) => Messages.FormatDate(day);

    public static string Format(DateOnly? day, string none = "—") => day is { } value ? Messages.FormatDate(value) : none;
}
