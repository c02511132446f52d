using Disclosure.Testing;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Disclosure.Testing.WorkflowHarness;

namespace Disclosure.Workflows.Tests.Engine;

public sealed class DeadlineAndVersionTests
{
    [Fact]
    public async Task ADeadlineOutcome_IsTakenOnce_WhenTheDueTimePasses()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var signOff = await ToSignOffAsync(harness, SampleItems.EmergencyNotice());
        Assert.Equal(harness.Clock.GetUtcNow().AddHours(1), signOff.DueAt);

        // The task row is the timer (ADR 0008): nothing fires before its due time.
        Assert.Equal(0, await harness.EngineAsync(e => e.SweepDeadlinesAsync()));
        Assert.False(await harness.EngineAsync(e => e.FireDeadlineAsync(signOff.Id)));
        harness.Clock.Advance(TimeSpan.FromMinutes(61));
        var fired = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => harness.EngineAsync(e => e.FireDeadlineAsync(signOff.Id)))));

        Assert.Equal(1, fired.Count(f => f));
        await using var db = harness.NewContext();
        var open = await db.Tasks.SingleAsync(t => t.Status == WorkTaskStatus.Open);
        Assert.Equal("principal-sign-off", open.NodeId);
        var deadline = Assert.Single(await db.Journal.Where(j => j.Action == "deadline").ToListAsync());
        Assert.Equal(("escalate", "system"), (deadline.Outcome, deadline.ActorId));
    }

    [Fact]
    public async Task ADeadline_AfterTheTaskWasCompleted_ChangesNothing()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var signOff = await ToSignOffAsync(harness, SampleItems.EmergencyNotice());
        await harness.EngineAsync(e => e.CompleteAsync(signOff.Id, new TaskCompletion { Outcome = "approve" }, Leader));
        harness.Clock.Advance(TimeSpan.FromHours(3));

        Assert.False(await harness.EngineAsync(e => e.FireDeadlineAsync(signOff.Id)));
        Assert.Equal(0, await harness.EngineAsync(e => e.SweepDeadlinesAsync()));
        await using var db = harness.NewContext();
        Assert.Equal(VersionStatus.Published, (await db.ItemVersions.SingleAsync()).Status);
        Assert.Empty(await db.Journal.Where(j => j.Action == "deadline").ToListAsync());
    }

    [Fact]
    public async Task RunningInstances_StayOnTheirVersion_NewOnesTakeTheLatest()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var first = await harness.CreateItemAsync(SampleItems.DivisionOfDuties("甲"));
        var review = await harness.EngineAsync(e => e.SubmitAsync(first.Id, Drafter));
        await PublishRenamedReviewAsync(harness);

        var second = await harness.CreateItemAsync(SampleItems.DivisionOfDuties("乙"));
        var secondReview = await harness.EngineAsync(e => e.SubmitAsync(second.Id, Drafter));
        var next = await harness.EngineAsync(e => e.CompleteAsync(review!.Id, new TaskCompletion { Outcome = "approve" }, Reviewer));

        Assert.Equal("review", review!.NodeId);
        Assert.Equal("secrecy-review", secondReview!.NodeId);
        Assert.Equal("sign-off", next!.NodeId);
        await using var db = harness.NewContext();
        Assert.Equal(1, (await db.Instances.SingleAsync(i => i.ItemId == first.Id)).DefinitionNumber);
        Assert.Equal(2, (await db.Instances.SingleAsync(i => i.ItemId == second.Id)).DefinitionNumber);
    }

    [Fact]
    public async Task Migration_WithoutAMappingForAnOccupiedNode_IsRefusedAndChangesNothing()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var item = await harness.CreateItemAsync(SampleItems.DivisionOfDuties());
        await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter));
        await PublishRenamedReviewAsync(harness);

        var refused = await Assert.ThrowsAsync<ConflictException>(() => harness.InScopeAsync(sp =>
            sp.GetRequiredService<InstanceMigrator>().MigrateAsync("standard-disclosure", 1, 2, new Dictionary<string, string> { ["draft"] = "draft" }, Admin.Actor)));

        Assert.Contains("review", refused.Message, StringComparison.Ordinal);
        await using var db = harness.NewContext();
        var instance = await db.Instances.SingleAsync();
        Assert.Equal((1, "review"), (instance.DefinitionNumber, instance.CurrentNodeId));
        Assert.Empty(await db.Journal.Where(j => j.Action == "migrated").ToListAsync());
    }

    [Fact]
    public async Task Migration_WithAMapping_MovesTheInstanceAndItsOpenTask()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var item = await harness.CreateItemAsync(SampleItems.DivisionOfDuties());
        var review = await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter));
        await PublishRenamedReviewAsync(harness);

        var report = await harness.InScopeAsync(sp => sp.GetRequiredService<InstanceMigrator>().MigrateAsync(
            "standard-disclosure", 1, 2, new Dictionary<string, string> { ["review"] = "secrecy-review", ["draft"] = "draft" }, Admin.Actor));
        var next = await harness.EngineAsync(e => e.CompleteAsync(review!.Id, new TaskCompletion { Outcome = "approve" }, Reviewer));

        Assert.Equal(1, report.Moved);
        Assert.Equal("sign-off", next!.NodeId);
        await using var db = harness.NewContext();
        Assert.Equal(2, (await db.Instances.SingleAsync()).DefinitionNumber);
        var migrated = Assert.Single(await db.Journal.Where(j => j.Action == "migrated").ToListAsync());
        Assert.Equal(("赵管理", "第 1 版“review” → 第 2 版“secrecy-review”"), (migrated.ActorName, migrated.Details));
        Assert.True(JournalEntry.Verify(await db.Journal.OrderBy(j => j.Id).ToListAsync()));
    }

    [Fact]
    public async Task PublishingAnInvalidDraft_IsRefusedWithTheNodeAndRule()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var standard = ShippedDefinitions.Get(ShippedDefinitions.Standard);
        var broken = Definitions.DefinitionValidatorTests.Replace(standard, "draft", n => n with
        {
            Outcomes = [.. n.Outcomes!, new OutcomeDocument { Id = "skip", Label = "直接发布", Next = "publish" }],
        });

        var error = await Assert.ThrowsAsync<DefinitionInvalidException>(() => harness.InScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<DefinitionService>();
            await definitions.CreateDraftAsync(standard.Key, broken, Admin.Actor);
            return await definitions.PublishAsync(standard.Key, 2, Admin.Actor);
        }));

        Assert.Contains(error.Errors, e => e.NodeId == "publish" && e.Rule == "review-required");
        Assert.Contains(error.Errors, e => e.NodeId == "publish" && e.Rule == "signoff-required");
        await using var db = harness.NewContext();
        Assert.Equal(DefinitionStatus.Draft, (await db.DefinitionVersions.SingleAsync(d => d.Number == 2)).Status);
        await Assert.ThrowsAsync<ConflictException>(() => harness.InScopeAsync(sp =>
            sp.GetRequiredService<DefinitionService>().CreateDraftAsync(standard.Key, standard, Admin.Actor)));
    }

    private static async Task PublishRenamedReviewAsync(WorkflowHarness harness)
    {
        var standard = ShippedDefinitions.Get(ShippedDefinitions.Standard);
        var renamed = standard with
        {
            Nodes = [.. standard.Nodes.Select(n => n.Id == "review" ? n with { Id = "secrecy-review", Name = "保密审查（新）" }
                : n with { Outcomes = n.Outcomes?.Select(o => o.Next == "review" ? o with { Next = "secrecy-review" } : o).ToList() })],
        };
        await harness.InScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<DefinitionService>();
            await definitions.CreateDraftAsync(standard.Key, renamed, Admin.Actor);
            return await definitions.PublishAsync(standard.Key, 2, Admin.Actor);
        });
    }

    private static async Task<WorkflowTask> ToSignOffAsync(WorkflowHarness harness, ItemInput input)
    {
        var item = await harness.CreateItemAsync(input);
        var review = await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter));
        return (await harness.EngineAsync(e => e.CompleteAsync(review!.Id, new TaskCompletion { Outcome = "approve" }, Reviewer)))!;
    }
}
