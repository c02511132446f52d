using System.Text.Json;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;

namespace Disclosure.Workflows.Definitions;

/// <summary>The facts a decision may look at. A null member is unknown (used by validation).</summary>
public sealed record ItemFacts(
    string? Category,
    TimingClass? Timing,
    bool? HasRightsHolders,
    ExemptionGround? WithheldGround,
    string? LastOutcome,
    bool WithheldGroundKnown = true,
    bool LastOutcomeKnown = true)
{
    /// <summary>Nothing known: every branch is possible.</summary>
    public static ItemFacts Unknown { get; } = new(null, null, null, null, null, WithheldGroundKnown: false, LastOutcomeKnown: false);
}

public static class Conditions
{
    /// <summary>True, false, or null when the facts needed are unknown.</summary>
    public static bool? Evaluate(ConditionDocument condition, ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(facts);
        if (condition.All is { } all)
        {
            var results = all.Select(c => Evaluate(c, facts)).ToList();
            return results.Any(r => r == false) ? false : results.All(r => r == true) ? true : null;
        }

        if (condition.Any is { } any)
        {
            var results = any.Select(c => Evaluate(c, facts)).ToList();
            return results.Any(r => r == true) ? true : results.All(r => r == false) ? false : null;
        }

        if (condition.Not is { } not)
        {
            return !Evaluate(not, facts);
        }

        var candidates = condition.In ?? (condition.EqualTo is { } single ? [single] : []);
        return condition.Fact switch
        {
            Fact.Category => facts.Category is null ? null : candidates.Any(v => v.ValueKind == JsonValueKind.String && CategoryMatches(facts.Category, v.GetString()!)),
            Fact.Timing => facts.Timing is null ? null : candidates.Any(v => v.ValueKind == JsonValueKind.String && string.Equals(v.GetString(), facts.Timing.ToString(), StringComparison.OrdinalIgnoreCase)),
            Fact.HasRightsHolders => facts.HasRightsHolders is null ? null : candidates.Any(v => v.ValueKind is JsonValueKind.True or JsonValueKind.False && v.GetBoolean() == facts.HasRightsHolders),
            Fact.WithheldGround => !facts.WithheldGroundKnown ? null : candidates.Any(v => facts.WithheldGround is null
                ? v.ValueKind == JsonValueKind.Null
                : v.ValueKind == JsonValueKind.String && string.Equals(v.GetString(), facts.WithheldGround.ToString(), StringComparison.OrdinalIgnoreCase)),
            Fact.LastOutcome => !facts.LastOutcomeKnown ? null : candidates.Any(v => v.ValueKind == JsonValueKind.String && v.GetString() == facts.LastOutcome),
            _ => null,
        };
    }

    private static bool CategoryMatches(string actual, string wanted) =>
        actual == wanted || actual.StartsWith(wanted + ".", StringComparison.Ordinal);

    /// <summary>Structural problems of a condition, in plain words; empty when it is well formed.</summary>
    public static IEnumerable<string> Problems(ConditionDocument? condition)
    {
        if (condition is null)
        {
            yield return Messages.ConditionMissing.Text;
            yield break;
        }

        var forms = new[] { condition.Fact is not null, condition.All is not null, condition.Any is not null, condition.Not is not null }.Count(x => x);
        if (forms != 1)
        {
            yield return Messages.ConditionOneForm.Text;
            yield break;
        }

        foreach (var child in condition.All ?? condition.Any ?? (condition.Not is null ? [] : [condition.Not]))
        {
            foreach (var problem in Problems(child))
            {
                yield return problem;
            }
        }

        if (condition.Fact is { } fact)
        {
            var values = condition.In ?? (condition.EqualTo is { } v ? [v] : null);
            if (values is null || values.Count == 0 || (condition.In is not null && condition.EqualTo is not null))
            {
                yield return Messages.ConditionNeedsValues(Messages.FactLabel(fact.ToString()).Text).Text;
                yield break;
            }

            foreach (var value in values)
            {
                if (!ValueFits(fact, value))
                {
                    yield return Messages.ConditionValueInvalid(Messages.FactLabel(fact.ToString()).Text, value.GetRawText()).Text;
                }
            }
        }
    }

    private static bool ValueFits(Fact fact, JsonElement value) => fact switch
    {
        Fact.Category => value.ValueKind == JsonValueKind.String && CatalogueCategories.Find(value.GetString()) is not null,
        Fact.Timing => value.ValueKind == JsonValueKind.String && Enum.TryParse<TimingClass>(value.GetString(), true, out _),
        Fact.HasRightsHolders => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        Fact.WithheldGround => value.ValueKind == JsonValueKind.Null || (value.ValueKind == JsonValueKind.String && Enum.TryParse<ExemptionGround>(value.GetString(), true, out _)),
        Fact.LastOutcome => value.ValueKind == JsonValueKind.String,
        _ => false,
    };
}
