using System.Text.Json;
using Disclosure.Workflows.Definitions;

namespace Disclosure.Workflows.Tests.Definitions;

public sealed class ConditionTextTests
{
    private static ProcessDocument Standard => ShippedDefinitions.Get(ShippedDefinitions.Standard);

    private static readonly ConditionDocument RightsHoldersButNotWithheld = new()
    {
        All =
        [
            new() { Fact = Fact.HasRightsHolders, EqualTo = JsonSerializer.SerializeToElement(true) },
            new() { Not = new() { Fact = Fact.LastOutcome, EqualTo = JsonSerializer.SerializeToElement("withhold") } },
        ],
    };

    [Fact]
    public void ACombination_ReadsAsWords_WithTheOutcomesLabel_FromTheDefinition()
    {
        Assert.Equal("同时满足：是否涉及权利人为“是”；不满足：上一步办理结果为“不予公开”", ConditionText.Describe(RightsHoldersButNotWithheld, Standard));
    }

    [Fact]
    public void WithoutTheDefinition_OrForAnUnknownOutcome_TheIdIsShown()
    {
        Assert.EndsWith("上一步办理结果为“withhold”", ConditionText.Describe(RightsHoldersButNotWithheld), StringComparison.Ordinal);
        Assert.Null(ConditionText.OutcomeLabel(Standard, "no-such-outcome"));
    }

    [Fact]
    public void AnOutcomeIdSeveralStepsShare_ReadsAsEachDistinctLabelOnce()
    {
        var steps = Standard.Nodes.Count(n => n.Outcomes?.Any(o => o.Id == "return") == true);

        Assert.True(steps > 1, "the shipped definition lets several steps return a draft");
        Assert.Equal("退回修改", ConditionText.OutcomeLabel(Standard, "return"));
    }
}
