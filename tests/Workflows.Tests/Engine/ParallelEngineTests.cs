using Disclosure.Testing;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using static Disclosure.Testing.WorkflowHarness;

namespace Disclosure.Workflows.Tests.Engine;

public sealed class ParallelEngineTests
{
    private static readonly Caller Deputy = new(new Actor("u-deputy", "刘分管"), new HashSet<string> { Roles.Deputy });

    [Fact]
    public async Task Split_OpensATaskOnEveryPath_AndTheJoinGoesOnAfterTheLast()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        await harness.PublishAsync(TestDefinitions.ParallelReview());
        var item = await harness.CreateItemAsync(SampleItems.DivisionOfDuties());

        var submitted = await harness.EngineAsync(e => e.SubmitStepAsync(item.Id, Drafter));
        Assert.Equal(["legal", "review"], submitted.OpenTasks.Select(t => t.NodeId).Order());

        var afterReview = await harness.EngineAsync(e => e.CompleteStepAsync(submitted.OpenTasks.Single(t => t.NodeId == "review").Id, new TaskCompletion { Outcome = "approve" }, Reviewer));
        Assert.Equal("legal", Assert.Single(afterReview.OpenTasks).NodeId);
        await using (var db = harness.NewContext())
        {
            Assert.Equal(new Dictionary<string, int> { ["join"] = 1 }, (await db.Instances.SingleAsync()).JoinArrivals);
        }

        var signOff = await harness.EngineAsync(e => e.CompleteAsync(afterReview.OpenTasks[0].Id, new TaskCompletion { Outcome = "approve" }, Leader));
        Assert.Equal("sign-off", signOff!.NodeId);
        await harness.EngineAsync(e => e.CompleteAsync(signOff.Id, new TaskCompletion { Outcome = "approve" }, Leader));

