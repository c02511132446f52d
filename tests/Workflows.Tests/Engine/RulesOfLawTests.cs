using Disclosure.Testing;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Disclosure.Testing.WorkflowHarness;
using static Disclosure.Workflows.Tests.Definitions.DefinitionValidatorTests;

namespace Disclosure.Workflows.Tests.Engine;

/// <summary>
/// The rules of law on real PostgreSQL: at import (a draft POSTed), publication, migration, and at
/// run time against definitions that break them anyway (stored before the rule, written behind the
/// application's back, or migrated to).
/// </summary>
public sealed class RulesOfLawTests
{
    private static ProcessDocument Standard => ShippedDefinitions.Get(ShippedDefinitions.Standard);

    private static ProcessDocument Immediate => ShippedDefinitions.Get(ShippedDefinitions.Immediate);

    /// <summary>The drafter with every role an administrator could give them.</summary>
    private static Caller DrafterWithAllRoles { get; } = new(Drafter.Actor, new HashSet<string> { Roles.Drafter, Roles.Reviewer, Roles.Leader });

    [Fact]
    public async Task AnImportedDraft_WhoseSignOffDeadlineApproves_IsRefusedAndNothingIsStored()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var clockSigns = Replace(Immediate, "sign-off", n => n with { DeadlineOutcome = "approve", Due = new DueTime { Duration = "PT2S" } });

        var refused = await Assert.ThrowsAsync<DefinitionInvalidException>(() => harness.InScopeAsync(sp =>
            sp.GetRequiredService<DefinitionService>().CreateDraftAsync(Immediate.Key, clockSigns, Admin.Actor)));

