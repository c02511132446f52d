using Disclosure.Workflows.Calendar;
using Microsoft.Extensions.Time.Testing;

namespace Disclosure.Workflows.Tests.Calendar;

public sealed class WorkingDayCalendarTimeTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [Fact]
    public void Today_IsTheShanghaiDate_WhenUtcIsStillTheDayBefore()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 16, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 1, 2), WorkingDayCalendar.Today(clock));
    }

    [Fact]
    public void Today_TurnsOverAtShanghaiMidnight()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 15, 59, 59, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2026, 1, 1), WorkingDayCalendar.Today(clock));

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(new DateOnly(2026, 1, 2), WorkingDayCalendar.Today(clock));
    }

    [Fact]
    public void Today_IgnoresTheClocksLocalTimeZone()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 16, 30, 0, TimeSpan.Zero));
        clock.SetLocalTimeZone(TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));

        Assert.Equal(new DateOnly(2026, 1, 2), WorkingDayCalendar.Today(clock));
    }

    [Fact]
    public void Today_Throws_WithoutAClock()
    {
        Assert.Throws<ArgumentNullException>(() => WorkingDayCalendar.Today(null!));
    }

    [Fact]
    public void DateOf_ConvertsAnyOffset_ToTheShanghaiDate()
    {
        var newYorkEvening = new DateTimeOffset(2026, 1, 1, 11, 30, 0, TimeSpan.FromHours(-5));

        Assert.Equal(new DateOnly(2026, 1, 2), WorkingDayCalendar.DateOf(newYorkEvening));
        Assert.Equal(new DateOnly(2026, 1, 2), WorkingDayCalendar.DateOf(new DateTimeOffset(2026, 1, 2, 0, 0, 0, Beijing)));
    }

    [Fact]
    public void EndOfDay_IsTheLastMillisecond_InBeijingTime()
    {
        var end = WorkingDayCalendar.EndOfDay(new DateOnly(2026, 10, 29));

        Assert.Equal(new DateTimeOffset(2026, 10, 29, 23, 59, 59, 999, Beijing), end);
        Assert.Equal(Beijing, end.Offset);
        Assert.Equal(new DateTime(2026, 10, 29, 15, 59, 59, 999, DateTimeKind.Utc), end.UtcDateTime);
    }

    [Fact]
    public void EndOfDay_StillBelongsToTheDay_AndOneMillisecondLaterIsTheNext()
    {
        var day = new DateOnly(2026, 10, 29);

        Assert.Equal(day, WorkingDayCalendar.DateOf(WorkingDayCalendar.EndOfDay(day)));
        Assert.Equal(day.AddDays(1), WorkingDayCalendar.DateOf(WorkingDayCalendar.EndOfDay(day).AddMilliseconds(1)));
    }
}
