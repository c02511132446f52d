using Disclosure.Workflows.Calendar;
using static Disclosure.Workflows.Tests.Calendar.TestDates;

namespace Disclosure.Workflows.Tests.Calendar;

// Dates below are copied from BRIEF.md §8 independently of the shipped table, so a typo in either
// shows up as a failure.
public sealed class ShippedHolidaySchedulesTests
{
    private static readonly WorkingDayCalendar Calendar = new(ShippedHolidaySchedules.All);

    [Fact]
    public void All_Holds2023To2026_InYearOrder_AndEveryScheduleIsValid()
    {
        Assert.Equal([2023, 2024, 2025, 2026], ShippedHolidaySchedules.All.Select(s => s.Year));
        Assert.All(ShippedHolidaySchedules.All, s => Assert.Empty(s.Validate()));
    }

    [Theory]
    // 2023: 01-01–01-02 (12-31 of 2022 dropped) 2 + 7 + 1 + 5 + 3 + 8, plus 12-30/12-31 from 2024's range.
    [InlineData(2023, 28, 7)]
    // 2024: 01-01 (12-30/12-31 moved to 2023) 1 + 8 + 3 + 5 + 3 + 3 + 7.
    [InlineData(2024, 30, 8)]
    [InlineData(2025, 28, 5)] // 1 + 8 + 3 + 5 + 3 + 8
    [InlineData(2026, 33, 6)] // 3 + 9 + 3 + 5 + 3 + 3 + 7
    public void Schedule_HasTheBriefsNumberOfDays(int year, int holidays, int makeUpWorkdays)
    {
        var schedule = ShippedHolidaySchedules.All.Single(s => s.Year == year);

        Assert.Equal(holidays, schedule.Holidays.Count);
        Assert.Equal(makeUpWorkdays, schedule.MakeUpWorkdays.Count);
    }

    [Fact]
    public void YearEndRanges_AreStoredInTheYearEachDayFallsIn()
    {
        var y2023 = ShippedHolidaySchedules.All.Single(s => s.Year == 2023);
        var y2024 = ShippedHolidaySchedules.All.Single(s => s.Year == 2024);

        Assert.Equal([Day("2023-01-01"), Day("2023-01-02")], y2023.Holidays.Take(2));
        Assert.Equal([Day("2023-12-30"), Day("2023-12-31")], y2023.Holidays.TakeLast(2));
        Assert.Equal(Day("2024-01-01"), y2024.Holidays[0]);
        Assert.DoesNotContain(ShippedHolidaySchedules.All.SelectMany(s => s.Holidays), d => d.Year == 2022);
    }

    // Working days per year computed by hand: weekdays − holidays falling on weekdays + make-up days.
    [Theory]
    [InlineData(2023, 249)] // 260 weekdays (starts Sunday) − 18 + 7
    [InlineData(2024, 251)] // 262 weekdays (leap, starts Monday) − 19 + 8
    [InlineData(2025, 248)] // 261 weekdays (starts Wednesday) − 18 + 5
    [InlineData(2026, 248)] // 261 weekdays (starts Thursday) − 19 + 6
    public void Year_HasTheHandCountedNumberOfWorkingDays(int year, int workingDays)
    {
        Assert.Equal(workingDays, Calendar.CountWorkingDays(new DateOnly(year - 1, 12, 31), new DateOnly(year, 12, 31)));
    }

