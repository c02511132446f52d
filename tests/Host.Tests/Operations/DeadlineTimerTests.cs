using Disclosure.Testing;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Engine;
using Disclosure.Workflows.Persistence;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Disclosure.Testing.WorkflowHarness;

namespace Disclosure.Host.Tests.Operations;

/// <summary>Deadlines on the real Host: a Hangfire delayed job fires after the due moment.</summary>
public sealed class DeadlineTimerTests(DisclosureAppFactory factory) : IClassFixture<DisclosureAppFactory>
{
    [Fact]
    public async Task ASignOffDeadline_IsTakenByTheDelayedJob_AfterItsDueTime()
    {
        _ = factory.CreateClient();
        var quick = TestDefinitions.ImmediateWithSignOffDue("PT3S");
        await InScope(async sp =>
        {
            var definitions = sp.GetRequiredService<DefinitionService>();
            var draft = await definitions.CreateDraftAsync(quick.Key, quick, Admin.Actor);
            return await definitions.PublishAsync(quick.Key, draft.Number, Admin.Actor);
        });
        var item = await InScope(sp => sp.GetRequiredService<CatalogueService>().CreateAsync(SampleItems.EmergencyNotice(), Drafter.Actor));
        var review = await InScope(sp => sp.GetRequiredService<WorkflowEngine>().SubmitAsync(item.Id, Drafter));
        var signOff = await InScope(sp => sp.GetRequiredService<WorkflowEngine>().CompleteAsync(review!.Id, new TaskCompletion { Outcome = "approve" }, Reviewer));
        Assert.Equal("sign-off", signOff!.NodeId);

        // The one test of real Hangfire pickup: the bound says the delayed job runs, on a machine
        // however busy, not how fast; deadline arithmetic is tested on a fake clock elsewhere.
        var monitor = factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        string node;
        try
        {
            node = await Eventually.WaitAsync(
                () => InScope(sp => sp.GetRequiredService<DisclosureDbContext>().Instances.Where(i => i.ItemId == item.Id).Select(i => i.CurrentNodeId).SingleAsync()),
                n => n == "principal-sign-off", TimeSpan.FromSeconds(90), "the delayed deadline job");
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{ex.Message}; scheduled {monitor.ScheduledCount()}, failed {monitor.FailedCount()}: "
                + string.Join(" | ", monitor.FailedJobs(0, 5).Select(f => f.Value.ExceptionMessage)), ex);
        }

        Assert.Equal("principal-sign-off", node);
        var firedAt = await InScope(sp => sp.GetRequiredService<DisclosureDbContext>().Journal
            .Where(j => j.ItemId == item.Id && j.Action == "deadline").Select(j => j.At).SingleAsync());
        var lateness = firedAt - signOff.DueAt!.Value;
        Assert.InRange(lateness, TimeSpan.Zero, TimeSpan.FromSeconds(60));
    }

    [Fact]
    public void EveryRecurringJob_IsScheduledInTheOfficesTimeZone()
    {
        _ = factory.CreateClient();
        using var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection();

        var recurring = connection.GetRecurringJobs().ToDictionary(j => j.Id);

        Assert.Equal("* * * * *", recurring["deadline-sweep"].Cron);
        Assert.Equal("0 7 * * *", recurring["periodic-due"].Cron);
        Assert.Equal("10 7 * * *", recurring["long-term-stale"].Cron);
        Assert.Equal("20 7 * * *", recurring["late-publication"].Cron);
        Assert.Equal("*/15 * * * *", recurring["task-reminders"].Cron);
        Assert.Equal("* * * * *", recurring["outbox-delivery"].Cron);
        Assert.Equal("30 7 * * *", recurring["clock-deadlines"].Cron);
        Assert.Equal("0 8 2 1 *", recurring["annual-report"].Cron);
        Assert.All(recurring.Values, j => Assert.Equal("Asia/Shanghai", j.TimeZoneId));
    }

    [Fact]
    public async Task AScanJob_ResolvedAsHangfireDoes_DoesItsWorkAndLogsItsRun()
    {
        _ = factory.CreateClient();

        // The job as Hangfire activates it (in a scope of this Host), run directly: pickup is the
        // deadline test's business, this one is about the job doing its work and logging it.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Jobs.Monitoring.LongTermStaleJob>().RunAsync(CancellationToken.None);
        }

        var summary = await InScope(sp => sp.GetRequiredService<DisclosureDbContext>().JobRuns
            .Where(r => r.JobName == "long-term-stale").Select(r => r.Summary).FirstOrDefaultAsync());

        Assert.StartsWith("long-term-stale: raised", summary, StringComparison.Ordinal);
    }

    private async Task<T> InScope<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}
