using Disclosure.Testing;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Engine;
using Microsoft.Extensions.DependencyInjection;
using static Disclosure.Testing.WorkflowHarness;

namespace Disclosure.Workflows.Tests.Engine;

public sealed class ActivityTests
{
    [Fact]
    public async Task Activity_CountsOpenAndOverdueTasksPerNode_AndListsTheItemsWaitingAtAJoin()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var document = TestDefinitions.ParallelReview() with
        {
            Nodes = [.. TestDefinitions.ParallelReview().Nodes.Select(n => n.Id == "legal" ? n with { Due = new DueTime { WorkingDays = 2 } } : n)],
        };
        await harness.PublishAsync(document);
        var first = await harness.CreateItemAsync(SampleItems.DivisionOfDuties("甲"));
        var second = await harness.CreateItemAsync(SampleItems.DivisionOfDuties("乙"));
        var open = (await harness.EngineAsync(e => e.SubmitStepAsync(first.Id, Drafter))).OpenTasks;
        await harness.EngineAsync(e => e.SubmitStepAsync(second.Id, Drafter));
        await harness.EngineAsync(e => e.CompleteAsync(open.Single(t => t.NodeId == "review").Id, new TaskCompletion { Outcome = "approve" }, Reviewer));
        harness.Clock.Advance(TimeSpan.FromDays(7));

        var activity = await harness.InScopeAsync(sp => sp.GetRequiredService<ActivityQueries>().ActivityAsync("parallel-review", 1));

        Assert.Equal(2, activity.RunningInstances);
        var legal = activity.Nodes.Single(n => n.NodeId == "legal");
        Assert.Equal((2, 2, 2), (legal.OpenTasks, legal.OverdueTasks, legal.Items));
        var review = activity.Nodes.Single(n => n.NodeId == "review");
        Assert.Equal((1, 0), (review.OpenTasks, review.OverdueTasks));
        var join = activity.Nodes.Single(n => n.NodeId == "join");
        Assert.Equal(("甲", 1), (Assert.Single(join.Waiting).Title, join.Waiting[0].JoinArrived));
        Assert.Equal(0, activity.Nodes.Single(n => n.NodeId == "sign-off").Items);
    }

    [Fact]
    public async Task Path_ShowsTheNodesAndEdgesTaken_IncludingAReturnAndBothParallelPaths()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        await harness.PublishAsync(TestDefinitions.ParallelReview());
        var item = await harness.CreateItemAsync(SampleItems.DivisionOfDuties());
        var open = (await harness.EngineAsync(e => e.SubmitStepAsync(item.Id, Drafter))).OpenTasks;
        await harness.EngineAsync(e => e.CompleteAsync(open.Single(t => t.NodeId == "review").Id, new TaskCompletion { Outcome = "approve" }, Reviewer));
        var signOff = await harness.EngineAsync(e => e.CompleteAsync(open.Single(t => t.NodeId == "legal").Id, new TaskCompletion { Outcome = "approve" }, Leader));
        await harness.EngineAsync(e => e.CompleteAsync(signOff!.Id, new TaskCompletion { Outcome = "return", Comment = "请修改" }, Leader));

        var path = Assert.Single(await harness.InScopeAsync(sp => sp.GetRequiredService<ActivityQueries>().PathAsync(item.Id)));

        var edges = path.Edges.Select(e => (e.From, e.To, e.Times)).ToList();
        Assert.Contains(("split", "review", 1), edges);
        Assert.Contains(("split", "legal", 1), edges);
        Assert.Contains(("join", "rh", 1), edges);
        Assert.Contains(("rh", "sign-off", 1), edges);
        Assert.Contains(("sign-off", "draft", 1), edges);
        Assert.DoesNotContain(edges, e => e.From == "sign-off" && e.To == "publish");
        Assert.Equal(["draft"], path.Current);
        Assert.DoesNotContain(path.Nodes, n => n.NodeId == "publish");
        Assert.Equal(("parallel-review", "Running"), (path.DefinitionKey, path.Status));
    }
}
