using Disclosure.Testing;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Disclosure.Testing.WorkflowHarness;

namespace Disclosure.Workflows.Tests.Engine;

public sealed class ApprovalPathTests
{
    [Fact]
    public async Task ItemWithoutRightsHolders_GoesFromDraftToPublished_AndTheJournalNamesEveryActor()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var item = await harness.CreateItemAsync(SampleItems.DivisionOfDuties());

        var review = await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter));
        Assert.Equal(("review", "reviewer"), (review!.NodeId, review.Role));
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 23, 59, 59, 999, TimeSpan.FromHours(8)), review.DueAt);

        var signOff = await harness.EngineAsync(e => e.CompleteAsync(review.Id, new TaskCompletion { Outcome = "approve" }, Reviewer));
        Assert.Equal(("sign-off", "leader"), (signOff!.NodeId, signOff.Role));
        var next = await harness.EngineAsync(e => e.CompleteAsync(signOff.Id, new TaskCompletion { Outcome = "approve", Comment = "同意" }, Leader));
        Assert.Null(next);

        await using var db = harness.NewContext();
        var version = await db.ItemVersions.SingleAsync(v => v.ItemId == item.Id);
        Assert.Equal(VersionStatus.Published, version.Status);
        var instance = await db.Instances.SingleAsync(i => i.ItemId == item.Id);
        Assert.Equal((InstanceStatus.Completed, EndResult.Published), (instance.Status, instance.Result));
        var journal = await db.Journal.Where(j => j.InstanceId == instance.Id).OrderBy(j => j.Id).ToListAsync();
        Assert.True(JournalEntry.Verify(journal));
        Assert.Contains(journal, j => j.Action == "completed" && j.NodeId == "draft" && j.ActorName == "王拟稿");
        Assert.Contains(journal, j => j.Action == "completed" && j.NodeId == "review" && j.ActorName == "李审查" && j.Outcome == "approve");
        Assert.Contains(journal, j => j.Action == "completed" && j.NodeId == "sign-off" && j.ActorName == "张主任" && j.Comment == "同意");
        Assert.Contains(journal, j => j.Action == "published" && j.ActorId == "system");
        Assert.All(journal, j => Assert.Equal(("standard-disclosure", 1), (j.DefinitionKey, j.DefinitionNumber)));
        Assert.Equal(1, await db.Notifications.CountAsync(n => n.Recipient == "u-drafter"));
    }

    [Fact]
    public async Task ReturnForRework_NeedsAComment_ThenTheDrafterEditsAndResubmits()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var item = await harness.CreateItemAsync(SampleItems.DivisionOfDuties());
        var review = await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter));

        var missing = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            harness.EngineAsync(e => e.CompleteAsync(review!.Id, new TaskCompletion { Outcome = "return" }, Reviewer)));
        Assert.Equal(["comment"], missing.Errors.Keys);

        var draft = await harness.EngineAsync(e => e.CompleteAsync(review!.Id, new TaskCompletion { Outcome = "return", Comment = "请补充分管领导联系电话" }, Reviewer));
        Assert.Equal("draft", draft!.NodeId);
        await using (var db = harness.NewContext())
        {
            Assert.Equal(VersionStatus.Returned, (await db.ItemVersions.SingleAsync(v => v.ItemId == item.Id)).Status);
        }

        await harness.InScopeAsync(sp => sp.GetRequiredService<CatalogueService>()
            .UpdateAsync(item.Id, SampleItems.DivisionOfDuties() with { Body = "<p>主任：主持全面工作，电话 6412000。</p>" }, Drafter.Actor));
        var again = await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter));

        Assert.Equal("review", again!.NodeId);
        await using var check = harness.NewContext();
        var version = await check.ItemVersions.SingleAsync(v => v.ItemId == item.Id);
        Assert.Equal(VersionStatus.InReview, version.Status);
        Assert.Contains("6412000", version.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Withholding_NeedsAGroundAndBasis_AndRecordsThemOnTheVersion()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var item = await harness.CreateItemAsync(SampleItems.DivisionOfDuties());
        var review = await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter));

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            harness.EngineAsync(e => e.CompleteAsync(review!.Id, new TaskCompletion { Outcome = "withhold", Comment = "内部事务" }, Reviewer)));
        Assert.Contains("exemption", refused.Errors.Keys);

        var exemption = new ExemptionInput { Ground = "InternalAffairs", LegalBasis = "《政府信息公开条例》第十六条第一款", Reason = "属于内部人事管理信息" };
        var next = await harness.EngineAsync(e => e.CompleteAsync(review!.Id, new TaskCompletion { Outcome = "withhold", Comment = "内部事务", Exemption = exemption }, Reviewer));

        Assert.Null(next);
        await using var db = harness.NewContext();
        var version = await db.ItemVersions.SingleAsync(v => v.ItemId == item.Id);
        Assert.Equal(VersionStatus.Withheld, version.Status);
        Assert.Equal((ExemptionGround.InternalAffairs, "属于内部人事管理信息"), (version.Exemption!.Ground, version.Exemption.Reason));
        Assert.Equal(EndResult.Withheld, (await db.Instances.SingleAsync()).Result);
    }

    [Fact]
    public async Task ATask_IsCompletedOnlyByItsRole()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var item = await harness.CreateItemAsync(SampleItems.DivisionOfDuties());
        var review = await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter));

        await Assert.ThrowsAsync<ForbiddenException>(() => harness.EngineAsync(e => e.CompleteAsync(review!.Id, new TaskCompletion { Outcome = "approve" }, Drafter)));
        await Assert.ThrowsAsync<ForbiddenException>(() => harness.EngineAsync(e => e.SubmitAsync(item.Id, Reviewer)));
        await Assert.ThrowsAsync<ValidationFailedException>(() => harness.EngineAsync(e => e.CompleteAsync(review!.Id, new TaskCompletion { Outcome = "publish-now" }, Reviewer)));

        await using var db = harness.NewContext();
        Assert.Equal(WorkTaskStatus.Open, (await db.Tasks.SingleAsync(t => t.Id == review!.Id)).Status);
    }

    [Fact]
    public async Task AClaimedTask_IsLeftToTheClaimant()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var item = await harness.CreateItemAsync(SampleItems.DivisionOfDuties());
        var review = await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter));
        var otherReviewer = Reviewer with { Actor = new Actor("u-reviewer-2", "陈审查") };

        await harness.EngineAsync(e => e.ClaimAsync(review!.Id, Reviewer));

        await Assert.ThrowsAsync<ConflictException>(() => harness.EngineAsync(e => e.ClaimAsync(review!.Id, otherReviewer)));
        await Assert.ThrowsAsync<ConflictException>(() => harness.EngineAsync(e => e.CompleteAsync(review!.Id, new TaskCompletion { Outcome = "approve" }, otherReviewer)));
        var next = await harness.EngineAsync(e => e.CompleteAsync(review!.Id, new TaskCompletion { Outcome = "approve" }, Reviewer));
        Assert.Equal("sign-off", next!.NodeId);
    }

    [Fact]
    public async Task Journal_RefusesUpdatesAndDeletes()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var item = await harness.CreateItemAsync(SampleItems.DivisionOfDuties());
        await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter));
        await using var db = harness.NewContext();

        var update = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => db.Database.ExecuteSqlRawAsync("UPDATE disclosure.journal SET actor_name = '别人'"));
        var delete = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM disclosure.journal"));

        Assert.Contains("append-only", update.MessageText, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.MessageText, StringComparison.Ordinal);
        Assert.True(await db.Journal.CountAsync() >= 3);
    }

    [Fact]
    public async Task JournalVerification_DetectsAnAlteredLine()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var item = await harness.CreateItemAsync(SampleItems.DivisionOfDuties());
        await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter));
        await using var db = harness.NewContext();
        var journal = await db.Journal.OrderBy(j => j.Id).ToListAsync();
        Assert.True(JournalEntry.Verify(journal));

        // Someone with superuser rights disables the trigger and rewrites the actor.
        await db.Database.ExecuteSqlRawAsync("""
            ALTER TABLE disclosure.journal DISABLE TRIGGER journal_append_only;
            UPDATE disclosure.journal SET actor_name = '别人' WHERE action = 'completed';
            ALTER TABLE disclosure.journal ENABLE TRIGGER journal_append_only;
            """);
        await using var again = harness.NewContext();

        Assert.False(JournalEntry.Verify(await again.Journal.OrderBy(j => j.Id).ToListAsync()));
    }
}

