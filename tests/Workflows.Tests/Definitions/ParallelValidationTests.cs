using Disclosure.Testing;
using Disclosure.Workflows.Definitions;
using static Disclosure.Testing.TestDefinitions;

namespace Disclosure.Workflows.Tests.Definitions;

public sealed class ParallelValidationTests
{
    private static ProcessDocument Parallel => ParallelReview();

    private static ProcessDocument With(ProcessDocument document, params NodeDocument[] nodes) =>
        document with { Nodes = [.. document.Nodes.Where(n => !nodes.Any(x => x.Id == n.Id)), .. nodes] };

    [Fact]
    public void ParallelAndCountersignDefinitions_AreValid()
    {
        Assert.Empty(DefinitionValidator.Validate(Parallel));
        Assert.Empty(DefinitionValidator.Validate(ParallelReview(extraPaths: 48)));
        Assert.Empty(DefinitionValidator.Validate(CountersignOfConcerned(CompletionRule.AtLeast, RejectionRule.RecordOnly, atLeast: 2)));
    }

    [Fact]
    public void Validate_RefusesASplitWhosePathNeverJoins()
    {
        // The legality check ends the process instead of joining: the join would wait for ever.
        var document = DefinitionValidatorTests.Replace(Parallel, "legal", n => n with { Outcomes = [n.Outcomes![0] with { Next = "end" }] });

        var error = Assert.Single(DefinitionValidator.Validate(document), e => e.Rule == "split-unjoined");

        Assert.Equal("split", error.NodeId);
        Assert.Contains("已发布", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RefusesPathsThatReachDifferentJoins()
    {
        var other = new NodeDocument { Id = "join-2", Kind = NodeKind.ParallelJoin, Name = "另一汇合", Next = "rh" };
        var document = With(DefinitionValidatorTests.Replace(Parallel, "legal", n => n with { Outcomes = [n.Outcomes![0] with { Next = "join-2" }] }), other);

        var errors = DefinitionValidator.Validate(document);

        Assert.Contains(errors, e => e.NodeId == "split" && e.Rule == "split-unjoined" && e.Message.Contains("join-2", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_RefusesAJoinWithoutSplit()
    {
        // Sign-off → join: a join no split feeds waits for paths that never come (deadlock).
        var stray = new NodeDocument { Id = "stray-join", Kind = NodeKind.ParallelJoin, Name = "孤立汇合", Next = "publish" };
        var document = With(DefinitionValidatorTests.Replace(Parallel, "sign-off", n => n with { Outcomes = [n.Outcomes![0] with { Next = "stray-join" }, n.Outcomes[1]] }), stray);

        var errors = DefinitionValidator.Validate(document);

        Assert.Contains(errors, e => e.NodeId == "stray-join" && e.Rule == "join-without-split");
    }

    [Fact]
    public void Validate_RefusesEnteringAPathFromOutside()
    {
        // Sign-off returns into the middle of a path: the join would count one arrival too many.
        var document = DefinitionValidatorTests.Replace(Parallel, "sign-off", n => n with { Outcomes = [n.Outcomes![0], n.Outcomes[1] with { Next = "legal" }] });

        var errors = DefinitionValidator.Validate(document);

        Assert.Contains(errors, e => e.NodeId == "legal" && e.Rule == "parallel-entry" && e.Message.Contains("领导签发", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_RefusesPathsSharingANode()
    {
        var document = With(Parallel, new NodeDocument { Id = "split", Kind = NodeKind.ParallelSplit, Name = "分头审查", Paths = ["review", "legal", "extra"] },
            Task("extra", "补充核对", Roles.Deputy, NodePurpose.None, ("ok", "无误", "legal", false)));

        var errors = DefinitionValidator.Validate(document);

        Assert.Contains(errors, e => e.NodeId == "split" && e.Rule == "split-paths-disjoint");
    }

    [Fact]
    public void Validate_RefusesDraftingOrPublishingInsideAPath()
    {
        var drafting = DefinitionValidatorTests.Replace(Parallel, "legal", n => n with { Purpose = NodePurpose.Drafting });
        var publishing = With(DefinitionValidatorTests.Replace(Parallel, "legal", n => n with { Outcomes = [n.Outcomes![0] with { Next = "early-publish" }] }),
            new NodeDocument { Id = "early-publish", Kind = NodeKind.Publish, Name = "提前发布", Next = "join" });

        Assert.Contains(DefinitionValidator.Validate(drafting), e => e.NodeId == "legal" && e.Rule == "parallel-drafting");
        Assert.Contains(DefinitionValidator.Validate(publishing), e => e.NodeId == "early-publish" && e.Rule == "parallel-publish");
    }

    [Fact]
    public void Validate_AcceptsNestedSplits_AndChecksTheirJoins()
    {
        var nested = With(Parallel,
            new NodeDocument { Id = "split", Kind = NodeKind.ParallelSplit, Name = "分头审查", Paths = ["review", "inner-split"] },
            new NodeDocument { Id = "inner-split", Kind = NodeKind.ParallelSplit, Name = "内层分支", Paths = ["legal", "deputy-check"] },
            Task("legal", "合法性审核", Roles.Leader, NodePurpose.None, ("approve", "审核通过", "inner-join", false)),
            Task("deputy-check", "分管领导核对", Roles.Deputy, NodePurpose.None, ("approve", "核对无误", "inner-join", false)),
            new NodeDocument { Id = "inner-join", Kind = NodeKind.ParallelJoin, Name = "内层汇合", Next = "join" });
        Assert.Empty(DefinitionValidator.Validate(nested));

        var broken = DefinitionValidatorTests.Replace(nested, "deputy-check", n => n with { Outcomes = [n.Outcomes![0] with { Next = "join" }] });
        Assert.Contains(DefinitionValidator.Validate(broken), e => e.NodeId == "inner-split" && e.Rule == "split-unjoined");
    }

    [Fact]
    public void PathRules_CountAReviewOnAnyPath_AfterTheJoin()
    {
        // Review on one path and sign-off on the other: both have run when the join goes on.
        var document = With(Parallel,
            Task("legal", "领导签发", Roles.Leader, NodePurpose.LeaderSignOff, ("approve", "同意", "join", false)),
            new NodeDocument { Id = "rh", Kind = NodeKind.Decision, Name = "是否涉及权利人", Branches = Tail().First().Branches, Otherwise = "publish" });
        document = DefinitionValidatorTests.Replace(document, "public-interest", n => n with { Outcomes = [n.Outcomes![0] with { Next = "publish" }] });
        document = DefinitionValidatorTests.Replace(document, "consent", n => n with { OnAgreed = "publish" });
        document = document with { Nodes = [.. document.Nodes.Where(n => n.Id != "sign-off")] };

        Assert.Empty(DefinitionValidator.Validate(document));
    }

    [Fact]
    public void PathRules_StillRefuseASkippedSignOff_ThroughAJoin()
    {
        var document = DefinitionValidatorTests.Replace(Parallel, "rh", n => n with { Otherwise = "publish" });

        var error = Assert.Single(DefinitionValidator.Validate(document), e => e.Rule == "signoff-required");

        Assert.Equal("publish", error.NodeId);
        Assert.Contains("分头审查 → 汇合", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RefusesMalformedCountersigns()
    {
        var document = CountersignOfConcerned(CompletionRule.All, RejectionRule.ReturnStep);
        var purpose = DefinitionValidatorTests.Replace(document, "countersign", n => n with { Purpose = NodePurpose.LeaderSignOff });
        var atLeast = DefinitionValidatorTests.Replace(document, "countersign", n => n with { Countersign = n.Countersign! with { Completion = CompletionRule.AtLeast } });
        var outcomes = DefinitionValidatorTests.Replace(document, "countersign", n => n with { Countersign = n.Countersign! with { Reject = "agree" } });
        var roles = DefinitionValidatorTests.Replace(document, "countersign", n => n with { Countersign = n.Countersign! with { Signers = SignerSource.Roles, Roles = ["reviewer", "nobody"] } });

        Assert.Contains(DefinitionValidator.Validate(purpose), e => e.NodeId == "countersign" && e.Rule == "countersign" && e.Message.Contains("法定", StringComparison.Ordinal));
        Assert.Contains(DefinitionValidator.Validate(atLeast), e => e.NodeId == "countersign" && e.Message.Contains("人数", StringComparison.Ordinal));
        Assert.Contains(DefinitionValidator.Validate(outcomes), e => e.NodeId == "countersign" && e.Message.Contains("两个办理结果", StringComparison.Ordinal));
        Assert.Contains(DefinitionValidator.Validate(roles), e => e.NodeId == "countersign" && e.Message.Contains("已有角色", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_RefusesASelectionOnFactsKnownOnlyWhileRunning()
    {
        var document = Parallel with { Settings = new ProcessSettings { Selection = new SelectionDocument { When = new ConditionDocument { Fact = Fact.LastOutcome, EqualTo = System.Text.Json.JsonSerializer.SerializeToElement("approve") } } } };

        Assert.Contains(DefinitionValidator.Validate(document), e => e.NodeId is null && e.Rule == "selection");
    }
}
