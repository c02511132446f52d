using Disclosure.Testing;
using Hangfire;
using Hangfire.Common;
using Hangfire.Server;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Disclosure.Jobs.Tests;

/// <summary>
/// The Workflows harness with the Jobs project wired as the Host wires it: Hangfire on the test's
/// PostgreSQL and the recurring schedules registered, but no job server, so nothing runs by itself.
/// A test triggers a recurring job by its id, as the dashboard's 立即执行 does (the job is enqueued
/// in Hangfire's storage), and performs it at once with Hangfire's own performer, the job created
/// in a DI scope by the Host's activator, on the harness's clock. What is tested is what Hangfire
/// would run, without waiting for a worker to pick it up.
/// </summary>
internal static class HangfireJobs
{
    public static async Task<WorkflowHarness> HarnessAsync(DateTimeOffset now)
    {
        var harness = await WorkflowHarness.CreateAsync(now, build: builder =>
        {
            builder.Configuration["Jobs:RunServer"] = "false";
            builder.AddJobs();
        });
        // The schedules as the Host registers them, through a manager on this harness's storage rather
        // than the container's: resolving that one sets Hangfire's static log provider to this
        // harness's logger factory, which the next test in the process would meet disposed.
        var recurring = new RecurringJobManager(harness.Services.GetRequiredService<JobStorage>());
        await new RecurringSchedules(recurring, harness.Services.GetRequiredService<JobsOptions>()).StartAsync(CancellationToken.None);
        return harness;
    }

    /// <summary>The recurring job's cron and time zone as stored.</summary>
    public static (string Cron, string TimeZone) Schedule(WorkflowHarness harness, string recurringJobId)
    {
        using var connection = harness.Services.GetRequiredService<JobStorage>().GetConnection();
        var job = connection.GetRecurringJobs([recurringJobId]).Single();
        return (job.Cron, job.TimeZoneId);
    }

    /// <summary>Triggers the recurring job and performs the background job it enqueued.</summary>
    public static Task TriggerAsync(WorkflowHarness harness, string recurringJobId) => Task.Run(() =>
    {
        var storage = harness.Services.GetRequiredService<JobStorage>();
        var jobId = new RecurringJobManager(storage).TriggerJob(recurringJobId);
        using var connection = storage.GetConnection();
        var data = connection.GetJobData(jobId) ?? throw new InvalidOperationException($"job {jobId} of {recurringJobId} is not stored");
        var performer = new BackgroundJobPerformer(JobFilterProviders.Providers, harness.Services.GetRequiredService<JobActivator>(), TaskScheduler.Default);
        performer.Perform(new PerformContext(storage, connection, new BackgroundJob(jobId, data.Job, data.CreatedAt), new NotCancelled()));
    });

    private sealed class NotCancelled : IJobCancellationToken
    {
        public CancellationToken ShutdownToken => CancellationToken.None;

        public void ThrowIfCancellationRequested()
        {
        }
    }
}