    // At least one weekday from every holiday range of every year; weekdays, so only the schedule
    // can make them days off.
    [Theory]
    [InlineData("2023-01-02")]
    [InlineData("2023-01-23")]
    [InlineData("2023-01-27")]
    [InlineData("2023-04-05")]
    [InlineData("2023-05-01")]
    [InlineData("2023-05-03")]
    [InlineData("2023-06-22")]
    [InlineData("2023-06-23")]
    [InlineData("2023-09-29")]
    [InlineData("2023-10-06")]
    [InlineData("2024-01-01")]
    [InlineData("2024-02-12")]
    [InlineData("2024-02-16")]
    [InlineData("2024-04-04")]
    [InlineData("2024-04-05")]
    [InlineData("2024-05-01")]
    [InlineData("2024-05-03")]
    [InlineData("2024-06-10")]
    [InlineData("2024-09-16")]
    [InlineData("2024-09-17")]
    [InlineData("2024-10-01")]
    [InlineData("2024-10-07")]
    [InlineData("2025-01-01")]
    [InlineData("2025-01-28")]
    [InlineData("2025-02-04")]
    [InlineData("2025-04-04")]
    [InlineData("2025-05-01")]
    [InlineData("2025-05-05")]
    [InlineData("2025-06-02")]
    [InlineData("2025-10-01")]
    [InlineData("2025-10-08")]
    [InlineData("2026-01-01")]
    [InlineData("2026-01-02")]
    [InlineData("2026-02-16")]
    [InlineData("2026-02-23")]
    [InlineData("2026-04-06")]
    [InlineData("2026-05-04")]
    [InlineData("2026-05-05")]
    [InlineData("2026-06-19")]
    [InlineData("2026-09-25")]
    [InlineData("2026-10-01")]
    [InlineData("2026-10-07")]
    public void IsWorkingDay_IsFalse_OnAWeekdayHoliday(string iso)
    {
        var day = Day(iso);
        Assert.False(IsWeekend(day), $"{iso} should be a weekday for this test to mean anything");

        Assert.False(Calendar.IsWorkingDay(day));
    }

    // Every make-up day of every year.
    [Theory]
    [InlineData("2023-01-28")]
    [InlineData("2023-01-29")]
    [InlineData("2023-04-23")]
    [InlineData("2023-05-06")]
    [InlineData("2023-06-25")]
    [InlineData("2023-10-07")]
    [InlineData("2023-10-08")]
    [InlineData("2024-02-04")]
    [InlineData("2024-02-18")]
    [InlineData("2024-04-07")]
    [InlineData("2024-04-28")]
    [InlineData("2024-05-11")]
    [InlineData("2024-09-14")]
    [InlineData("2024-09-29")]
    [InlineData("2024-10-12")]
    [InlineData("2025-01-26")]
    [InlineData("2025-02-08")]
    [InlineData("2025-04-27")]
    [InlineData("2025-09-28")]
    [InlineData("2025-10-11")]
    [InlineData("2026-01-04")]
    [InlineData("2026-02-14")]
    [InlineData("2026-02-28")]
    [InlineData("2026-05-09")]
    [InlineData("2026-09-20")]
    [InlineData("2026-10-10")]
    public void IsWorkingDay_IsTrue_OnAMakeUpWeekendDay(string iso)
    {
        var day = Day(iso);
        Assert.True(IsWeekend(day), $"{iso} should be a weekend day for this test to mean anything");

        Assert.True(Calendar.IsWorkingDay(day));
    }

    [Theory]
    [InlineData("2023-03-18")]
    [InlineData("2023-11-26")]
    [InlineData("2024-03-09")]
    [InlineData("2024-11-24")]
    [InlineData("2025-03-15")]
    [InlineData("2025-11-23")]
    [InlineData("2026-03-14")]
    [InlineData("2026-11-22")]
    public void IsWorkingDay_IsFalse_OnAnOrdinaryWeekend(string iso)
    {
        var day = Day(iso);
        Assert.True(IsWeekend(day), $"{iso} should be a weekend day for this test to mean anything");

        Assert.False(Calendar.IsWorkingDay(day));
    }

    [Theory]
    [InlineData("2023-03-15")]
    [InlineData("2023-12-29")]
    [InlineData("2024-02-09")] // 除夕: staff are encouraged to take it off, but it is not a holiday.
    [InlineData("2024-03-13")]
    [InlineData("2025-03-12")]
    [InlineData("2025-12-31")]
    [InlineData("2026-02-13")]
    [InlineData("2026-03-11")]
    [InlineData("2026-12-31")]
    public void IsWorkingDay_IsTrue_OnAnOrdinaryWeekday(string iso)
    {
        var day = Day(iso);
        Assert.False(IsWeekend(day), $"{iso} should be a weekday for this test to mean anything");

        Assert.True(Calendar.IsWorkingDay(day));
    }
}
