using System.Globalization;
using Disclosure.Workflows.Common;

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
    /// Checks the schedule and returns one catalogue message per problem; an empty list means the
    /// schedule is usable.
    /// </summary>
    public IReadOnlyList<UserMessage> Validate()
    {
        var errors = new List<UserMessage>();
        if (Year is < 1 or > 9999)
            errors.Add(Messages.ScheduleYearInvalid(Year));

        foreach (var day in Holidays.Concat(MakeUpWorkdays).Distinct().Where(d => d.Year != Year).Order())
            errors.Add(Messages.ScheduleDayOutsideYear(day, Year));

        foreach (var day in MakeUpWorkdays.Distinct().Where(d => !IsWeekend(d)).Order())
            errors.Add(Messages.ScheduleMakeUpNotWeekend(day));

        foreach (var day in Holidays.Intersect(MakeUpWorkdays).Order())
            errors.Add(Messages.ScheduleHolidayAndMakeUp(day));

        foreach (var day in Duplicates(Holidays))
            errors.Add(Messages.ScheduleDuplicateHoliday(day));

        foreach (var day in Duplicates(MakeUpWorkdays))
            errors.Add(Messages.ScheduleDuplicateMakeUp(day));

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
