using Disclosure.Workflows.Common;

namespace Disclosure.Workflows.Calendar;

/// <summary>How long until a task is due, as the task list and task screen say it.</summary>
public sealed record TimeLeft(bool Overdue, int? WorkingDays, TimeSpan? Span)
{
    /// <summary>
    /// Working days while a day or more is left (or late); hours and minutes under a day, so an
    /// immediate notice due in three hours does not read "0 个工作日".
    /// </summary>
    public static TimeLeft Until(DateTimeOffset due, DateTimeOffset now, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var remaining = due - now;
        if (remaining > TimeSpan.Zero)
        {
            return remaining < TimeSpan.FromDays(1)
                ? new TimeLeft(false, null, remaining)
                : new TimeLeft(false, calendar.CountWorkingDays(WorkingDayCalendar.DateOf(now), WorkingDayCalendar.DateOf(due)), null);
        }

        var late = now - due;
        return late < TimeSpan.FromDays(1)
            ? new TimeLeft(true, null, late)
            : new TimeLeft(true, Math.Max(1, calendar.CountWorkingDays(WorkingDayCalendar.DateOf(due), WorkingDayCalendar.DateOf(now))), null);
    }

    public override string ToString() => (Overdue, WorkingDays, Span) switch
    {
        (false, { } days, _) => Messages.WorkingDaysLeft(days).Text,
        (true, { } days, _) => Messages.OverdueWorkingDays(days).Text,
        (false, _, { } span) => Messages.HoursLeft((int)span.TotalHours, span.Minutes).Text,
        (true, _, { } span) => Messages.OverdueHours((int)span.TotalHours, span.Minutes).Text,
        _ => string.Empty,
    };
}
