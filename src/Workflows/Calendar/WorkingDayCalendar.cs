using System.Collections.Frozen;

namespace Disclosure.Workflows.Calendar;

/// <summary>
/// Working days (工作日): Monday to Friday, minus statutory holidays, plus the weekend days declared
/// working days (调休). Years without a schedule count Monday to Friday only; callers warn about
/// them with <see cref="UnscheduledYearsBetween"/>, the calendar itself never logs.
/// </summary>
public sealed partial class WorkingDayCalendar
{
    // Day numbers (DateOnly.DayNumber) in ascending order. Holidays on a weekend change nothing, so
    // only weekday holidays are kept; validation guarantees every make-up day is a weekend day.
    private readonly int[] _weekdayHolidays;
    private readonly int[] _makeUpWorkdays;
    private readonly FrozenDictionary<int, HolidaySchedule> _schedules;

    /// <summary>Builds a calendar from one schedule per year.</summary>
    /// <exception cref="ArgumentException">
    /// A schedule fails <see cref="HolidaySchedule.Validate"/>, or two schedules share a year.
    /// </exception>
    public WorkingDayCalendar(IEnumerable<HolidaySchedule> schedules)
    {
        ArgumentNullException.ThrowIfNull(schedules);
        var list = schedules.ToList();
        var errors = FindErrors(list);
        if (errors.Count > 0)
            throw new ArgumentException("Invalid holiday schedules: " + string.Join("; ", errors), nameof(schedules));

        ScheduledYears = list.Select(s => s.Year).ToFrozenSet();
        _schedules = list.ToFrozenDictionary(s => s.Year);
        _weekdayHolidays = list.SelectMany(s => s.Holidays)
            .Where(d => !HolidaySchedule.IsWeekend(d)).Select(d => d.DayNumber).Order().ToArray();
        _makeUpWorkdays = list.SelectMany(s => s.MakeUpWorkdays).Select(d => d.DayNumber).Order().ToArray();
    }

    /// <summary>The years whose holiday schedule is entered.</summary>
    public IReadOnlySet<int> ScheduledYears { get; }

    public bool HasSchedule(int year) => ScheduledYears.Contains(year);

    /// <summary>The year's schedule exactly as entered (weekend days inside a holiday range included), or null.</summary>
    public HolidaySchedule? Schedule(int year) => _schedules.GetValueOrDefault(year);

    /// <summary>
    /// The years touched by the range (in either order, both ends included) that have no schedule,
    /// ascending: their working days are Monday to Friday only and may be wrong.
    /// </summary>
    public IReadOnlyList<int> UnscheduledYearsBetween(DateOnly from, DateOnly to)
    {
        var (first, last) = from <= to ? (from.Year, to.Year) : (to.Year, from.Year);
        return Enumerable.Range(first, last - first + 1).Where(y => !HasSchedule(y)).ToArray();
    }

    public bool IsWorkingDay(DateOnly day) => HolidaySchedule.IsWeekend(day)
        ? Array.BinarySearch(_makeUpWorkdays, day.DayNumber) >= 0
        : Array.BinarySearch(_weekdayHolidays, day.DayNumber) < 0;

    /// <summary>
    /// The day something that arrives on <paramref name="day"/> counts as received, for a period
    /// counted from its receipt: that day when it is a working day, otherwise the next working day,
    /// the first day the office can act on it. An application sent on a day off and a correction
    /// sent on one restart their periods alike.
    /// </summary>
    public DateOnly ReceivedOn(DateOnly day) => IsWorkingDay(day) ? day : AddWorkingDays(day, 1);

    /// <summary>
    /// The date of the <paramref name="workingDays"/>-th working day after <paramref name="start"/>;
    /// <paramref name="start"/> itself never counts, and 0 returns it unchanged. A deadline of
    /// "20 working days from formation" is <c>AddWorkingDays(formed, 20)</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="workingDays"/> is negative, or the result would be after 9999-12-31.
    /// </exception>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        if (workingDays == 0)
            return start;

        var target = Ordinal(start.DayNumber) + workingDays;
        var max = DateOnly.MaxValue.DayNumber;
        if (Ordinal(max) < target)
            throw new ArgumentOutOfRangeException(nameof(workingDays), workingDays, "The result would be after 9999-12-31.");

        // The answer is the first day whose ordinal reaches the target. Five working days take
        // seven calendar days, plus any holidays; the margin covers the longest holiday seasons
        // and the bracket widens if a schedule ever holds more.
        var low = start.DayNumber + 1;
        var width = (long)workingDays * 7 / 5 + 21;
        var high = (int)Math.Min(low + width, max);
        while (Ordinal(high) < target)
        {
            low = high + 1;
            width *= 2;
            high = (int)Math.Min(low + width, max);
        }

        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (Ordinal(middle) < target)
                low = middle + 1;
            else
                high = middle;
        }

        return DateOnly.FromDayNumber(low);
    }

    /// <summary>
    /// The working days in (<paramref name="fromExclusive"/>, <paramref name="toInclusive"/>];
    /// negative, the count of (to, from], when <paramref name="toInclusive"/> is earlier.
    /// <c>CountWorkingDays(d, AddWorkingDays(d, n)) == n</c> for every n ≥ 0.
    /// </summary>
    public int CountWorkingDays(DateOnly fromExclusive, DateOnly toInclusive) =>
        Ordinal(toInclusive.DayNumber) - Ordinal(fromExclusive.DayNumber);

    // Working days from 0001-01-01 up to and including the day. Counting and adding are both
    // differences of this one function, which is what keeps them consistent, and it costs two
    // binary searches however long the span.
    private int Ordinal(int dayNumber)
    {
        // Day number 0, 0001-01-01, is a Monday: each full week holds five weekdays.
        var days = dayNumber + 1;
        var weekdays = (days / 7 * 5) + Math.Min(days % 7, 5);
        return weekdays - CountUpTo(_weekdayHolidays, dayNumber) + CountUpTo(_makeUpWorkdays, dayNumber);
    }

    private static int CountUpTo(int[] sorted, int dayNumber)
    {
        var index = Array.BinarySearch(sorted, dayNumber);
        return index >= 0 ? index + 1 : ~index;
    }

    private static List<string> FindErrors(List<HolidaySchedule> schedules)
    {
        var errors = new List<string>();
        foreach (var schedule in schedules)
        {
            if (schedule is null)
                errors.Add(Common.Messages.ScheduleMissing.Text);
            else
                errors.AddRange(schedule.Validate().Select(e => $"{schedule.Year}: {e.Text}"));
        }

        errors.AddRange(schedules.Where(s => s is not null).GroupBy(s => s.Year).Where(g => g.Count() > 1)
            .Select(g => Common.Messages.ScheduleEnteredTwice(g.Key, g.Count()).Text));
        return errors;
    }
}
