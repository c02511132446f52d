using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;

namespace Disclosure.Workflows.Tests.Definitions;

public sealed class DefinitionValidatorTests
{
    private static ProcessDocument Standard => ShippedDefinitions.Get(ShippedDefinitions.Standard);

    [Fact]
    public void ShippedDefinitions_AreValid()
    {
        Assert.Equal(4, ShippedDefinitions.All.Count);
        foreach (var definition in ShippedDefinitions.All)
        {
            Assert.Empty(DefinitionValidator.Validate(definition));
        }
    }

    [Fact]
    public void Validate_RefusesAnUnreachableNode()
    {
        var document = Standard with { Nodes = [.. Standard.Nodes, new NodeDocument { Id = "orphan", Kind = NodeKind.End, Name = "孤立", Result = EndResult.Published }] };

        var error = Assert.Single(DefinitionValidator.Validate(document));

        Assert.Equal(("orphan", "unreachable"), (error.NodeId, error.Rule));
    }

    [Fact]
    public void Validate_RefusesAnOutcomeThatLeadsNowhere()
    {
        var document = Replace(Standard, "review", n => n with { Outcomes = [.. n.Outcomes!.Select(o => o.Id == "return" ? o with { Next = "nowhere" } : o)] });

        var errors = DefinitionValidator.Validate(document);

        Assert.Contains(errors, e => e.NodeId == "review" && e.Rule == "missing-target" && e.Message.Contains("nowhere", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_RefusesAUserTaskWithoutRoleOrOutcomes()
    {
        var document = Replace(Standard, "sign-off", n => n with { Role = null, Outcomes = [] });

        var errors = DefinitionValidator.Validate(document);

        Assert.Contains(errors, e => e.NodeId == "sign-off" && e.Rule == "task-role");
        Assert.Contains(errors, e => e.NodeId == "sign-off" && e.Rule == "task-outcomes");
    }

    [Fact]
    public void Validate_RefusesADeadlineOutcomeTheTaskDoesNotHave()
    {
        var document = Replace(Standard, "sign-off", n => n with { DeadlineOutcome = "auto-approve" });

        var error = Assert.Single(DefinitionValidator.Validate(document));

        Assert.Equal(("sign-off", "deadline-outcome"), (error.NodeId, error.Rule));
    }

    [Fact]
    public void Validate_RefusesAPathThatCannotEnd()
    {
        // Two nodes that only lead to each other: reachable, but no end can follow.
        var loopA = new NodeDocument { Id = "loop-a", Kind = NodeKind.Notify, Name = "甲", To = "leader", Message = "x", Next = "loop-b" };
        var loopB = new NodeDocument { Id = "loop-b", Kind = NodeKind.Notify, Name = "乙", To = "leader", Message = "x", Next = "loop-a" };
        var document = Replace(Standard, "review", n => n with { Outcomes = [.. n.Outcomes!, new OutcomeDocument { Id = "park", Label = "搁置", Next = "loop-a" }] });
        document = document with { Nodes = [.. document.Nodes, loopA, loopB] };

        var errors = DefinitionValidator.Validate(document);

        Assert.Contains(errors, e => e.NodeId == "loop-a" && e.Rule == "cannot-end");
        Assert.Contains(errors, e => e.NodeId == "loop-b" && e.Rule == "cannot-end");
    }

    [Fact]
    public void Validate_RefusesAPathThatSkipsTheConfidentialityReview()
    {
        var document = Replace(Standard, "draft", n => n with { Outcomes = [.. n.Outcomes!, new OutcomeDocument { Id = "fast", Label = "直接送签", Next = "sign-off" }] });

        var errors = DefinitionValidator.Validate(document);

        var error = Assert.Single(errors, e => e.Rule == "review-required");
        Assert.Equal("publish", error.NodeId);
        Assert.Contains("拟稿 → 领导签发 → 发布", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RefusesAPathThatSkipsTheLeaderSignOff()
    {
        var document = Replace(Standard, "has-rights-holders", n => n with { Otherwise = "publish" });

        var errors = DefinitionValidator.Validate(document);

        Assert.Contains(errors, e => e.NodeId == "publish" && e.Rule == "signoff-required");
    }

    [Fact]
    public void Validate_RefusesSkippingConsent_ForItemsWithRightsHolders()
    {
        // Without the decision node every item goes straight to sign-off: fine for most items, not for these.
        var document = Replace(Standard, "review", n => n with { Outcomes = [.. n.Outcomes!.Select(o => o.Id == "approve" ? o with { Next = "sign-off" } : o)] });

        var errors = DefinitionValidator.Validate(document);

        Assert.Contains(errors, e => e.NodeId == "publish" && e.Rule == "consent-required" && e.Message.Contains("涉及权利人", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_RefusesPublishingAfterARefusal_WithoutThePublicInterestDecision()
    {
        var document = Replace(Standard, "consent", n => n with { OnRefused = "sign-off" });

        var errors = DefinitionValidator.Validate(document);

        Assert.Contains(errors, e => e.NodeId == "publish" && e.Rule == "public-interest-required");
    }

    [Fact]
    public void Validate_DoesNotCountAReviewBeforeRework()
    {
        // Review → return → drafting → straight to sign-off: the reworked text was never reviewed.
        var document = Replace(Standard, "draft", n => n with
        {
            Outcomes = [new OutcomeDocument { Id = "submit", Label = "提交审查", Next = "review" }, new OutcomeDocument { Id = "resubmit", Label = "修改后直接送签", Next = "sign-off" }],
        });

        var errors = DefinitionValidator.Validate(document);

        Assert.Contains(errors, e => e.Rule == "review-required");
    }

    [Fact]
    public void Validate_RequiresOnNoReply_WhenSilenceLeavesTheDecisionToTheOffice()
    {
        var document = Standard with { Settings = new ProcessSettings { ConsentSilence = ConsentSilence.OfficeDecides } };

        var error = Assert.Single(DefinitionValidator.Validate(document));

        Assert.Equal(("consent", "consent-targets"), (error.NodeId, error.Rule));
    }

    [Fact]
    public void Validate_RefusesMalformedConditionsAndDueTimes()
    {
        var document = Replace(Standard, "has-rights-holders", n => n with { Branches = [new BranchDocument { When = new ConditionDocument { Fact = Fact.Timing }, Next = "consent" }] });
        document = Replace(document, "consent", n => n with { Due = new DueTime { Duration = "four hours" } });

        var errors = DefinitionValidator.Validate(document);

        Assert.Contains(errors, e => e.NodeId == "has-rights-holders" && e.Rule == "condition");
        Assert.Contains(errors, e => e.NodeId == "consent" && e.Rule == "due-time");
    }

    [Fact]
    public void FromJson_RefusesUnknownMembersAndKinds()
    {
        Assert.Throws<DefinitionFormatException>(() => ProcessDocument.FromJson("""{ "key": "x", "nodes": [ { "id": "a", "kind": "script" } ] }"""));
        Assert.Throws<DefinitionFormatException>(() => ProcessDocument.FromJson("""{ "key": "x", "code": "rm -rf /" }"""));
        Assert.Throws<DefinitionFormatException>(() => ProcessDocument.FromJson("not json"));
    }

    [Fact]
    public void Json_RoundTripsTheShippedDefinition()
    {
        var again = ProcessDocument.FromJson(Standard.ToJson());

        Assert.Equal(Standard.ToJson(), again.ToJson());
        Assert.Empty(DefinitionValidator.Validate(again));
    }

    internal static ProcessDocument Replace(ProcessDocument document, string id, Func<NodeDocument, NodeDocument> change) =>
        document with { Nodes = [.. document.Nodes.Select(n => n.Id == id ? change(n) : n)] };
}
