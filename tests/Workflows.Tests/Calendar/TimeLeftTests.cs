using Disclosure.Workflows.Calendar;

namespace Disclosure.Workflows.Tests.Calendar;

public sealed class TimeLeftTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private static readonly WorkingDayCalendar Calendar = new(ShippedHolidaySchedules.All);

    [Fact]
    public void UnderADay_ReadsInHoursAndMinutes()
    {
        var now = new DateTimeOffset(2026, 3, 2, 9, 0, 0, Beijing);

        var left = TimeLeft.Until(now.AddHours(3).AddMinutes(20), now, Calendar);

        Assert.Equal("剩余 3 小时 20 分钟", left.ToString());
        Assert.False(left.Overdue);
    }

    [Fact]
    public void ADayOrMore_ReadsInWorkingDays_SkippingTheWeekend()
    {
        // Friday morning to the end of the next Tuesday: Monday and Tuesday are the working days left.
        var now = new DateTimeOffset(2026, 3, 6, 9, 0, 0, Beijing);

        Assert.Equal("剩余 2 个工作日", TimeLeft.Until(WorkingDayCalendar.EndOfDay(new DateOnly(2026, 3, 10)), now, Calendar).ToString());
    }

    [Fact]
    public void PastTheDeadline_ReadsAsOverdue_InHoursThenInWorkingDays()
    {
        var due = new DateTimeOffset(2026, 3, 2, 17, 0, 0, Beijing);

        Assert.Equal("已超期 1 小时 30 分钟", TimeLeft.Until(due, due.AddMinutes(90), Calendar).ToString());
        var late = TimeLeft.Until(due, due.AddDays(3), Calendar);
        Assert.True(late.Overdue);
        Assert.Equal("已超期 3 个工作日", late.ToString());
    }
}
