using Disclosure.Jobs.Engine;
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
        recurring.AddOrUpdate<DeadlineSweepJob>(DeadlineSweepJob.Id, job => job.RunAsync(CancellationToken.None), options.Schedules.DeadlineSweep, zone);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
