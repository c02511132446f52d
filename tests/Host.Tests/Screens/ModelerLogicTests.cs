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
        Assert.Equal(("null", "无（未不予公开）"), ConditionForm.Choices(Fact.WithheldGround, [])[0]);
    }

    [Fact]
    public void TheLastOutcome_IsChosenByItsLabel_WithTheIdAsTheValue()
    {
        OutcomeSnapshot[] outcomes =
        [
            new("approve", "审查通过", "保密审查"), new("return", "退回修改", "保密审查"),
            new("approve", "同意发布", "领导签发"), new("return", "退回修改", "领导签发"),
            new("result-3", null, "会签"), new("同意", "会签同意", "会签"),
        ];

        var choices = ConditionForm.Choices(Fact.LastOutcome, outcomes);

        Assert.Equal(["审查通过/同意发布（保密审查、领导签发）", "退回修改（保密审查、领导签发）", "result-3（会签）", "会签同意（会签）"], choices.Select(c => c.Label));
        Assert.Equal(["approve", "return", "result-3", "同意"], choices.Select(c => System.Text.Json.JsonSerializer.Deserialize<string>(c.Value)));
        // A condition read back ticks the choice it names, an id in Chinese too, escaped or not.
        Assert.Equal(choices[3].Value, ConditionForm.Read("""{"fact":"lastOutcome","equals":"\u540C\u610F"}""")!.Rows[0].Values[0]);
        Assert.Equal(choices[3].Value, ConditionForm.Read("""{"fact":"lastOutcome","equals":"同意"}""")!.Rows[0].Values[0]);
        // An outcome the drawing no longer has stays visible while the condition names it, so it can be unticked.
        Assert.Equal(("\"gone\"", "gone"), ConditionForm.Choices(Fact.LastOutcome, outcomes, ["\"gone\"", "\"return\""])[^1]);
        Assert.Equal(5, ConditionForm.Choices(Fact.LastOutcome, outcomes, ["\"gone\"", "\"return\""]).Count);
    }
}
