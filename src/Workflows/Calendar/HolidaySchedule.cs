using System.Globalization;

namespace Disclosure.Workflows.Calendar;

/// <summary>
/// The State Council's holiday arrangement (节假日安排) for one calendar year, expanded to single days.
/// </summary>
/// <remarks>
/// A day belongs to the schedule of the calendar year it falls in, whichever year's announcement
/// declared it: 2024's New Year range 2023-12-30–2024-01-01 puts 12-30 and 12-31 into the 2023
/// schedule. Keeping each schedule inside its own year lets the calendar tell exactly which years
/// are entered, at the price that an announcement crossing a year end edits two schedules.
/// </remarks>
/// <param name="Year">The calendar year every listed day falls in.</param>
/// <param name="Holidays">
/// Every statutory holiday day (法定节假日) of the year, including weekend days inside a holiday range.
/// </param>
/// <param name="MakeUpWorkdays">Saturdays and Sundays declared working days (调休上班日).</param>
public sealed record HolidaySchedule(int Year, IReadOnlyList<DateOnly> Holidays, IReadOnlyList<DateOnly> MakeUpWorkdays)
{
    // Copied so a caller's list changing later cannot change a schedule already validated and in use.
    public IReadOnlyList<DateOnly> Holidays { get; init; } =
        (Holidays ?? throw new ArgumentNullException(nameof(Holidays))).ToArray();

    public IReadOnlyList<DateOnly> MakeUpWorkdays { get; init; } =
        (MakeUpWorkdays ?? throw new ArgumentNullException(nameof(MakeUpWorkdays))).ToArray();

    /// <summary>
    /// Checks the schedule and returns one readable message (Chinese, then English) per problem;
    /// an empty list means the schedule is usable.
    /// </summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Year is < 1 or > 9999)
            errors.Add($"年份 {Year} 无效 (year out of range)");

        foreach (var day in Holidays.Concat(MakeUpWorkdays).Distinct().Where(d => d.Year != Year).Order())
            errors.Add($"{Format(day)} 不属于 {Year} 年，应录入 {day.Year} 年的安排 (not in the schedule's year {Year})");

        foreach (var day in MakeUpWorkdays.Distinct().Where(d => !IsWeekend(d)).Order())
            errors.Add($"{Format(day)} 不是周末，不能作为调休上班日 (not a weekend day)");

        foreach (var day in Holidays.Intersect(MakeUpWorkdays).Order())
            errors.Add($"{Format(day)} 同时列为节假日和调休上班日 (listed as both a holiday and a make-up workday)");

        foreach (var day in Duplicates(Holidays))
            errors.Add($"{Format(day)} 在节假日中重复出现 (duplicate holiday)");

        foreach (var day in Duplicates(MakeUpWorkdays))
            errors.Add($"{Format(day)} 在调休上班日中重复出现 (duplicate make-up workday)");

        return errors;
    }

    // Records compare lists by reference; two schedules with the same days are the same schedule.
    public bool Equals(HolidaySchedule? other) =>
        other is not null
        && Year == other.Year
        && Holidays.SequenceEqual(other.Holidays)
        && MakeUpWorkdays.SequenceEqual(other.MakeUpWorkdays);

    public override int GetHashCode() => HashCode.Combine(Year, Holidays.Count, MakeUpWorkdays.Count);

    internal static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    internal static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static IEnumerable<DateOnly> Duplicates(IEnumerable<DateOnly> days) =>
        days.GroupBy(d => d).Where(g => g.Count() > 1).Select(g => g.Key).Order();
}
