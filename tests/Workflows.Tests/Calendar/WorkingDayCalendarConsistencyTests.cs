using Disclosure.Workflows.Calendar;
using static Disclosure.Workflows.Tests.Calendar.TestDates;

namespace Disclosure.Workflows.Tests.Calendar;

// AddWorkingDays and CountWorkingDays are computed arithmetically; these tests hold them against
// a plain day-by-day walk over IsWorkingDay, whose answers the per-year tests pin down.
public sealed class WorkingDayCalendarConsistencyTests
{
    private static readonly WorkingDayCalendar Calendar = new(ShippedHolidaySchedules.All);

    private static readonly int[] Counts = [0, 1, 2, 5, 7, 15, 20, 40];

    [Fact]
    public void AddWorkingDays_MatchesADayByDayWalk_FromEveryDayOfTheShippedYears()
    {
        // A week either side so the unscheduled years' edges are covered too.
        for (var start = Day("2022-12-25"); start <= Day("2027-01-07"); start = start.AddDays(1))
        {
            foreach (var n in Counts)
            {
                var due = Calendar.AddWorkingDays(start, n);

                Assert.True(due == WalkForward(start, n), $"AddWorkingDays({start:yyyy-MM-dd}, {n}) = {due:yyyy-MM-dd}");
                Assert.True(n == 0 || Calendar.IsWorkingDay(due), $"{due:yyyy-MM-dd} is not a working day");
                Assert.Equal(n, Calendar.CountWorkingDays(start, due));
                Assert.Equal(-n, Calendar.CountWorkingDays(due, start));
            }
        }
    }

    [Fact]
    public void CountWorkingDays_MatchesADayByDayWalk_OverManySpans()
    {
        int[] lengths = [1, 3, 10, 45, 400];
        for (var from = Day("2022-11-01"); from <= Day("2026-12-31"); from = from.AddDays(1))
        {
            foreach (var length in lengths)
            {
                var to = from.AddDays(length);
                Assert.True(
                    WalkCount(from, to) == Calendar.CountWorkingDays(from, to),
                    $"CountWorkingDays({from:yyyy-MM-dd}, {to:yyyy-MM-dd})");
            }
        }
    }

    [Theory]
    [InlineData("2023-01-01", 1000)]
    [InlineData("2020-06-15", 5000)]
    [InlineData("2024-02-09", 250)]
    public void AddWorkingDays_MatchesADayByDayWalk_OverLongSpans(string start, int n)
    {
        Assert.Equal(WalkForward(Day(start), n), Calendar.AddWorkingDays(Day(start), n));
    }

    [Fact]
    public void CountWorkingDays_MatchesADayByDayWalk_OverTheWholeDateRange()
    {
        // Also checks the weekday arithmetic is anchored right: 0001-01-01 must be a Monday.
        Assert.Equal(WalkCount(DateOnly.MinValue, DateOnly.MaxValue), Calendar.CountWorkingDays(DateOnly.MinValue, DateOnly.MaxValue));
    }

    private static DateOnly WalkForward(DateOnly start, int n)
    {
        var day = start;
        for (var found = 0; found < n;)
        {
            day = day.AddDays(1);
            if (Calendar.IsWorkingDay(day))
                found++;
        }

        return day;
    }

    private static int WalkCount(DateOnly fromExclusive, DateOnly toInclusive)
    {
        var count = 0;
        for (var day = fromExclusive; day < toInclusive; day = day.AddDays(1))
        {
            if (Calendar.IsWorkingDay(day.AddDays(1)))
                count++;
        }

        return count;
    }
}
