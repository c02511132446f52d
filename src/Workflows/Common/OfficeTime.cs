using System.Globalization;

namespace Disclosure.Workflows.Common;

/// <summary>
/// The one way a moment or a day is written for people: <c>2026-12-04 17:00</c> and
/// <c>2026-12-04</c>, in the office's time (Asia/Shanghai) whatever zone the server runs in.
/// Screens, letters and feeds all write dates through here.
/// </summary>
public static class OfficeTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>How a day is written, and the only way one is read from a form: <c>2026-12-04</c>.</summary>
    public const string DayPattern = "yyyy-MM-dd";

    /// <summary>The instant in office time, e.g. <c>2026-12-04 17:00</c>.</summary>
    public static string Format(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A nullable instant; <paramref name="none"/> when there is none.</summary>
    public static string Format(DateTimeOffset? instant, string none = "—") => instant is { } value ? Format(value) : none;

    /// <summary>A calendar day, e.g. <c>2026-12-04</c>.</summary>
    public static string Format(DateOnly day) => day.ToString(DayPattern, CultureInfo.InvariantCulture);

    public static string Format(DateOnly? day, string none = "—") => day is { } value ? Format(value) : none;

    /// <summary>
    /// Reads a day written as <see cref="DayPattern"/> (spaces around it allowed): the one reading
    /// of a typed day, shared by the screens' day fields and the validators behind them, so a field
    /// and the server read a day alike. Two digits for month and day: <c>2026-2-3</c> is not read.
    /// </summary>
    public static bool TryParseDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text?.Trim(), DayPattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
