using Disclosure.Jobs.Engine;
using Disclosure.Jobs.Monitoring;
using Hangfire;
using Microsoft.Extensions.Hosting;

namespace Disclosure.Jobs;

/// <summary>
/// The one place recurring jobs are scheduled, from <c>Jobs:Schedules</c> (cron, Asia/Shanghai).
/// Runs after the database start-up so the Hangfire schema exists.
/// </summary>
internal sealed class RecurringSchedules(IRecurringJobManager recurring, JobsOptions options) : IHostedService
{
    public static readonly TimeZoneInfo OfficeTimeZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var zone = new RecurringJobOptions { TimeZone = OfficeTimeZone };
        var schedules = options.Schedules;
        recurring.AddOrUpdate<DeadlineSweepJob>(DeadlineSweepJob.Id, job => job.RunAsync(CancellationToken.None), schedules.DeadlineSweep, zone);
        recurring.AddOrUpdate<PeriodicDueJob>(PeriodicDueJob.Id, job => job.RunAsync(CancellationToken.None), schedules.PeriodicDue, zone);
        recurring.AddOrUpdate<LongTermStaleJob>(LongTermStaleJob.Id, job => job.RunAsync(CancellationToken.None), schedules.LongTermStale, zone);
        recurring.AddOrUpdate<LatePublicationJob>(LatePublicationJob.Id, job => job.RunAsync(CancellationToken.None), schedules.LatePublication, zone);
        recurring.AddOrUpdate<TaskReminderJob>(TaskReminderJob.Id, job => job.RunAsync(CancellationToken.None), schedules.TaskReminders, zone);
        recurring.AddOrUpdate<ClockDeadlinesJob>(ClockDeadlinesJob.Id, job => job.RunAsync(CancellationToken.None), schedules.ClockDeadlines, zone);
        recurring.AddOrUpdate<AnnualReportJob>(AnnualReportJob.Id, job => job.RunAsync(CancellationToken.None), schedules.AnnualReport, zone);
        recurring.AddOrUpdate<OutboxDeliveryJob>(OutboxDeliveryJob.Id, job => job.RunAsync(CancellationToken.None), schedules.OutboxDelivery, zone);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
