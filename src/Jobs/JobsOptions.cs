namespace Disclosure.Jobs;

/// <summary>Configuration section <c>Jobs</c>.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Run a Hangfire server in this process; switch off for web-only nodes.</summary>
    public bool RunServer { get; set; } = true;

    public int WorkerCount { get; set; } = 4;

    /// <summary>How often the Hangfire server looks for scheduled (delayed) jobs that are due.</summary>
    public TimeSpan SchedulePollingInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often a node with a job server looks for task deadlines that are due (ADR 0008).</summary>
    public TimeSpan DeadlinePollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How many due deadlines a node fires at once, each in its own transaction (ADR 0008). One after
    /// another, a backlog (everything due while a node was down, or every working-day deadline of a
    /// day, which fall due at the same instant) made the ones behind it seconds late.
    /// </summary>
    public int DeadlineConcurrency { get; set; } = 4;

    public ScheduleOptions Schedules { get; set; } = new();
}

/// <summary>Cron expressions of the recurring jobs, in the office's time zone.</summary>
public sealed class ScheduleOptions
{
    public string DeadlineSweep { get; set; } = "* * * * *";

    public string PeriodicDue { get; set; } = "0 7 * * *";

    public string LongTermStale { get; set; } = "10 7 * * *";

    public string LatePublication { get; set; } = "20 7 * * *";

    public string TaskReminders { get; set; } = "*/15 * * * *";

    /// <summary>Instance clocks (an application's answer period): reminders and overdue flags.</summary>
    public string ClockDeadlines { get; set; } = "30 7 * * *";

    /// <summary>2 January: the draft annual report for the year just ended (Art. 49: published by 31 January).</summary>
    public string AnnualReport { get; set; } = "0 8 2 1 *";

    public string OutboxDelivery { get; set; } = "* * * * *";
}
