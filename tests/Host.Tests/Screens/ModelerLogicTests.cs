using Disclosure.Host.Components.Admin.Modeler;
using Disclosure.Workflows.Definitions;

namespace Disclosure.Host.Tests.Screens;

/// <summary>The condition form of the modeler's panel, without a screen.</summary>
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
}
