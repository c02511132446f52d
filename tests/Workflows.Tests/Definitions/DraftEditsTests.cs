using Disclosure.Testing;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;

namespace Disclosure.Workflows.Tests.Definitions;

public sealed class DraftEditsTests
{
    private static ProcessDocument Standard => ShippedDefinitions.Get(ShippedDefinitions.Standard);

    [Fact]
    public void InsertTaskAfter_PutsTheStepBetweenTheNodeAndWhereItsFirstOutcomeLed()
    {
        var edited = DraftEdits.InsertTaskAfter(Standard, "review", "合法性审查", "通过");

        var added = edited.Nodes[edited.Nodes.ToList().FindIndex(n => n.Id == "review") + 1];
        Assert.Equal((NodeKind.UserTask, "合法性审查"), (added.Kind, added.Name));
        Assert.Equal(added.Id, edited.Node("review")!.Outcomes![0].Next);
        Assert.Equal("has-rights-holders", Assert.Single(added.Outcomes!).Next);
        // The other outcomes of the review keep their targets.
        Assert.Equal(["draft", "end-withheld"], edited.Node("review")!.Outcomes!.Skip(1).Select(o => o.Next));
    }

    [Fact]
    public void InsertTaskAfter_TheStart_RewiresItsNext()
    {
        var edited = DraftEdits.InsertTaskAfter(Standard, "start", "登记", "登记完成");

        var id = edited.Node("start")!.Next!;
        Assert.Equal("draft", edited.Node(id)!.Outcomes![0].Next);
        Assert.Null(Standard.Node(id));
    }

    [Fact]
    public void Remove_SendsEveryWayIntoTheStepWhereItsFirstOutcomeLed()
    {
        var edited = DraftEdits.Remove(Standard, "public-interest");

        Assert.Null(edited.Node("public-interest"));
        Assert.Equal("end-withheld", edited.Node("consent")!.OnRefused);
    }

    [Fact]
    public void Remove_RefusesTheStart()
    {
        var refusal = Assert.Throws<ValidationFailedException>(() => DraftEdits.Remove(Standard, "start"));

        Assert.Equal("definition-edit.start-stays", refusal.Errors["node"][0].Code);
    }

    [Fact]
    public void RenameNode_MakesEveryReferenceFollow()
    {
        var edited = DraftEdits.RenameNode(Standard, "sign-off", "leader-sign-off");

        Assert.Null(edited.Node("sign-off"));
        Assert.Equal("leader-sign-off", edited.Node("has-rights-holders")!.Otherwise);
        Assert.Equal("leader-sign-off", edited.Node("consent")!.OnAgreed);
        Assert.Equal("leader-sign-off", edited.Node("notify-rights-holders")!.Next);
        Assert.Empty(DefinitionValidator.Validate(edited));
    }

    [Theory]
    [InlineData("review", "definition-edit.node-id-taken")]
    [InlineData("", "definition-edit.node-id-invalid")]
    [InlineData("has space", "definition-edit.node-id-invalid")]
    public void RenameNode_RefusesATakenOrMalformedId(string id, string code)
    {
        var refusal = Assert.Throws<ValidationFailedException>(() => DraftEdits.RenameNode(Standard, "sign-off", id));

        Assert.Equal(code, refusal.Errors["id"][0].Code);
    }

    [Fact]
    public void Move_ChangesTheOrderOnly()
    {
        var edited = DraftEdits.Move(Standard, "sign-off", -1);

        Assert.Equal(Standard.Nodes.Count, edited.Nodes.Count);
        Assert.Equal("sign-off", edited.Nodes[Standard.Nodes.ToList().FindIndex(n => n.Id == "sign-off") - 1].Id);
        Assert.Empty(DefinitionValidator.Validate(edited));
    }

    [Fact]
    public void Outcomes_AreAddedWithFreshIds_AndTheDeadlineOutcomeFollowsARename()
    {
        var immediate = ShippedDefinitions.Get(ShippedDefinitions.Immediate);
        var node = immediate.Nodes.First(n => n.DeadlineOutcome is not null);
        var index = node.Outcomes!.ToList().FindIndex(o => o.Id == node.DeadlineOutcome);

        var added = DraftEdits.AddOutcome(immediate, node.Id, "补充材料", "draft");
        var renamed = DraftEdits.ChangeOutcome(added, node.Id, index, o => o with { Id = "escalated" });
        var removed = DraftEdits.RemoveOutcome(renamed, node.Id, index);

        var outcomes = added.Node(node.Id)!.Outcomes!;
        Assert.Equal(outcomes.Count, outcomes.Select(o => o.Id).Distinct().Count());
        Assert.Equal(("补充材料", "draft"), (outcomes[^1].Label, outcomes[^1].Next));
        Assert.Equal("escalated", renamed.Node(node.Id)!.DeadlineOutcome);
        Assert.Null(removed.Node(node.Id)!.DeadlineOutcome);
    }

    [Fact]
    public void AStepInsertedAfterAParallelSplit_StandsOnItsFirstPath_AndTheOtherPathStays()
    {
        var parallel = TestDefinitions.ParallelReview();

        var edited = DraftEdits.InsertTaskAfter(parallel, "split", "预审", "通过");

        var paths = edited.Node("split")!.Paths!;
        Assert.Equal(2, paths.Count);
        Assert.Equal("review", Assert.Single(edited.Node(paths[0])!.Outcomes!).Next);
        Assert.Equal("legal", paths[1]);
        Assert.Empty(DefinitionValidator.Validate(DraftEdits.Change(edited, paths[0], n => n with { Role = Roles.Reviewer })));
    }

    [Fact]
    public void RenamingOrRemovingAPathsFirstStep_RewiresTheSplit()
    {
        var parallel = TestDefinitions.ParallelReview();

        var renamed = DraftEdits.RenameNode(parallel, "legal", "legality");
        var removed = DraftEdits.Remove(parallel, "legal");

        Assert.Equal(["review", "legality"], renamed.Node("split")!.Paths);
        Assert.Empty(DefinitionValidator.Validate(renamed));
        // The removed step's way out (the join) is the path now.
        Assert.Equal(["review", "join"], removed.Node("split")!.Paths);
    }

    [Fact]
    public void AnOutcomeGivenAnotherId_IsFollowedByTheCountersignThatNamesIt()
    {
        var countersign = TestDefinitions.CountersignOfConcerned(CompletionRule.All, RejectionRule.ReturnStep);

        var edited = DraftEdits.ChangeOutcome(countersign, "countersign", 0, o => o with { Id = "consent-given" });

        Assert.Equal(("consent-given", "return"), (edited.Node("countersign")!.Countersign!.Approve, edited.Node("countersign")!.Countersign!.Reject));
        Assert.Empty(DefinitionValidator.Validate(edited));
    }
}