        var error = Assert.Single(refused.Errors);
        Assert.Equal(("sign-off", "law.deadline-approves"), (error.NodeId, error.Rule));
        Assert.Contains("领导签发", error.Message, StringComparison.Ordinal);
        await using var db = harness.NewContext();
        Assert.Equal(1, await db.DefinitionVersions.CountAsync(d => d.Key == Immediate.Key));
    }

    [Fact]
    public async Task ReplacingADraft_WithAReviewByTheDraftingRole_OrAUserTaskWithoutRole_IsRefusedAndKeepsTheDraft()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        await harness.InScopeAsync(sp => sp.GetRequiredService<DefinitionService>().CreateDraftAsync(Standard.Key, Standard, Admin.Actor));
        var byDrafters = Replace(Standard, "review", n => n with { Role = Roles.Drafter });
        var noRole = Replace(Standard, "review", n => n with { Role = null });

        var law = await Assert.ThrowsAsync<DefinitionInvalidException>(() => harness.InScopeAsync(sp =>
            sp.GetRequiredService<DefinitionService>().ReplaceDraftAsync(Standard.Key, 2, byDrafters)));
        var schema = await Assert.ThrowsAsync<DefinitionInvalidException>(() => harness.InScopeAsync(sp =>
            sp.GetRequiredService<DefinitionService>().ReplaceDraftAsync(Standard.Key, 2, noRole)));

        Assert.Contains(law.Errors, e => e.NodeId == "review" && e.Rule == "law.review-role");
        Assert.Contains(law.Errors, e => e.NodeId == "review" && e.Rule == "law.drafting-role-separate");
        Assert.Equal(("review", "schema.required"), (schema.Errors.Single().NodeId, schema.Errors.Single().Rule));
        await using var db = harness.NewContext();
        var stored = await db.DefinitionVersions.SingleAsync(d => d.Key == Standard.Key && d.Number == 2);
        Assert.Equal(Roles.Reviewer, stored.Document.Node("review")!.Role);
    }

    [Fact]
    public async Task TheDrafter_CannotClaimOrCompleteTheReviewOrSignOff_WhateverRolesTheyHold_AndDoesNotSeeThem()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var item = await harness.CreateItemAsync(SampleItems.DivisionOfDuties());
        var review = (await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter)))!;

        var claim = await Assert.ThrowsAsync<RuleOfLawException>(() => harness.EngineAsync(e => e.ClaimAsync(review.Id, DrafterWithAllRoles)));
        var complete = await Assert.ThrowsAsync<RuleOfLawException>(() => harness.EngineAsync(e =>
            e.CompleteAsync(review.Id, new TaskCompletion { Outcome = "approve" }, DrafterWithAllRoles)));
        var inbox = await harness.InScopeAsync(sp => sp.GetRequiredService<TaskQueries>().OpenForAsync(DrafterWithAllRoles));
        var reviewers = await harness.InScopeAsync(sp => sp.GetRequiredService<TaskQueries>().OpenForAsync(Reviewer));

        Assert.Equal(("law.separation-of-duties", LawRefusal.NotThisPerson), (claim.Code, claim.Refusal));
        Assert.Contains("保密审查", complete.Message, StringComparison.Ordinal);
        Assert.Empty(inbox);
        Assert.Equal(review.Id, Assert.Single(reviewers).Id);

        var signOff = (await harness.EngineAsync(e => e.CompleteAsync(review.Id, new TaskCompletion { Outcome = "approve" }, Reviewer)))!;
        await Assert.ThrowsAsync<RuleOfLawException>(() => harness.EngineAsync(e =>
            e.CompleteAsync(signOff.Id, new TaskCompletion { Outcome = "approve" }, DrafterWithAllRoles)));
        Assert.Empty(await harness.InScopeAsync(sp => sp.GetRequiredService<TaskQueries>().OpenForAsync(DrafterWithAllRoles)));
        await using var db = harness.NewContext();
        Assert.Equal(WorkTaskStatus.Open, (await db.Tasks.SingleAsync(t => t.Id == signOff.Id)).Status);
    }

    [Fact]
    public async Task WhoeverSubmittedTheVersion_CannotReviewIt_EvenIfSomeoneElseOpenedIt()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var colleague = new Caller(new Actor("u-colleague", "陈同事"), new HashSet<string> { Roles.Drafter, Roles.Reviewer });
        // Opened by the system (as a periodic scan opens the next period's draft), so any drafter may
        // take it; a draft a person opened is theirs alone (AssignmentTests).
        var item = await harness.InScopeAsync(sp => sp.GetRequiredService<CatalogueService>().CreateAsync(SampleItems.DivisionOfDuties(), Actor.System));
        var review = (await harness.EngineAsync(e => e.SubmitAsync(item.Id, colleague)))!;

        await Assert.ThrowsAsync<RuleOfLawException>(() => harness.EngineAsync(e =>
            e.CompleteAsync(review.Id, new TaskCompletion { Outcome = "approve" }, colleague)));

        Assert.Empty(await harness.InScopeAsync(sp => sp.GetRequiredService<TaskQueries>().OpenForAsync(colleague)));
        var next = await harness.EngineAsync(e => e.CompleteAsync(review.Id, new TaskCompletion { Outcome = "approve" }, Reviewer));
        Assert.Equal("sign-off", next!.NodeId);
    }

    [Fact]
    public async Task EveryoneWhoSubmittedTheVersion_AcrossReturns_IsKeptFromReviewingIt()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var first = new Caller(new Actor("u-first", "陈同事"), new HashSet<string> { Roles.Drafter, Roles.Reviewer });
        var second = new Caller(new Actor("u-second", "林同事"), new HashSet<string> { Roles.Drafter, Roles.Reviewer });
        // A draft the system opened: any drafter may take it, and two colleagues submit it in turn.
        var item = await harness.InScopeAsync(sp => sp.GetRequiredService<CatalogueService>().CreateAsync(SampleItems.DivisionOfDuties(), Actor.System));
        var review = (await harness.EngineAsync(e => e.SubmitAsync(item.Id, first)))!;
        await harness.EngineAsync(e => e.CompleteAsync(review.Id, new TaskCompletion { Outcome = "return", Comment = "请补充分管领域" }, Reviewer));
        var again = (await harness.EngineAsync(e => e.SubmitAsync(item.Id, second)))!;

        // The load reads who completed the version's drafting tasks as one array: both are in it.
        foreach (var drafter in new[] { first, second })
        {
            await Assert.ThrowsAsync<RuleOfLawException>(() => harness.EngineAsync(e =>
                e.CompleteAsync(again.Id, new TaskCompletion { Outcome = "approve" }, drafter)));
        }

        var next = await harness.EngineAsync(e => e.CompleteAsync(again.Id, new TaskCompletion { Outcome = "approve" }, Reviewer));
        Assert.Equal("sign-off", next!.NodeId);
    }

    [Fact]
    public async Task AStoredDefinitionWhoseDeadlineApproves_IsDisarmedAtRunTime_AndNothingIsPublished()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        // As an older installation (or someone with database access) left it: the clock signs off.
        await StoreBehindTheApplicationAsync(harness, Immediate.Key, Replace(Immediate, "sign-off", n => n with { DeadlineOutcome = "approve" }));
        var item = await harness.CreateItemAsync(SampleItems.EmergencyNotice());
        var review = (await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter)))!;
        var signOff = (await harness.EngineAsync(e => e.CompleteAsync(review.Id, new TaskCompletion { Outcome = "approve" }, Reviewer)))!;
        harness.Clock.Advance(TimeSpan.FromHours(2));

        Assert.False(await harness.EngineAsync(e => e.FireDeadlineAsync(signOff.Id)));
        Assert.Equal(0, await harness.EngineAsync(e => e.SweepDeadlinesAsync()));

        await using var db = harness.NewContext();
        var task = await db.Tasks.SingleAsync(t => t.Id == signOff.Id);
        Assert.Equal((WorkTaskStatus.Open, null), (task.Status, task.DeadlineOutcome));
        Assert.Equal(VersionStatus.InReview, (await db.ItemVersions.SingleAsync()).Status);
        var refused = Assert.Single(await db.Journal.Where(j => j.Action == "deadline-refused").ToListAsync());
        Assert.Equal("law.deadline-approves", refused.Outcome);
        Assert.Contains("领导签发", refused.Comment, StringComparison.Ordinal);
        Assert.True(JournalEntry.Verify(await db.Journal.Where(j => j.InstanceId == task.InstanceId).OrderBy(j => j.Id).ToListAsync()));
    }

    [Fact]
    public async Task AStoredDefinitionWithoutSignOff_CannotPublish_TheReviewIsRefusedAndNothingChanges()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        await StoreBehindTheApplicationAsync(harness, Standard.Key, Replace(Standard, "has-rights-holders", n => n with { Otherwise = "publish" }));
        var item = await harness.CreateItemAsync(SampleItems.DivisionOfDuties());
        var review = (await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter)))!;

        var refused = await Assert.ThrowsAsync<RuleOfLawException>(() => harness.EngineAsync(e =>
            e.CompleteAsync(review.Id, new TaskCompletion { Outcome = "approve" }, Reviewer)));

        Assert.Equal(("law.publication-without-signoff", LawRefusal.NotNow), (refused.Code, refused.Refusal));
        await using var db = harness.NewContext();
        Assert.Equal(WorkTaskStatus.Open, (await db.Tasks.SingleAsync(t => t.Id == review.Id)).Status);
        Assert.Equal(VersionStatus.InReview, (await db.ItemVersions.SingleAsync()).Status);
        Assert.Empty(await db.Journal.Where(j => j.Action == "published").ToListAsync());
    }

    [Fact]
    public async Task ValidatingAStoredUnlawfulVersion_NamesTheRule_AndMigratingToIt_IsRefused()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var item = await harness.CreateItemAsync(SampleItems.DivisionOfDuties());
        await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter));
        await PublishAsync(harness, Standard);
        await StoreBehindTheApplicationAsync(harness, Standard.Key,
            Replace(Standard, "review", n => n with { DeadlineOutcome = "approve", Due = new DueTime { Duration = "PT1H" } }), number: 2);

        var errors = await harness.InScopeAsync(sp => sp.GetRequiredService<DefinitionService>().ValidateAsync(Standard.Key, 2));
        var refused = await Assert.ThrowsAsync<DefinitionInvalidException>(() => harness.InScopeAsync(sp =>
            sp.GetRequiredService<InstanceMigrator>().MigrateAsync(Standard.Key, 1, 2, Standard.Nodes.ToDictionary(n => n.Id, n => n.Id), Admin.Actor)));

        Assert.Contains(errors, e => e.NodeId == "review" && e.Rule == "law.deadline-approves");
        Assert.Contains(refused.Errors, e => e.NodeId == "review" && e.Rule == "law.deadline-approves");
        await using var db = harness.NewContext();
        Assert.Equal(1, (await db.Instances.SingleAsync()).DefinitionNumber);
    }

    [Fact]
    public async Task AnInstanceMigratedToALawfulVersion_KeepsItsReview_AndItsDrafterStillCannotSignOff()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var item = await harness.CreateItemAsync(SampleItems.DivisionOfDuties());
        var review = (await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter)))!;
        var signOff = (await harness.EngineAsync(e => e.CompleteAsync(review.Id, new TaskCompletion { Outcome = "approve" }, Reviewer)))!;
        // Version 2 renames every step: the review done under version 1 must still count.
        var renamed = Standard with
        {
            Nodes = [.. Standard.Nodes.Select(n => n with
            {
                Id = "v2-" + n.Id,
                Next = n.Next is null ? null : "v2-" + n.Next,
                Otherwise = n.Otherwise is null ? null : "v2-" + n.Otherwise,
                OnAgreed = n.OnAgreed is null ? null : "v2-" + n.OnAgreed,
                OnRefused = n.OnRefused is null ? null : "v2-" + n.OnRefused,
                Outcomes = n.Outcomes?.Select(o => o with { Next = "v2-" + o.Next }).ToList(),
                Branches = n.Branches?.Select(b => b with { Next = "v2-" + b.Next }).ToList(),
            })],
        };
        await PublishAsync(harness, renamed);
        await harness.InScopeAsync(sp => sp.GetRequiredService<InstanceMigrator>().MigrateAsync(
            Standard.Key, 1, 2, Standard.Nodes.ToDictionary(n => n.Id, n => "v2-" + n.Id), Admin.Actor));

        await Assert.ThrowsAsync<RuleOfLawException>(() => harness.EngineAsync(e =>
            e.CompleteAsync(signOff.Id, new TaskCompletion { Outcome = "approve" }, DrafterWithAllRoles)));
        var next = await harness.EngineAsync(e => e.CompleteAsync(signOff.Id, new TaskCompletion { Outcome = "approve" }, Leader));

        Assert.Null(next);
        await using var db = harness.NewContext();
        Assert.Equal(VersionStatus.Published, (await db.ItemVersions.SingleAsync()).Status);
        var instance = await db.Instances.SingleAsync();
        Assert.Equal((2, "v2-end-published"), (instance.DefinitionNumber, instance.CurrentNodeId));
    }

    [Fact]
    public async Task AReviewBeforeRework_DoesNotCountAtRunTime()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        // Stored behind the application's back: after a return, resubmission goes straight to sign-off.
        await StoreBehindTheApplicationAsync(harness, Standard.Key, Replace(Standard, "draft", n => n with
        {
            Outcomes = [new OutcomeDocument { Id = "submit", Label = "提交审查", Next = "review" }, new OutcomeDocument { Id = "resubmit", Label = "修改后直接送签", Next = "sign-off" }],
        }));
        var item = await harness.CreateItemAsync(SampleItems.DivisionOfDuties());
        var review = (await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter)))!;
        var signOff = (await harness.EngineAsync(e => e.CompleteAsync(review.Id, new TaskCompletion { Outcome = "approve" }, Reviewer)))!;
        var draft = (await harness.EngineAsync(e => e.CompleteAsync(signOff.Id, new TaskCompletion { Outcome = "return", Comment = "请补充分工" }, Leader)))!;
        var again = (await harness.EngineAsync(e => e.CompleteAsync(draft.Id, new TaskCompletion { Outcome = "resubmit" }, Drafter)))!;

        var refused = await Assert.ThrowsAsync<RuleOfLawException>(() => harness.EngineAsync(e =>
            e.CompleteAsync(again.Id, new TaskCompletion { Outcome = "approve" }, Leader)));

        Assert.Equal("law.publication-without-review", refused.Code);
    }

    private static Task<ProcessDefinitionVersion> PublishAsync(WorkflowHarness harness, ProcessDocument document) => harness.InScopeAsync(async sp =>
    {
        var definitions = sp.GetRequiredService<DefinitionService>();
        var draft = await definitions.CreateDraftAsync(document.Key, document, Admin.Actor);
        return await definitions.PublishAsync(document.Key, draft.Number, Admin.Actor);
    });

    /// <summary>Overwrites a stored version's document in SQL, as no path of the application can.</summary>
    private static async Task StoreBehindTheApplicationAsync(WorkflowHarness harness, string key, ProcessDocument document, int number = 1)
    {
        await using var db = harness.NewContext();
        var json = document.ToJson();
        Assert.Equal(1, await db.Database.ExecuteSqlAsync($"UPDATE disclosure.definition_versions SET document_json = CAST({json} AS jsonb) WHERE key = {key} AND number = {number}"));
    }
}
