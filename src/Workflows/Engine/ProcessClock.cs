using Disclosure.Workflows.Calendar;

namespace Disclosure.Workflows.Engine;

public enum ClockState
{
    Running,

    /// <summary>Standing still while the instance waits at a pausing step (or for a restart).</summary>
    Paused,

    /// <summary>The instance ended; the clock no longer runs.</summary>
    Stopped,
}

/// <summary>
/// An instance's legal clock on the working-day calendar (a definition's <c>settings.clock</c>): due
/// at the end of the (budget + paused)-th working day after the start day. Pausing at day P and
/// resuming at day R leaves the working days in (P, R] uncounted; a restart starts the count afresh
/// from the day it happens (the next working day when it happens on a day off); an extension adds
/// working days to the budget. Pure state: the engine decides when (steps, people), the calendar
/// counts.
/// </summary>
public sealed class ProcessClock
{
    private ProcessClock()
    {
    }

    /// <summary>Counting starts after this day (the day itself is not counted).</summary>
    public DateOnly StartedOn { get; private set; }

    /// <summary>The statutory working days plus every extension granted.</summary>
    public int WorkingDays { get; private set; }

    /// <summary>Working days not counted because the clock was paused.</summary>
    public int PausedWorkingDays { get; private set; }

    public DateOnly? PausedOn { get; private set; }

    /// <summary>How many pausing steps the instance waits at now (parallel paths may hold several).</summary>
    public int Pauses { get; private set; }

    /// <summary>True when the clock starts afresh once the steps holding it are left.</summary>
    public bool RestartPending { get; private set; }

    public int Extensions { get; private set; }

    public int ExtendedWorkingDays { get; private set; }

    public int Restarts { get; private set; }

    public ClockState State { get; private set; }

    /// <summary>The last day; while paused, the last day as it stood when the pause began.</summary>
    public DateOnly DueOn { get; private set; }

    public DateTimeOffset? StoppedAt { get; private set; }

    /// <summary>Running and past its last day.</summary>
    public bool IsOverdueOn(DateOnly today) => State == ClockState.Running && today > DueOn;

    /// <summary>Working days left after today (negative: overdue by that many); null while not running.</summary>
    public int? WorkingDaysLeft(WorkingDayCalendar calendar, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return State == ClockState.Running ? calendar.CountWorkingDays(today, DueOn) : null;
    }

    public static ProcessClock Start(DateOnly on, int workingDays, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var clock = new ProcessClock { StartedOn = on, WorkingDays = workingDays, State = ClockState.Running };
        clock.Recompute(calendar);
        return clock;
    }

    /// <summary>A step that pauses (or restarts) the clock is entered on <paramref name="today"/>.</summary>
    internal void Pause(DateOnly today, bool restart)
    {
        if (State == ClockState.Stopped)
        {
            return;
        }

        if (Pauses == 0)
        {
            PausedOn = today;
            State = ClockState.Paused;
        }

        Pauses++;
        RestartPending |= restart;
    }

    /// <summary>A step that paused the clock is left on <paramref name="today"/>; the last one lets it run again.</summary>
    internal void Resume(DateOnly today, WorkingDayCalendar calendar)
    {
        if (State != ClockState.Paused || Pauses == 0)
        {
            return;
        }

        if (--Pauses > 0)
        {
            return;
        }

        if (RestartPending)
        {
            // What restarts the count (a correction received) is received as an application is:
            // on a day off, on the next working day.
            StartedOn = calendar.ReceivedOn(today);
            PausedWorkingDays = 0;
            Restarts++;
            RestartPending = false;
        }
        else
        {
            PausedWorkingDays += Math.Max(0, calendar.CountWorkingDays(PausedOn!.Value, today));
        }

        PausedOn = null;
        State = ClockState.Running;
        Recompute(calendar);
    }

    internal void Extend(int workingDays, WorkingDayCalendar calendar)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workingDays);
        Extensions++;
        ExtendedWorkingDays += workingDays;
        WorkingDays += workingDays;
        if (State == ClockState.Running)
        {
            Recompute(calendar);
        }
        else if (State == ClockState.Paused)
        {
            // Shown as it will stand on resuming today; resuming recomputes it from the real day.
            DueOn = calendar.AddWorkingDays(DueOn, workingDays);
        }
    }

    internal void Stop(DateTimeOffset at)
    {
        if (State != ClockState.Stopped)
        {
            State = ClockState.Stopped;
            StoppedAt = at;
        }
    }

    private void Recompute(WorkingDayCalendar calendar) => DueOn = calendar.AddWorkingDays(StartedOn, WorkingDays + PausedWorkingDays);
}
