using System.Text.Json;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;

namespace Disclosure.Workflows.Definitions;

/// <summary>A decision's condition in words, for the editor and the comparison of versions.</summary>
public static class ConditionText
{
    public static string Describe(ConditionDocument? condition)
    {
        if (condition is null)
        {
            return Messages.ConditionMissing.Text;
        }

        if (condition.All is { } all)
        {
            return Messages.ConditionAllOf(all.Select(Describe)).Text;
        }

        if (condition.Any is { } any)
        {
            return Messages.ConditionAnyOf(any.Select(Describe)).Text;
        }

        if (condition.Not is { } not)
        {
            return Messages.ConditionNot(Describe(not)).Text;
        }

        if (condition.Fact is not { } fact)
        {
            return Messages.ConditionOneForm.Text;
        }

        var values = condition.In ?? (condition.EqualTo is { } single ? [single] : []);
        return Messages.ConditionFact(Messages.FactLabel(fact.ToString()).Text, values.Select(v => Value(fact, v))).Text;
    }

    /// <summary>A fact's value as people read it: 3.1 的类别名, 定期公开, 是/否, 个人隐私.</summary>
    public static string Value(Fact fact, JsonElement value)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        return fact switch
        {
            Fact.Category => CatalogueCategories.Find(text)?.Display ?? text,
            Fact.Timing when Enum.TryParse<TimingClass>(text, true, out var timing) => Labels.Of(timing),
            Fact.HasRightsHolders when value.ValueKind is JsonValueKind.True or JsonValueKind.False => Messages.YesNo(value.GetBoolean()).Text,
            Fact.WithheldGround when value.ValueKind == JsonValueKind.Null => Messages.ConditionNoGround.Text,
            Fact.WithheldGround when Enum.TryParse<ExemptionGround>(text, true, out var ground) => Labels.Of(ground),
            _ => text,
        };
    }
}
