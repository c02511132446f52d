namespace Disclosure.Workflows.Calendar;

public sealed partial class WorkingDayCalendar
{
    // The office keeps Beijing time whatever zone the server runs in: a day, and so a deadline,
    // turns over at midnight in Shanghai, not at midnight UTC or server-local time.
    private static readonly TimeZoneInfo ChinaTime = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private static readonly TimeOnly LastMillisecond = new(23, 59, 59, 999);

    /// <summary>Today's date in China (Asia/Shanghai) by the given clock.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOf(clock.GetUtcNow());
    }

    /// <summary>The date in China (Asia/Shanghai) at the given instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, ChinaTime).DateTime);

    /// <summary>
    /// 23:59:59.999 on the day in China (+08:00): the instant by which something "due by the end of
    /// the N-th working day" must be done. Comparing <see cref="DateOf"/> with the due date is the
    /// exact test; this instant is for display and for scheduling a reminder.
    /// </summary>
    public static DateTimeOffset EndOfDay(DateOnly day)
    {
        var local = day.ToDateTime(LastMillisecond);
        return new DateTimeOffset(local, ChinaTime.GetUtcOffset(local));
    }
}
