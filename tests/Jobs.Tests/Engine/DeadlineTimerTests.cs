using Disclosure.Jobs.Engine;
using Disclosure.Testing;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using static Disclosure.Testing.WorkflowHarness;

namespace Disclosure.Jobs.Tests.Engine;

/// <summary>The deadline timer fires a backlog several at a time; with two nodes' timers at it together, still each deadline once.</summary>
public sealed class DeadlineTimerTests
{
    [Fact]
    public async Task ABacklogOfDueDeadlines_FiredByTwoNodesTimersAtOnce_IsTakenOnceEach()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        await harness.PublishAsync(TestDefinitions.ImmediateWithSignOffDue("PT2S"));
        var instances = new List<Guid>();
        for (var i = 0; i < 24; i++)
        {
            var item = await harness.CreateItemAsync(SampleItems.EmergencyNotice() with { Title = $"积压的紧急通知 {i}" });
            var review = (await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter)))!;
            var signOff = (await harness.EngineAsync(e => e.CompleteAsync(review.Id, new TaskCompletion { Outcome = "approve" }, Reviewer)))!;
            Assert.Equal("sign-off", signOff.NodeId);
            instances.Add(signOff.InstanceId);
        }

        // Everything falls due while no timer looks (a node down, or a working day's end).
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        var scopes = harness.Services.GetRequiredService<IServiceScopeFactory>();
        DeadlineTimer Node() => new(scopes, new JobsOptions { DeadlineConcurrency = 4 }, harness.Clock, NullLogger<DeadlineTimer>.Instance);
        var fired = await Task.WhenAll(Task.Run(() => Node().FireDueOnceAsync(CancellationToken.None)), Task.Run(() => Node().FireDueOnceAsync(CancellationToken.None)));

        // Between them the two timers took every deadline (an instance one held was skipped by the
        // other), and a look after that finds nothing left.
        Assert.Equal(instances.Count, fired.Sum());
        Assert.Equal(0, await Node().FireDueOnceAsync(CancellationToken.None));
        await using var db = harness.NewContext();
        var journal = await db.Journal.AsNoTracking().Where(j => instances.Contains(j.InstanceId)).OrderBy(j => j.Id).ToListAsync();
        Assert.All(instances, id => Assert.Single(journal, j => j.InstanceId == id && j.Action == "deadline"));
        Assert.All(journal.GroupBy(j => j.InstanceId), chain => Assert.True(JournalEntry.Verify([.. chain])));
        Assert.Equal(instances.Count, await db.Instances.CountAsync(i => instances.Contains(i.Id) && i.CurrentNodeId == "principal-sign-off"));
    }
}