        await using var check = harness.NewContext();
        var instance = await check.Instances.SingleAsync();
        Assert.Equal((InstanceStatus.Completed, "parallel-review"), (instance.Status, instance.DefinitionKey));
        Assert.Empty(instance.JoinArrivals);
        var journal = await check.Journal.Where(j => j.InstanceId == instance.Id).OrderBy(j => j.Id).ToListAsync();
        Assert.Equal(["split", "join-waiting", "joined"], journal.Where(j => j.NodeId is "split" or "join").Select(j => j.Action));
        Assert.True(JournalEntry.Verify(journal));
    }

    [Fact]
    public async Task FiftyPaths_CompletedAtOnce_JoinExactlyOnce()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        await harness.PublishAsync(TestDefinitions.ParallelReview(extraPaths: 48));
        var item = await harness.CreateItemAsync(SampleItems.DivisionOfDuties());
        var open = (await harness.EngineAsync(e => e.SubmitStepAsync(item.Id, Drafter))).OpenTasks;
        Assert.Equal(50, open.Count);
        using var start = new ManualResetEventSlim();

        var completions = open.Select(task => Task.Run(async () =>
        {
            start.Wait();
            var caller = task.Role switch { Roles.Reviewer => Reviewer, Roles.Leader => Leader, _ => Deputy };
            return await harness.EngineAsync(e => e.CompleteStepAsync(task.Id, new TaskCompletion { Outcome = "approve" }, caller));
        })).ToList();
        start.Set();
        await Task.WhenAll(completions);

        await using var db = harness.NewContext();
        var instance = await db.Instances.SingleAsync();
        Assert.Empty(instance.JoinArrivals);
        Assert.Equal(1, await db.Journal.CountAsync(j => j.NodeId == "join" && j.Action == "joined"));
        Assert.Equal(49, await db.Journal.CountAsync(j => j.NodeId == "join" && j.Action == "join-waiting"));
        Assert.Equal("sign-off", (await db.Tasks.SingleAsync(t => t.Status == WorkTaskStatus.Open)).NodeId);
        Assert.True(JournalEntry.Verify(await db.Journal.OrderBy(j => j.Id).ToListAsync()));
    }

    [Fact]
    public async Task FiftySigners_SigningAtOnce_CloseTheCountersignOnce_WithOneJournalLineEach()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var departments = Enumerable.Range(1, 50).Select(i => $"第{i}科").ToList();
        await harness.AddDepartmentsAsync(departments);
        await harness.PublishAsync(TestDefinitions.CountersignOfConcerned(CompletionRule.All, RejectionRule.ReturnStep));
        var item = await harness.CreateItemAsync(SampleItems.DivisionOfDuties() with { DepartmentsConcerned = departments });
        var review = await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter));
        var signers = (await harness.EngineAsync(e => e.CompleteStepAsync(review!.Id, new TaskCompletion { Outcome = "approve" }, Reviewer))).OpenTasks;
        Assert.Equal(departments.Order(), signers.Select(t => t.Department!).Order());
        using var start = new ManualResetEventSlim();

        var results = await Task.WhenAll(signers.Select(task => Task.Run(async () =>
        {
            start.Wait();
            return await harness.EngineAsync(e => e.CompleteStepAsync(task.Id, new TaskCompletion { Outcome = "agree" }, TestDefinitions.SectionHead(task.Department!)));
        })).Append(Task.Run(() => { start.Set(); return new StepResult(null, []); })));

        await using var db = harness.NewContext();
        Assert.Equal(50, await db.Journal.CountAsync(j => j.NodeId == "countersign" && j.Action == "completed" && j.Outcome == "agree"));
        Assert.Equal(1, await db.Journal.CountAsync(j => j.NodeId == "countersign" && j.Action == "countersign-closed"));
        Assert.Equal(50, await db.Tasks.CountAsync(t => t.NodeId == "countersign" && t.Status == WorkTaskStatus.Completed));
        Assert.Equal("sign-off", (await db.Tasks.SingleAsync(t => t.Status == WorkTaskStatus.Open)).NodeId);
        Assert.Single(results, r => r.NextTask?.NodeId == "sign-off");
        Assert.True(JournalEntry.Verify(await db.Journal.OrderBy(j => j.Id).ToListAsync()));
    }

    [Fact]
    public async Task OneReturn_ReturnsTheWholeStep_AndCancelsTheOtherSigners()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        await harness.PublishAsync(TestDefinitions.CountersignOfConcerned(CompletionRule.All, RejectionRule.ReturnStep));
        var item = await harness.CreateItemAsync(SampleItems.DivisionOfDuties() with { DepartmentsConcerned = ["财政所", "社会事务办公室", "城市管理办公室"] });
        var review = await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter));
        var signers = (await harness.EngineAsync(e => e.CompleteStepAsync(review!.Id, new TaskCompletion { Outcome = "approve" }, Reviewer))).OpenTasks;
        var finance = signers.Single(t => t.Department == "财政所");

        var wrong = await Assert.ThrowsAsync<ForbiddenException>(() =>
            harness.EngineAsync(e => e.CompleteAsync(finance.Id, new TaskCompletion { Outcome = "agree" }, TestDefinitions.SectionHead("城市管理办公室"))));
        Assert.Contains("财政所", wrong.Message, StringComparison.Ordinal);
        await harness.EngineAsync(e => e.CompleteAsync(finance.Id, new TaskCompletion { Outcome = "agree" }, TestDefinitions.SectionHead("财政所")));
        var social = signers.Single(t => t.Department == "社会事务办公室");
        var draft = await harness.EngineAsync(e => e.CompleteStepAsync(social.Id, new TaskCompletion { Outcome = "return", Comment = "请补充资金来源" }, TestDefinitions.SectionHead("社会事务办公室")));

        Assert.Equal("draft", Assert.Single(draft.OpenTasks).NodeId);
        await using var db = harness.NewContext();
        Assert.Equal(WorkTaskStatus.Cancelled, (await db.Tasks.SingleAsync(t => t.Department == "城市管理办公室")).Status);
        Assert.Equal(VersionStatus.Returned, (await db.ItemVersions.SingleAsync()).Status);
        var closed = await db.Journal.SingleAsync(j => j.Action == "countersign-closed");
        Assert.Equal("return", closed.Outcome);
    }

    [Fact]
    public async Task RecordOnly_AtLeastTwo_PassesDespiteAnObjection_AndOnePersonSignsOnce()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        await harness.PublishAsync(TestDefinitions.CountersignOfConcerned(CompletionRule.AtLeast, RejectionRule.RecordOnly, atLeast: 2));
        var item = await harness.CreateItemAsync(SampleItems.DivisionOfDuties() with { DepartmentsConcerned = ["财政所", "社会事务办公室", "城市管理办公室"] });
        var review = await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter));
        var signers = (await harness.EngineAsync(e => e.CompleteStepAsync(review!.Id, new TaskCompletion { Outcome = "approve" }, Reviewer))).OpenTasks;
        Task<StepResult> Sign(string department, string outcome, Caller? caller = null) => harness.EngineAsync(e => e.CompleteStepAsync(
            signers.Single(t => t.Department == department).Id, new TaskCompletion { Outcome = outcome, Comment = "意见" }, caller ?? TestDefinitions.SectionHead(department)));

        Assert.Equal(2, (await Sign("财政所", "return")).OpenTasks.Count);
        // The same person cannot sign a second time, even for a department they were moved to.
        var twice = TestDefinitions.SectionHead("财政所") with { Department = "社会事务办公室" };
        await Assert.ThrowsAsync<ForbiddenException>(() => Sign("社会事务办公室", "agree", twice));
        Assert.Single((await Sign("社会事务办公室", "agree")).OpenTasks);
        var after = await Sign("城市管理办公室", "agree");

        Assert.Equal("sign-off", Assert.Single(after.OpenTasks).NodeId);
        await using var db = harness.NewContext();
        Assert.Equal(3, await db.Journal.CountAsync(j => j.NodeId == "countersign" && j.Action == "completed"));
        Assert.Equal("agree", (await db.Journal.SingleAsync(j => j.Action == "countersign-closed")).Outcome);
    }

    [Fact]
    public async Task NoDepartmentsConcerned_SkipsTheCountersign()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        await harness.PublishAsync(TestDefinitions.CountersignOfConcerned(CompletionRule.All, RejectionRule.ReturnStep));
        var item = await harness.CreateItemAsync(SampleItems.DivisionOfDuties());
        var review = await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter));

        var next = await harness.EngineAsync(e => e.CompleteAsync(review!.Id, new TaskCompletion { Outcome = "approve" }, Reviewer));

        Assert.Equal("sign-off", next!.NodeId);
        await using var db = harness.NewContext();
        Assert.Single(await db.Journal.Where(j => j.Action == "countersign-skipped").ToListAsync());
    }

    [Fact]
    public async Task UnknownDepartmentsConcerned_AreRefused_AndNothingIsStored()
    {
        await using var harness = await WorkflowHarness.CreateAsync();

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            harness.CreateItemAsync(SampleItems.DivisionOfDuties() with { DepartmentsConcerned = ["财政所", "不存在的科"] }));

        Assert.Equal(["departmentsConcerned[1]"], refused.Errors.Keys);
        await using var db = harness.NewContext();
        Assert.False(await db.Items.AnyAsync());
    }
}
