using Disclosure.Testing;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using static Disclosure.Testing.WorkflowHarness;

namespace Disclosure.Workflows.Tests.Engine;

/// <summary>Who works a task: claim, give back, a leader's assignment, and drafts that belong to their drafter.</summary>
public sealed class AssignmentTests
{
    private static readonly Caller OtherReviewer = new(new Actor("u-reviewer-2", "周审查"), new HashSet<string> { Roles.Reviewer });

    private static readonly Caller OtherDrafter = new(new Actor("u-drafter-2", "孙拟稿"), new HashSet<string> { Roles.Drafter });

    [Fact]
    public async Task TheClaimant_GivesATaskBack_AndAColleagueOfTheRoleThenTakesIt()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var item = await harness.CreateItemAsync(SampleItems.DivisionOfDuties());
        var review = await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter));
        await harness.EngineAsync(e => e.ClaimAsync(review!.Id, Reviewer));

        await Assert.ThrowsAsync<ConflictException>(() => harness.EngineAsync(e => e.ClaimAsync(review!.Id, OtherReviewer)));
        await Assert.ThrowsAsync<ForbiddenException>(() => harness.EngineAsync(e => e.UnclaimAsync(review!.Id, OtherReviewer)));
        var released = await harness.EngineAsync(e => e.UnclaimAsync(review!.Id, Reviewer));
        Assert.Null(released.ClaimedById);
        await Assert.ThrowsAsync<ConflictException>(() => harness.EngineAsync(e => e.UnclaimAsync(review!.Id, Reviewer)));

        var taken = await harness.EngineAsync(e => e.ClaimAsync(review!.Id, OtherReviewer));
        Assert.Equal("周审查", taken.ClaimedByName);
        await using var db = harness.NewContext();
        var journal = await db.Journal.Where(j => j.ItemId == item.Id).OrderBy(j => j.Id).ToListAsync();
        Assert.True(JournalEntry.Verify(journal));
        var unclaimed = Assert.Single(journal, j => j.Action == "unclaimed");
        Assert.Equal(("李审查", "撤销 李审查 的认领，任务退回待认领"), (unclaimed.ActorName, unclaimed.Comment));
    }

    [Fact]
    public async Task ALeader_ReassignsAClaimedTask_ToAColleagueOfItsRole_WhoThenCompletesIt()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var item = await harness.CreateItemAsync(SampleItems.DivisionOfDuties());
        var review = await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter));
        await harness.EngineAsync(e => e.ClaimAsync(review!.Id, Reviewer));

        await Assert.ThrowsAsync<ForbiddenException>(() => harness.EngineAsync(e => e.AssignAsync(review!.Id, OtherReviewer, Reviewer)));
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => harness.EngineAsync(e => e.AssignAsync(review!.Id, Drafter, Leader)));
        Assert.Equal(["userId"], refused.Errors.Keys);
        Assert.Contains("保密审查员", refused.Errors["userId"][0].Text, StringComparison.Ordinal);

        var assigned = await harness.EngineAsync(e => e.AssignAsync(review!.Id, OtherReviewer, Leader));
        Assert.Equal("u-reviewer-2", assigned.ClaimedById);
        await Assert.ThrowsAsync<ConflictException>(() =>
            harness.EngineAsync(e => e.CompleteAsync(review!.Id, new TaskCompletion { Outcome = "approve" }, Reviewer)));
        var next = await harness.EngineAsync(e => e.CompleteAsync(review!.Id, new TaskCompletion { Outcome = "approve" }, OtherReviewer));
        Assert.Equal("sign-off", next!.NodeId);

        await using var db = harness.NewContext();
        var line = await db.Journal.SingleAsync(j => j.ItemId == item.Id && j.Action == "assigned");
        Assert.Equal(("张主任", "将任务由 李审查 改派给 周审查"), (line.ActorName, line.Comment));
    }

    [Fact]
    public async Task AReturnedDraft_BelongsToItsDrafter_NotToAColleague()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var item = await harness.CreateItemAsync(SampleItems.DivisionOfDuties());
        var review = await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter));
        var draft = await harness.EngineAsync(e => e.CompleteAsync(review!.Id, new TaskCompletion { Outcome = "return", Comment = "请补充" }, Reviewer));

        await Assert.ThrowsAsync<ForbiddenException>(() => harness.EngineAsync(e => e.SubmitAsync(item.Id, OtherDrafter)));
        await Assert.ThrowsAsync<ForbiddenException>(() => harness.EngineAsync(e => e.ClaimAsync(draft!.Id, OtherDrafter)));
        var assign = await Assert.ThrowsAsync<ForbiddenException>(() => harness.EngineAsync(e => e.AssignAsync(draft!.Id, OtherDrafter, Leader)));
        Assert.Contains("王拟稿", assign.Message, StringComparison.Ordinal);

        var again = await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter));
        Assert.Equal("review", again!.NodeId);
    }

    [Fact]
    public async Task ALeader_CannotAssignTheReview_ToItsDrafter_EvenWhenTheyHoldTheReviewerRole()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var drafterWhoReviews = new Caller(Drafter.Actor, new HashSet<string> { Roles.Drafter, Roles.Reviewer });
        var item = await harness.CreateItemAsync(SampleItems.DivisionOfDuties());
        var review = await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter));

        var refused = await Assert.ThrowsAsync<RuleOfLawException>(() => harness.EngineAsync(e => e.AssignAsync(review!.Id, drafterWhoReviews, Leader)));

        Assert.Equal(("law.separation-of-duties", LawRefusal.NotThisPerson), (refused.Code, refused.Refusal));
        await using var db = harness.NewContext();
        Assert.Null((await db.Tasks.SingleAsync(t => t.Id == review!.Id)).ClaimedById);
        Assert.False(await db.Journal.AnyAsync(j => j.ItemId == item.Id && j.Action == "assigned"));
    }

    [Fact]
    public async Task ALeader_AssignsACountersign_OnlyToAHolderOfItsRoleInItsDepartment()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        await harness.PublishAsync(TestDefinitions.CountersignOfConcerned(CompletionRule.All, RejectionRule.ReturnStep));
        var item = await harness.CreateItemAsync(SampleItems.DivisionOfDuties() with { DepartmentsConcerned = ["财政所", "社会事务办公室"] });
        var review = await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter));
        var signers = (await harness.EngineAsync(e => e.CompleteStepAsync(review!.Id, new TaskCompletion { Outcome = "approve" }, Reviewer))).OpenTasks;
        var finance = signers.Single(t => t.Department == "财政所");

        var wrong = await Assert.ThrowsAsync<ForbiddenException>(() =>
            harness.EngineAsync(e => e.AssignAsync(finance.Id, TestDefinitions.SectionHead("社会事务办公室"), Leader)));
        Assert.Contains("财政所", wrong.Message, StringComparison.Ordinal);
        var assigned = await harness.EngineAsync(e => e.AssignAsync(finance.Id, TestDefinitions.SectionHead("财政所"), Leader));

        Assert.Equal("u-head-财政所-0", assigned.ClaimedById);
    }
}
