using Disclosure.Testing;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Engine;
using Disclosure.Workflows.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Disclosure.Testing.WorkflowHarness;

namespace Disclosure.Workflows.Tests.Engine;

public sealed class ConsentTests
{
    [Fact]
    public async Task EveryRightsHolderAgreeing_LeadsToSignOff()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var (item, tokens) = await ToConsentAsync(harness);

        await harness.EngineAsync(e => Run(e.AnswerConsentAsync(tokens[0], agree: true, reason: null)));
        await using (var db = harness.NewContext())
        {
            Assert.Equal("consent", (await db.Instances.SingleAsync()).CurrentNodeId);
        }

        await harness.EngineAsync(e => Run(e.AnswerConsentAsync(tokens[1], agree: true, reason: "同意")));

        await using var check = harness.NewContext();
        var open = await check.Tasks.SingleAsync(t => t.Status == WorkTaskStatus.Open);
        Assert.Equal("sign-off", open.NodeId);
        Assert.All(await check.ConsentRequests.ToListAsync(), r => Assert.Equal(ConsentStatus.Agreed, r.Status));
        Assert.Contains(await check.Journal.ToListAsync(), j => j.Action == "consent-answered" && j.ActorName == "淄博某建设有限公司");
    }

    [Fact]
    public async Task ARefusal_GoesToTheLeadersPublicInterestDecision_WhichNeedsAReasonAndTellsTheRightsHolders()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var (item, tokens) = await ToConsentAsync(harness);
        await Assert.ThrowsAsync<ValidationFailedException>(() => harness.EngineAsync(e => Run(e.AnswerConsentAsync(tokens[0], agree: false, reason: " "))));

        await harness.EngineAsync(e => Run(e.AnswerConsentAsync(tokens[0], agree: false, reason: "报价明细属于商业秘密")));
        await harness.EngineAsync(e => Run(e.AnswerConsentAsync(tokens[1], agree: true, reason: null)));

        WorkflowTask decision;
        await using (var db = harness.NewContext())
        {
            decision = await db.Tasks.SingleAsync(t => t.Status == WorkTaskStatus.Open);
        }

        Assert.Equal(("public-interest", "leader"), (decision.NodeId, decision.Role));
        await Assert.ThrowsAsync<ValidationFailedException>(() => harness.EngineAsync(e =>
            e.CompleteAsync(decision.Id, new TaskCompletion { Outcome = "publish-in-public-interest" }, Leader)));
        var signOff = await harness.EngineAsync(e => e.CompleteAsync(decision.Id,
            new TaskCompletion { Outcome = "publish-in-public-interest", Comment = "工程涉及全体居民切身利益，中标价应当公开" }, Leader));
        Assert.Equal("sign-off", signOff!.NodeId);
        await harness.EngineAsync(e => e.CompleteAsync(signOff.Id, new TaskCompletion { Outcome = "approve" }, Leader));

        await using var check = harness.NewContext();
        Assert.Equal(VersionStatus.Published, (await check.ItemVersions.SingleAsync()).Status);
        var told = await check.Outbox.Where(m => m.Subject.StartsWith("公开告知书")).ToListAsync();
        Assert.Equal(2, told.Count);
        Assert.All(told, m => Assert.Contains("工程涉及全体居民切身利益", m.Body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SilenceUntilTheDeadline_CountsAsRefusal_AndTheDeadlineFiresOnce()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var (item, tokens) = await ToConsentAsync(harness);
        await harness.EngineAsync(e => Run(e.AnswerConsentAsync(tokens[0], agree: true, reason: null)));
        Guid consentTaskId;
        await using (var db = harness.NewContext())
        {
            var consent = await db.Tasks.SingleAsync(t => t.Kind == TaskKind.Consent);
            consentTaskId = consent.Id;
            // Submitted Monday 2026-03-02: 15 working days later is Monday 2026-03-23.
            Assert.Equal(new DateTimeOffset(2026, 3, 23, 23, 59, 59, 999, TimeSpan.FromHours(8)), consent.DueAt);
        }

        Assert.False(await harness.EngineAsync(e => e.FireDeadlineAsync(consentTaskId)));
        harness.Clock.Advance(TimeSpan.FromDays(22));

        Assert.Equal(1, await harness.EngineAsync(e => e.SweepDeadlinesAsync()));
        Assert.False(await harness.EngineAsync(e => e.FireDeadlineAsync(consentTaskId)));
        Assert.Equal(0, await harness.EngineAsync(e => e.SweepDeadlinesAsync()));
        await Assert.ThrowsAsync<ConsentLinkInvalidException>(() => harness.EngineAsync(e => Run(e.AnswerConsentAsync(tokens[1], agree: true, reason: null))));

        await using var check = harness.NewContext();
        Assert.Equal("public-interest", (await check.Tasks.SingleAsync(t => t.Status == WorkTaskStatus.Open)).NodeId);
        var requests = await check.ConsentRequests.OrderBy(r => r.HolderName).ToListAsync();
        Assert.Contains(requests, r => r.Status == ConsentStatus.NoReply);
        Assert.Single(await check.Journal.Where(j => j.Action == "consent-closed").ToListAsync());
    }

    [Fact]
    public async Task ConsentLinks_AreSingleUse_AndWrongTokensGetTheSameAnswer()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var (_, tokens) = await ToConsentAsync(harness);
        await harness.EngineAsync(e => Run(e.AnswerConsentAsync(tokens[0], agree: true, reason: null)));

        var used = await Assert.ThrowsAsync<ConsentLinkInvalidException>(() => harness.EngineAsync(e => Run(e.AnswerConsentAsync(tokens[0], agree: false, reason: "改主意了"))));
        var wrong = await Assert.ThrowsAsync<ConsentLinkInvalidException>(() => harness.EngineAsync(e => Run(e.AnswerConsentAsync("not-a-token", agree: true, reason: null))));

        Assert.Equal(used.Message, wrong.Message);
        await using var db = harness.NewContext();
        var stored = await db.ConsentRequests.Select(r => r.LetterTokenHash!).ToListAsync();
        Assert.Contains(ConsentRequest.HashToken(tokens[1]), stored);
        Assert.DoesNotContain(tokens[1], stored);
        Assert.All(stored, h => Assert.Equal(64, h.Length));
    }

    [Fact]
    public async Task OfficeDecidesSetting_SendsSilenceToItsOwnBranch()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var standard = ShippedDefinitions.Get(ShippedDefinitions.Standard);
        var lenient = Definitions.DefinitionValidatorTests.Replace(standard, "consent", n => n with { OnNoReply = "public-interest" })
            with { Settings = new ProcessSettings { ConsentSilence = ConsentSilence.OfficeDecides } };
        await harness.InScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<DefinitionService>();
            await definitions.CreateDraftAsync(standard.Key, lenient, Admin.Actor);
            return await definitions.PublishAsync(standard.Key, 2, Admin.Actor);
        });
        var (_, _) = await ToConsentAsync(harness);
        harness.Clock.Advance(TimeSpan.FromDays(30));

        await harness.EngineAsync(e => e.SweepDeadlinesAsync());

        await using var db = harness.NewContext();
        var instance = await db.Instances.SingleAsync();
        Assert.Equal((2, "public-interest", "no-reply"), (instance.DefinitionNumber, instance.CurrentNodeId, instance.LastOutcome));
    }

    /// <summary>Creates the tender item with two rights-holders and drives it to the consent step.</summary>
    internal static async Task<(CatalogueItem Item, string[] Tokens)> ToConsentAsync(WorkflowHarness harness)
    {
        var item = await harness.CreateItemAsync(SampleItems.TenderResults());
        var review = await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter));
        var next = await harness.EngineAsync(e => e.CompleteAsync(review!.Id, new TaskCompletion { Outcome = "approve" }, Reviewer));
        Assert.Equal(TaskKind.Consent, next!.Kind);

        await using var db = harness.NewContext();
        var requests = await db.ConsentRequests.OrderBy(r => r.HolderName).Select(r => r.Id).ToListAsync();
        Assert.Equal(2, requests.Count);
        Assert.Equal(2, await db.Outbox.CountAsync(m => m.ConsentRequestId != null && m.Status == OutboxStatus.Pending));
        var tokens = new List<string>();
        foreach (var id in requests)
        {
            tokens.Add((await harness.EngineAsync(e => e.IssueConsentTokenAsync(id))).Token);
        }

        return (item, [.. tokens]);
    }

    private static async Task<bool> Run(Task task)
    {
        await task;
        return true;
    }
}