public sealed class TaskQueryTests
{
    [Fact]
    public async Task OpenTasks_AreListedForTheRolesOnly_AndHideTasksClaimedByOthers()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var first = await harness.CreateItemAsync(SampleItems.DivisionOfDuties("甲"));
        var second = await harness.CreateItemAsync(SampleItems.EmergencyNotice());
        var firstReview = await harness.EngineAsync(e => e.SubmitAsync(first.Id, Drafter));
        await harness.EngineAsync(e => e.SubmitAsync(second.Id, Drafter));
        var colleague = Reviewer with { Actor = new Actor("u-reviewer-2", "陈审查") };
        await harness.EngineAsync(e => e.ClaimAsync(firstReview!.Id, colleague));

        var mine = await harness.InScopeAsync(sp => sp.GetRequiredService<TaskQueries>().OpenForAsync(Reviewer));
        var theirs = await harness.InScopeAsync(sp => sp.GetRequiredService<TaskQueries>().OpenForAsync(colleague));
        var leaders = await harness.InScopeAsync(sp => sp.GetRequiredService<TaskQueries>().OpenForAsync(Leader));

        Assert.Equal("关于寒潮天气的紧急通知", Assert.Single(mine).ItemTitle);
        Assert.Equal(2, theirs.Count);
        Assert.Equal("关于寒潮天气的紧急通知", theirs[0].ItemTitle);
        Assert.Empty(leaders);
    }

    [Fact]
    public async Task AnyStoredVersion_CanBeDrawn()
    {
        await using var harness = await WorkflowHarness.CreateAsync();

        var diagram = await harness.InScopeAsync(sp => sp.GetRequiredService<DefinitionService>().DiagramAsync("immediate-notice", 1));

        Assert.Contains("到期自动：超时转主要领导", diagram, StringComparison.Ordinal);
    }
}
