using System.Globalization;
using Disclosure.Workflows.Common;

namespace Disclosure.Workflows.Calendar;

/// <summary>An inclusive run of days, as the State Council's notice writes a holiday: 02-15 至 02-23.</summary>
public sealed record DayRange(DateOnly First, DateOnly Last)
{
    public int Days => Last.DayNumber - First.DayNumber + 1;

    public IEnumerable<DateOnly> Each() => Enumerable.Range(0, Days).Select(First.AddDays);

    /// <summary>"02-15 至 02-23" (or "01-01" for one day); days of another year keep their year.</summary>
    public string Format(int year) => First == Last ? Day(First, year) : $"{Day(First, year)} 至 {Day(Last, year)}";

    internal static string Day(DateOnly day, int year) =>
        day.ToString(day.Year == year ? "MM-dd" : "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>
/// Reads and writes a year's schedule the way the State Council's notice prints it: holidays as
/// ranges (<c>02-15 至 02-23</c>), weekend days worked as a list (<c>02-14、02-28</c>). The schedule
/// itself stores single days; a stored year is shown as the runs of consecutive days it holds, so
/// what an administrator entered, weekend days inside a holiday included, is what they see.
/// </summary>
public static class HolidayRanges
{
    private static readonly string[] RangeMarks = ["至", "..", "~", "～", "—", "–"];
    private static readonly char[] ListSeparators = [',', '，', '、', ';', '；', ' ', '\t', '\r', '\n'];

    /// <summary>Consecutive days merged into ranges, in order.</summary>
    public static IReadOnlyList<DayRange> Group(IEnumerable<DateOnly> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var ranges = new List<DayRange>();
        foreach (var day in days.Distinct().Order())
        {
            if (ranges.Count > 0 && ranges[^1].Last.AddDays(1) == day)
            {
                ranges[^1] = ranges[^1] with { Last = day };
            }
            else
            {
                ranges.Add(new DayRange(day, day));
            }
        }

        return ranges;
    }

    /// <summary>One range per line, as entered.</summary>
    public static string FormatRanges(IEnumerable<DateOnly> days, int year) =>
        string.Join("\n", Group(days).Select(r => r.Format(year)));

    /// <summary>Single days in a list: 01-04、02-14、02-28.</summary>
    public static string FormatList(IEnumerable<DateOnly> days, int year)
    {
        ArgumentNullException.ThrowIfNull(days);
        return string.Join("、", days.Distinct().Order().Select(d => DayRange.Day(d, year)));
    }

    /// <summary>
    /// Reads holiday ranges, one per line. Days may be written MM-dd (in <paramref name="year"/>)
    /// or yyyy-MM-dd; the two ends are joined by 至 (or .. ~ –). Every problem is reported.
    /// </summary>
    public static (IReadOnlyList<DayRange> Ranges, IReadOnlyList<UserMessage> Problems) ParseRanges(string? text, int year)
    {
        var ranges = new List<(DayRange Range, string Line)>();
        var problems = new List<UserMessage>();
        foreach (var line in (text ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            var mark = RangeMarks.FirstOrDefault(m => line.Contains(m, StringComparison.Ordinal));
            var ends = mark is null ? [line] : line.Split(mark, 2, StringSplitOptions.TrimEntries);
            if (!TryDay(ends[0], year, out var first) || !TryDay(ends[^1], year, out var last))
            {
                problems.Add(Messages.HolidayRangeInvalid(line));
            }
            else if (last < first)
            {
                problems.Add(Messages.HolidayRangeBackwards(line));
            }
            else
            {
                var range = new DayRange(first, last);
                foreach (var (other, otherLine) in ranges.Where(r => r.Range.First <= last && first <= r.Range.Last))
                {
                    problems.Add(Messages.HolidayRangeOverlaps(otherLine, line));
                }

                ranges.Add((range, line));
            }
        }

        return (ranges.Select(r => r.Range).ToList(), problems);
    }

    /// <summary>Reads single days separated by commas, 、 or line breaks.</summary>
    public static (IReadOnlyList<DateOnly> Days, IReadOnlyList<UserMessage> Problems) ParseList(string? text, int year)
    {
        var days = new List<DateOnly>();
        var problems = new List<UserMessage>();
        foreach (var part in (text ?? string.Empty).Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (TryDay(part, year, out var day))
            {
                days.Add(day);
            }
            else
            {
                problems.Add(Messages.HolidayRangeInvalid(part));
            }
        }

        return (days, problems);
    }

    private static bool TryDay(string text, int year, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day)
        || DateOnly.TryParseExact($"{year:D4}-{text}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day)
        || DateOnly.TryParseExact($"{year:D4}-{text}", "yyyy-M-d", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
