using System.Globalization;

namespace Disclosure.Workflows.Calendar;

/// <summary>The State Council holiday arrangements published so far, shipped with the product.</summary>
/// <remarks>
/// Each announcement is split by calendar year (see <see cref="HolidaySchedule"/>): days an
/// announcement lists in an earlier shipped year go into that year's schedule (2024's 2023-12-30
/// and 2023-12-31 are in 2023), and days of a year not shipped at all are dropped (2023's
/// 2022-12-31). Years are announced each November; later years are entered by administrators.
/// </remarks>
public static class ShippedHolidaySchedules
{
    // Written as the announcements (and BRIEF.md §8) print them so the two can be compared line by
    // line: "MM-DD" is in the announcement's year, a full date is in another year, ".." joins the
    // inclusive ends of a range. Must stay above All: static initialisers run in text order.
    private static readonly Announcement[] Announcements =
    [
        new(2023,
            Holidays: "2022-12-31..01-02, 01-21..01-27, 04-05, 04-29..05-03, 06-22..06-24, 09-29..10-06",
            Workdays: "01-28, 01-29, 04-23, 05-06, 06-25, 10-07, 10-08"),
        new(2024,
            Holidays: "2023-12-30..01-01, 02-10..02-17, 04-04..04-06, 05-01..05-05, 06-08..06-10, 09-15..09-17, 10-01..10-07",
            Workdays: "02-04, 02-18, 04-07, 04-28, 05-11, 09-14, 09-29, 10-12"),
        new(2025,
            Holidays: "01-01, 01-28..02-04, 04-04..04-06, 05-01..05-05, 05-31..06-02, 10-01..10-08",
            Workdays: "01-26, 02-08, 04-27, 09-28, 10-11"),
        new(2026,
            Holidays: "01-01..01-03, 02-15..02-23, 04-04..04-06, 05-01..05-05, 06-19..06-21, 09-25..09-27, 10-01..10-07",
            Workdays: "01-04, 02-14, 02-28, 05-09, 09-20, 10-10"),
    ];

    /// <summary>One schedule per shipped year (2023–2026), in year order.</summary>
    public static IReadOnlyList<HolidaySchedule> All { get; } = Build(Announcements);

    private static HolidaySchedule[] Build(Announcement[] announcements)
    {
        var holidays = announcements.SelectMany(a => ParseDays(a.Year, a.Holidays)).ToArray();
        var workdays = announcements.SelectMany(a => ParseDays(a.Year, a.Workdays)).ToArray();
        return announcements
            .Select(a => a.Year)
            .Order()
            .Select(year => new HolidaySchedule(
                year,
                holidays.Where(d => d.Year == year).Order().ToArray(),
                workdays.Where(d => d.Year == year).Order().ToArray()))
            .ToArray();
    }

    private static IEnumerable<DateOnly> ParseDays(int year, string list)
    {
        foreach (var item in list.Split(',', StringSplitOptions.TrimEntries))
        {
            var ends = item.Split("..");
            var first = ParseDay(year, ends[0]);
            var last = ParseDay(year, ends[^1]);
            if (last < first)
                throw new InvalidOperationException($"Holiday range {item} of {year} ends before it starts.");
            for (var day = first; day <= last; day = day.AddDays(1))
                yield return day;
        }
    }

    private static DateOnly ParseDay(int year, string text) =>
        DateOnly.ParseExact(text.Length == 5 ? $"{year:D4}-{text}" : text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record Announcement(int Year, string Holidays, string Workdays);
}
