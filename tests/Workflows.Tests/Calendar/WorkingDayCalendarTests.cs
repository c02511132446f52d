using Disclosure.Workflows.Calendar;
using static Disclosure.Workflows.Tests.Calendar.TestDates;

namespace Disclosure.Workflows.Tests.Calendar;

public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = new(ShippedHolidaySchedules.All);

    [Fact]
    public void AddWorkingDays_SkipsSpringFestival_2024()
    {
        // 02-10–02-17 off; Sunday 02-18 is worked. 除夕 (Friday 02-09) is an ordinary working day.
        Assert.Equal(Day("2024-02-18"), Calendar.AddWorkingDays(Day("2024-02-09"), 1));
        Assert.Equal(Day("2024-02-18"), Calendar.AddWorkingDays(Day("2024-02-08"), 2));
        Assert.Equal(Day("2024-02-19"), Calendar.AddWorkingDays(Day("2024-02-09"), 2));
    }

    [Fact]
    public void AddWorkingDays_SkipsSpringFestival_2026()
    {
        // Saturday 02-14 is worked, then 02-15–02-23 off.
        Assert.Equal(Day("2026-02-14"), Calendar.AddWorkingDays(Day("2026-02-13"), 1));
        Assert.Equal(Day("2026-02-24"), Calendar.AddWorkingDays(Day("2026-02-13"), 2));
    }

    [Fact]
    public void AddWorkingDays_SkipsNationalDay_2025()
    {
        // Sunday 09-28 is worked, 10-01–10-08 off, Saturday 10-11 is worked.
        Assert.Equal(Day("2025-09-28"), Calendar.AddWorkingDays(Day("2025-09-26"), 1));
        Assert.Equal(Day("2025-10-09"), Calendar.AddWorkingDays(Day("2025-09-30"), 1));
        Assert.Equal(Day("2025-10-11"), Calendar.AddWorkingDays(Day("2025-09-30"), 3));
    }

    [Fact]
    public void AddWorkingDays_CountsAMakeUpSaturday_2023()
    {
        Assert.Equal(Day("2023-05-06"), Calendar.AddWorkingDays(Day("2023-05-05"), 1));
        Assert.Equal(Day("2023-05-08"), Calendar.AddWorkingDays(Day("2023-05-05"), 2));
    }

    [Fact]
    public void AddWorkingDays_PublicationDeadline_HandComputed_2026()
    {
        // Formed Thursday 2026-09-24; 20 working days (Art. 26) by the 2026 schedule:
        //   09-25 Fri – 09-27 Sun   mid-autumn holiday
        //   09-28 Mon – 09-30 Wed   1–3
        //   10-01 Thu – 10-07 Wed   National Day holiday
        //   10-08 Thu, 10-09 Fri    4–5
        //   10-10 Sat (make-up)     6        10-11 Sun off
        //   10-12 Mon – 10-16 Fri   7–11
        //   10-19 Mon – 10-23 Fri   12–16
        //   10-26 Mon – 10-29 Thu   17–20
        Assert.Equal(Day("2026-10-29"), Calendar.AddWorkingDays(Day("2026-09-24"), 20));
    }

    [Fact]
    public void AddWorkingDays_ThirdPartyPeriod_HandComputed_2025()
    {
        // Received Thursday 2025-09-25; 15 working days (Art. 32): 09-26 Fri 1, 09-28 Sun (make-up) 2,
        // 09-29/30 3–4, 10-01–10-08 off, 10-09/10 5–6, 10-11 Sat (make-up) 7, 10-13–10-17 8–12,
        // 10-20–10-22 13–15.
        Assert.Equal(Day("2025-10-22"), Calendar.AddWorkingDays(Day("2025-09-25"), 15));
    }

    [Fact]
    public void AddWorkingDays_CrossesYearEnd_2023To2024()
    {
        // 12-30/12-31 are weekend days of the New Year range, Monday 01-01 is the holiday itself.
        Assert.Equal(Day("2024-01-02"), Calendar.AddWorkingDays(Day("2023-12-29"), 1));
    }

    [Fact]
    public void AddWorkingDays_CrossesYearEnd_2025To2026()
    {
        // 01-01–01-03 off, Sunday 01-04 is worked.
        Assert.Equal(Day("2026-01-04"), Calendar.AddWorkingDays(Day("2025-12-31"), 1));
        Assert.Equal(Day("2026-01-05"), Calendar.AddWorkingDays(Day("2025-12-31"), 2));
    }

    [Fact]
    public void AddWorkingDays_CountsWeekdaysOnly_InAnUnscheduledYear_AndReportsIt()
    {
        // 2027-01-01 will surely be a holiday, but with no schedule entered only weekends are off.
        var due = Calendar.AddWorkingDays(Day("2026-12-31"), 3);

        Assert.Equal(Day("2027-01-05"), due);
        Assert.Equal(Day("2027-01-01"), Calendar.AddWorkingDays(Day("2026-12-31"), 1));
        Assert.False(Calendar.HasSchedule(2027));
        Assert.Equal([2027], Calendar.UnscheduledYearsBetween(Day("2026-12-31"), due));
    }

    [Fact]
    public void AddWorkingDays_ReturnsStart_ForZero_EvenOnAHoliday()
    {
        Assert.Equal(Day("2024-10-01"), Calendar.AddWorkingDays(Day("2024-10-01"), 0));
    }

    [Fact]
    public void AddWorkingDays_FromAHoliday_CountsTheNextWorkingDayAsOne()
    {
        Assert.Equal(Day("2024-10-08"), Calendar.AddWorkingDays(Day("2024-10-03"), 1));
    }

    [Fact]
    public void AddWorkingDays_Throws_ForANegativeCount()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(Day("2024-01-02"), -1));

        Assert.Equal("workingDays", error.ParamName);
    }

    [Fact]
    public void AddWorkingDays_Throws_WhenTheResultIsPastTheLastDate()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(new DateOnly(9999, 12, 28), 10));
        Assert.Equal(new DateOnly(9999, 12, 31), Calendar.AddWorkingDays(new DateOnly(9999, 12, 30), 1));
    }

    [Fact]
    public void CountWorkingDays_ExcludesTheStart_AndIncludesTheEnd()
    {
        // 10-01–10-07 off, 10-08 Tue – 10-11 Fri, then Saturday 10-12 is worked.
        Assert.Equal(5, Calendar.CountWorkingDays(Day("2024-09-30"), Day("2024-10-12")));
        Assert.Equal(0, Calendar.CountWorkingDays(Day("2024-10-08"), Day("2024-10-08")));
        Assert.Equal(1, Calendar.CountWorkingDays(Day("2024-10-07"), Day("2024-10-08")));
    }

    [Fact]
    public void CountWorkingDays_IsNegative_WhenTheEndIsEarlier()
    {
        Assert.Equal(-1, Calendar.CountWorkingDays(Day("2024-02-18"), Day("2024-02-09")));
        Assert.Equal(-5, Calendar.CountWorkingDays(Day("2024-10-12"), Day("2024-09-30")));
    }

    [Fact]
    public void Calendar_WithoutSchedules_CountsMondayToFridayOnly()
    {
        var weekdaysOnly = new WorkingDayCalendar([]);

        Assert.True(weekdaysOnly.IsWorkingDay(Day("2024-10-01")));
        Assert.False(weekdaysOnly.IsWorkingDay(Day("2024-10-12")));
        Assert.Equal(Day("2024-09-30"), weekdaysOnly.AddWorkingDays(Day("2024-09-27"), 1));
        // 2000 is a leap year starting on a Saturday: 52 full weeks plus Saturday and Sunday.
        Assert.Equal(260, weekdaysOnly.CountWorkingDays(Day("1999-12-31"), Day("2000-12-31")));
    }

    [Fact]
    public void ScheduledYears_AreTheShippedYears()
    {
        Assert.Equal(new HashSet<int> { 2023, 2024, 2025, 2026 }, Calendar.ScheduledYears);
        Assert.True(Calendar.HasSchedule(2024));
        Assert.False(Calendar.HasSchedule(2022));
    }

    [Fact]
    public void UnscheduledYearsBetween_ListsEveryMissingYear_InEitherOrder()
    {
        Assert.Equal([2021, 2022, 2027, 2028], Calendar.UnscheduledYearsBetween(Day("2021-06-01"), Day("2028-01-01")));
        Assert.Equal([2021, 2022, 2027, 2028], Calendar.UnscheduledYearsBetween(Day("2028-01-01"), Day("2021-06-01")));
        Assert.Empty(Calendar.UnscheduledYearsBetween(Day("2023-01-01"), Day("2026-12-31")));
    }

    [Fact]
    public void Constructor_RejectsAnInvalidSchedule_NamingTheProblem()
    {
        var invalid = new HolidaySchedule(2027, [], [Day("2027-10-11")]);

        var error = Assert.Throws<ArgumentException>(() => new WorkingDayCalendar([invalid]));

        Assert.Contains("2027: 2027-10-11 不是周末", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_RejectsTwoSchedulesForOneYear()
    {
        var first = new HolidaySchedule(2027, [Day("2027-01-01")], []);
        var second = new HolidaySchedule(2027, [Day("2027-05-03")], []);

        var error = Assert.Throws<ArgumentException>(() => new WorkingDayCalendar([first, second]));

        Assert.Contains("2027 年的安排录入了 2 次", error.Message, StringComparison.Ordinal);
    }
}
