using Disclosure.Testing;
using Disclosure.Workflows.Definitions;

namespace Disclosure.Workflows.Tests.Definitions;

public sealed class DefinitionDiffTests
{
    private static ProcessDocument Standard => ShippedDefinitions.Get(ShippedDefinitions.Standard);

    [Fact]
    public void TheSameDocument_HasNoChanges()
    {
        Assert.Empty(DefinitionDiff.Compare(Standard, Standard with { }));
    }

    [Fact]
    public void AnInsertedStep_IsReportedAsAdded_AndItsPredecessorAsRewired()
    {
        var edited = DraftEdits.InsertTaskAfter(Standard, "review", "合法性审查", "通过");
        var id = edited.Node("review")!.Outcomes![0].Next!;

        var changes = DefinitionDiff.Compare(Standard, edited);

        var added = Assert.Single(changes, c => c.Kind == ChangeKind.Added);
        Assert.Equal(id, added.NodeId);
        Assert.Contains("合法性审查", added.Text, StringComparison.Ordinal);
        var review = Assert.Single(changes, c => c.NodeId == "review");
        Assert.Contains("办理结果“审查通过”：去向由“是否涉及权利人（has-rights-holders）”改为“合法性审查", review.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void NewOutcomes_TheirRules_AndARemovedStep_AreSpelledOut()
    {
        var edited = DraftEdits.AddOutcome(Standard, "sign-off", "请示上级", "draft");
        edited = DraftEdits.ChangeOutcome(edited, "sign-off", 2, o => o with { RequiresComment = true });
        edited = DraftEdits.Remove(edited, "public-interest");

        var changes = DefinitionDiff.Compare(Standard, edited);

        Assert.Contains(changes, c => c.NodeId == "sign-off" && c.Text.Contains("新增办理结果“请示上级”，去向“拟稿（draft）”，须填写意见", StringComparison.Ordinal));
        Assert.Contains(changes, c => c.Kind == ChangeKind.Removed && c.NodeId == "public-interest" && c.Text.Contains("公共利益裁量", StringComparison.Ordinal));
        Assert.Contains(changes, c => c.NodeId == "consent" && c.Text.Contains("有人不同意时去向", StringComparison.Ordinal));
    }

    [Fact]
    public void RoleDueAndSilence_AreReportedInWords()
    {
        var edited = DraftEdits.Change(Standard, "review", n => n with { Role = Roles.Leader, Due = new DueTime { Duration = "PT4H" } })
            with { Settings = new ProcessSettings { ConsentSilence = ConsentSilence.OfficeDecides } };

        var texts = DefinitionDiff.Compare(Standard, edited).Select(c => c.Text).ToList();

        Assert.Contains(texts, t => t.Contains("办理角色由“保密审查员”改为“领导”", StringComparison.Ordinal) && t.Contains("办理时限由“5 个工作日”改为“4 小时”", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("权利人逾期未答复的处理由", StringComparison.Ordinal));
    }

    [Fact]
    public void ParallelPaths_Countersigns_AndTheDepartmentRule_AreReportedInWords()
    {
        var parallel = TestDefinitions.ParallelReview(extraPaths: 1);
        var countersign = TestDefinitions.CountersignOfConcerned(CompletionRule.All, RejectionRule.ReturnStep);

        var fewerPaths = DraftEdits.Change(parallel, "split", n => n with { Paths = ["review", "legal"] });
        var anyOne = DraftEdits.Change(countersign, "countersign", n => n with { Countersign = n.Countersign! with { Completion = CompletionRule.Any } });
        var byBody = DraftEdits.Change(countersign, "review", n => n with { ByResponsibleBody = true });

        Assert.Contains("并行分支由“保密审查（review）、合法性审核（legal）、核对 0（check-0）”改为“保密审查（review）、合法性审核（legal）”",
            Assert.Single(DefinitionDiff.Compare(parallel, fewerPaths)).Text, StringComparison.Ordinal);
        var signed = Assert.Single(DefinitionDiff.Compare(countersign, anyOne)).Text;
        Assert.Contains("会签由“会签：事项所列会签部门的", signed, StringComparison.Ordinal);
        Assert.DoesNotContain("其他设置有变化", signed, StringComparison.Ordinal);
        Assert.Contains("仅由公开主体部门的该角色办理由“否”改为“是”", Assert.Single(DefinitionDiff.Compare(countersign, byBody)).Text, StringComparison.Ordinal);
    }
}
