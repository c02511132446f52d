using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Definitions;
using static Disclosure.Workflows.Tests.Definitions.DefinitionValidatorTests;

namespace Disclosure.Workflows.Tests.Definitions;

/// <summary>The rules of law as definitions meet them: in validation, and on every write of a document.</summary>
public sealed class LawRulesTests
{
    private static ProcessDocument Standard => ShippedDefinitions.Get(ShippedDefinitions.Standard);

    private static ProcessDocument Immediate => ShippedDefinitions.Get(ShippedDefinitions.Immediate);

    [Fact]
    public void ShippedDefinitions_KeepEveryRuleOfLaw()
    {
        Assert.All(ShippedDefinitions.All, d => Assert.Empty(LawRules.Check(d)));
        Assert.All(ShippedDefinitions.All, d => Assert.Empty(DefinitionSchema.Check(d)));
    }

    [Theory]
    [InlineData("sign-off", "approve")]
    [InlineData("review", "approve")]
    [InlineData("public-interest", "publish-in-public-interest")]
    public void ADeadlineOutcome_ThatApproves_IsRefused(string node, string outcome)
    {
        var document = Replace(Standard, node, n => n with { DeadlineOutcome = outcome, Due = new DueTime { Duration = "PT2S" } });

        var error = Assert.Single(LawRules.Check(document));

        Assert.Equal((node, "law.deadline-approves"), (error.NodeId, error.Rule));
        Assert.Contains(Standard.Node(node)!.Name!, error.Message, StringComparison.Ordinal);
        Assert.Contains(error, DefinitionValidator.Validate(document));
    }

    [Theory]
    [InlineData("review", "return")]
    [InlineData("review", "withhold")]
    [InlineData("sign-off", "return")]
    [InlineData("public-interest", "withhold")]
    public void ADeadlineOutcome_MayReturnOrWithhold(string node, string outcome)
    {
        // Outcomes that withhold need a comment, so the clock may not take them; the rule of law itself allows them.
        var document = Replace(Standard, node, n => n with
        {
            DeadlineOutcome = outcome,
            Outcomes = [.. n.Outcomes!.Select(o => o with { RequiresComment = false, RequiresExemption = false })],
        });

        Assert.Empty(LawRules.Check(document));
    }

    [Fact]
    public void ADeadlineOutcome_MayEscalateToAnotherSignOff_ButNotPastIt()
    {
        Assert.Empty(LawRules.Check(Immediate));

        // Escalating to a plain step that leads straight on to publication signs off by the clock.
        var document = Replace(Immediate, "principal-sign-off", n => n with { Purpose = NodePurpose.None });

        Assert.Contains(LawRules.Check(document), e => e.NodeId == "sign-off" && e.Rule == "law.deadline-approves");
    }

    [Fact]
    public void ADeadlineOutcome_OfAPlainStep_ThatPublishesWithoutAPerson_IsRefused()
    {
        var check = new NodeDocument
        {
            Id = "final-check", Kind = NodeKind.UserTask, Name = "发布前核对", Role = Roles.Administrator, Due = new DueTime { Duration = "PT1H" },
            DeadlineOutcome = "go", Outcomes = [new OutcomeDocument { Id = "go", Label = "继续发布", Next = "publish" }],
        };
        var document = Replace(Standard, "sign-off", n => n with { Outcomes = [.. n.Outcomes!.Select(o => o.Id == "approve" ? o with { Next = "final-check" } : o)] });
        document = document with { Nodes = [.. document.Nodes, check] };

        var error = Assert.Single(LawRules.Check(document));

        Assert.Equal(("final-check", "law.deadline-publishes"), (error.NodeId, error.Rule));
    }

    [Fact]
    public void TheReview_ByAnotherRoleThanTheReviewer_AndTheSignOff_ByAnotherThanTheLeader_AreRefused()
    {
        var document = Replace(Standard, "review", n => n with { Role = Roles.Leader });
        document = Replace(document, "sign-off", n => n with { Role = Roles.Reviewer });

        var errors = LawRules.Check(document);

        Assert.Contains(errors, e => e.NodeId == "review" && e.Rule == "law.review-role");
        Assert.Contains(errors, e => e.NodeId == "sign-off" && e.Rule == "law.signoff-role");
        // Nor does the path search count them as a review or a sign-off.
        Assert.Contains(DefinitionValidator.Validate(document), e => e.NodeId == "publish" && e.Rule == "review-required");
    }

    [Fact]
    public void TheDraftingRole_MayNotAlsoReviewSignOffOrDecide()
    {
        var document = Replace(Standard, "draft", n => n with { Role = Roles.Leader });

        var errors = LawRules.Check(document);

        Assert.Contains(errors, e => e.NodeId == "sign-off" && e.Rule == "law.drafting-role-separate");
        Assert.Contains(errors, e => e.NodeId == "public-interest" && e.Rule == "law.drafting-role-separate");
        Assert.DoesNotContain(errors, e => e.NodeId == "review");
    }

    [Fact]
    public void APurpose_OnAnAutomaticNode_IsRefused()
    {
        // A notify step "reviewing" would let the path search believe a review happened.
        var document = Replace(Standard, "notify-rights-holders", n => n with { Purpose = NodePurpose.ConfidentialityReview });

        Assert.Contains(LawRules.Check(document), e => e.NodeId == "notify-rights-holders" && e.Rule == "law.purpose-on-user-task");
    }

    [Fact]
    public void EveryWrite_OfADocument_IsCheckedAgainstTheSchemaAndTheLaw()
    {
        var noRole = Replace(Standard, "review", n => n with { Role = null });
        var clockSigns = Replace(Standard, "sign-off", n => n with { DeadlineOutcome = "approve", Due = new DueTime { Duration = "PT2S" } });
        var version = new ProcessDefinitionVersion(Standard, 2, Actor.System, DateTimeOffset.UnixEpoch);

        var schema = Assert.Throws<DefinitionInvalidException>(() => new ProcessDefinitionVersion(noRole, 2, Actor.System, DateTimeOffset.UnixEpoch));
        var law = Assert.Throws<DefinitionInvalidException>(() => version.ReplaceDocument(clockSigns));

        var error = Assert.Single(schema.Errors);
        Assert.Equal(("review", "schema.required"), (error.NodeId, error.Rule));
        Assert.Contains("人工任务必须指定候选角色", error.Message, StringComparison.Ordinal);
        Assert.Contains(law.Errors, e => e.NodeId == "sign-off" && e.Rule == "law.deadline-approves");
        Assert.Equal(Standard.ToJson(), version.Document.ToJson());
    }
}
