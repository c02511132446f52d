using Disclosure.Testing;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using static Disclosure.Testing.WorkflowHarness;

namespace Disclosure.Workflows.Tests.Engine;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task FiftyConcurrentCompletions_OfOneTask_HaveExactlyOneWinner()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var item = await harness.CreateItemAsync(SampleItems.DivisionOfDuties());
        var review = await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter));
        using var start = new ManualResetEventSlim();

        var attempts = Enumerable.Range(0, 50).Select(i => Task.Run(async () =>
        {
            start.Wait();
            var reviewer = Reviewer with { Actor = new Actor($"u-reviewer-{i}", $"审查员{i}") };
            try
            {
                await harness.EngineAsync(e => e.CompleteAsync(review!.Id, new TaskCompletion { Outcome = "approve" }, reviewer));
                return "won";
            }
            catch (ConflictException)
            {
                return "conflict";
            }
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(attempts);

        Assert.Equal(1, results.Count(r => r == "won"));
        Assert.Equal(49, results.Count(r => r == "conflict"));
        await using var db = harness.NewContext();
        Assert.Single(await db.Journal.Where(j => j.NodeId == "review" && j.Action == "completed").ToListAsync());
        var open = await db.Tasks.Where(t => t.Status == WorkTaskStatus.Open).ToListAsync();
        Assert.Equal("sign-off", Assert.Single(open).NodeId);
        Assert.True(JournalEntry.Verify(await db.Journal.OrderBy(j => j.Id).ToListAsync()));
    }

    [Fact]
    public async Task TwoHundredInstances_ResumedInRapidSuccession_AllMoveOn()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var reviews = new List<Guid>();
        for (var i = 0; i < 200; i++)
        {
            var item = await harness.CreateItemAsync(SampleItems.DivisionOfDuties($"社区工作制度第 {i} 号"));
            reviews.Add((await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter)))!.Id);
        }

        using var gate = new SemaphoreSlim(16);
        await Task.WhenAll(reviews.Select(async id =>
        {
            await gate.WaitAsync();
            try
            {
                await harness.EngineAsync(e => e.CompleteAsync(id, new TaskCompletion { Outcome = "approve" }, Reviewer));
            }
            finally
            {
                gate.Release();
            }
        }));

        await using var db = harness.NewContext();
        var stuck = await db.Instances.CountAsync(i => i.CurrentNodeId != "sign-off");
        Assert.Equal(0, stuck);
        Assert.Equal(200, await db.Tasks.CountAsync(t => t.Status == WorkTaskStatus.Open && t.NodeId == "sign-off"));
        Assert.Equal(200, await db.Journal.CountAsync(j => j.NodeId == "review" && j.Action == "completed"));
    }

    [Fact]
    public async Task ConcurrentSubmissions_OfOneItem_StartOneInstance()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var item = await harness.CreateItemAsync(SampleItems.DivisionOfDuties());

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(async () =>
        {
            try
            {
                await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter));
                return true;
            }
            catch (ConflictException)
            {
                return false;
            }
        })));

        Assert.Equal(1, results.Count(r => r));
        await using var db = harness.NewContext();
        Assert.Equal(1, await db.Instances.CountAsync());
        Assert.Equal("review", (await db.Tasks.SingleAsync(t => t.Status == WorkTaskStatus.Open)).NodeId);
    }
}
