using Disclosure.Workflows.Monitoring;
using Disclosure.Workflows.Notifications;
using Disclosure.Workflows.Operations;

namespace Disclosure.Jobs.Monitoring;

/// <summary>Flags periodic disclosures due soon or overdue and opens each period's drafting task.</summary>
public sealed class PeriodicDueJob(MonitoringScans scans, PeriodicDrafts drafts, JobLog log, TimeProvider clock)
{
    public const string Id = "periodic-due";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow();
        var result = await scans.PeriodicDueAsync(cancellationToken);
        var opened = await drafts.OpenAsync(cancellationToken);
        await log.RecordAsync(Id, started, $"{result}; drafting tasks opened {opened}", cancellationToken);
    }
}

/// <summary>Flags long-term items past their review interval (the drafters' review task).</summary>
public sealed class LongTermStaleJob(MonitoringScans scans, JobLog log, TimeProvider clock)
{
    public const string Id = "long-term-stale";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow();
        var result = await scans.LongTermStaleAsync(cancellationToken);
        await log.RecordAsync(Id, started, result.ToString(), cancellationToken);
    }
}

/// <summary>Flags information unpublished 20 working days after it was formed; tells the drafter and the leaders.</summary>
public sealed class LatePublicationJob(MonitoringScans scans, JobLog log, TimeProvider clock)
{
    public const string Id = "late-publication";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow();
        var result = await scans.LatePublicationAsync(cancellationToken);
        await log.RecordAsync(Id, started, result.ToString(), cancellationToken);
    }
}

/// <summary>Reminds of tasks due soon and escalates overdue ones to the leaders, once each.</summary>
public sealed class TaskReminderJob(MonitoringScans scans, JobLog log, TimeProvider clock)
{
    public const string Id = "task-reminders";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow();
        var result = await scans.TaskRemindersAsync(cancellationToken);
        await log.RecordAsync(Id, started, result.ToString(), cancellationToken);
    }
}

/// <summary>Sends what waits in the outbox; delivery retries with backoff inside the outbox itself.</summary>
public sealed class OutboxDeliveryJob(OutboxDelivery outbox)
{
    public const string Id = "outbox-delivery";

    [Hangfire.AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (await outbox.DeliverDueAsync(cancellationToken) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }
    }
}

/// <summary>Reminds of instance clocks about to run out (an application's answer period) and flags those that have.</summary>
public sealed class ClockDeadlinesJob(ClockScans scans, JobLog log, TimeProvider clock)
{
    public const string Id = "clock-deadlines";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow();
        var result = await scans.RunAsync(cancellationToken);
        await log.RecordAsync(Id, started, result.ToString(), cancellationToken);
    }
}

/// <summary>On 2 January: opens the draft annual report of the year just ended (once, however often it runs).</summary>
public sealed class AnnualReportJob(Workflows.Reports.AnnualReports reports, JobLog log, TimeProvider clock)
{
    public const string Id = "annual-report";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow();
        var year = Workflows.Calendar.WorkingDayCalendar.DateOf(started).Year - 1;
        var opened = await reports.OpenDraftAsync(year, cancellationToken);
        await log.RecordAsync(Id, started, opened ? $"opened the draft report for {year}" : $"the report for {year} exists", cancellationToken);
    }
}
