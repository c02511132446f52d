using System.Text.Json;
using Disclosure.Host.Components.Admin.Modeler;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;

namespace Disclosure.Host.Tests.Screens;

/// <summary>The modeler's logic without a screen: the condition form and the comparison before publishing.</summary>
public sealed class ModelerLogicTests
{
    [Theory]
    [InlineData("""{"fact":"category","equals":"3"}""")]
    [InlineData("""{"fact":"category","in":["3","1.1"]}""")]
    [InlineData("""{"not":{"fact":"hasRightsHolders","equals":true}}""")]
    [InlineData("""{"all":[{"fact":"timing","equals":"immediate"},{"not":{"fact":"withheldGround","in":[null]}}]}""")]
    [InlineData("""{"any":[{"fact":"lastOutcome","equals":"return"},{"fact":"category","in":["2","4"]}]}""")]
    public void TheConditionForm_ShowsEveryFlatCondition_AndWritesItBackUnchanged(string json)
    {
        var form = ConditionForm.Read(json);

        Assert.NotNull(form);
        Assert.Equal(json, form.BuildJson());
    }

    [Fact]
    public void TheConditionForm_WritesTimingAsTheEngineReadsIt_AndLeavesNestedConditionsAlone()
    {
        Assert.Equal("""{"fact":"timing","equals":"longTerm"}""", ConditionForm.Read("""{"fact":"timing","equals":"LongTerm"}""")!.BuildJson());
        Assert.Null(ConditionForm.Read("""{"all":[{"any":[{"fact":"category","equals":"3"}]}]}"""));
        Assert.Null(ConditionForm.Read("not json"));
        Assert.Null(new ConditionForm { Rows = { new ConditionRow { Fact = Fact.Category } } }.BuildJson());
    }

    [Fact]
    public void TheFormsChoices_ComeFromTheCatalogueAndTheDomain()
    {
        Assert.Equal(17, ConditionForm.Choices(Fact.Category, []).Count);
        Assert.Equal(["长期公开", "定期公开", "即时公开"], ConditionForm.Choices(Fact.Timing, []).Select(c => c.Label));
        Assert.Equal(["\"a\"", "\"b\""], ConditionForm.Choices(Fact.LastOutcome, ["a", "b", "a"]).Select(c => c.Value));
    }

    [Fact]
    public void TheComparison_NamesAddedRemovedAndChangedSteps_ButNotMovedOnes()
    {
        var published = ShippedDefinitions.All.Single(d => d.Key == "standard-disclosure");
        var review = published.Node("review")!;
        var draft = published with
        {
            Nodes =
            [
                .. published.Nodes.Where(n => n.Id is not ("review" or "notify-drafter")).Select(n => n.Id == "draft" ? n with { Layout = new NodeLayout { X = 1, Y = 2, Width = 100, Height = 80 } } : n),
                review with { Role = Roles.SectionHead, ByResponsibleBody = true, Due = new DueTime { WorkingDays = 3 } },
                new NodeDocument { Id = "legal", Kind = NodeKind.UserTask, Name = "合法性审核", Role = Roles.Deputy, Outcomes = [] },
            ],
        };

        var changes = ModelerChanges.Compare(published, draft);

        Assert.Equal(
        [
            "新增步骤“合法性审核”（legal）",
            "删除步骤“通知拟稿人”（notify-drafter）",
            "修改步骤“保密审查”（review）：办理角色、办理期限、限公开主体办理",
        ], changes.Select(c => c.Text));
    }

    [Fact]
    public void EveryMemberOfADefinition_HasAChineseNameForTheComparison()
    {
        var members = typeof(NodeDocument).GetProperties().Concat(typeof(ProcessDocument).GetProperties())
            .Where(p => p.CanWrite && p.Name is not ("Id" or "Layout" or "Nodes" or "Key"))
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name));

        Assert.All(members, member => Assert.NotEqual("modeler.member.other", Messages.ModelerMember(member).Code));
    }
}
