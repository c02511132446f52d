using System.Text.Json;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;

namespace Disclosure.Workflows.Definitions;

/// <summary>A decision's condition in words, for the editor and the comparison of versions.</summary>
public static class ConditionText
{
    /// <summary>The condition in words; with the definition, outcome ids read as their labels.</summary>
    public static string Describe(ConditionDocument? condition, ProcessDocument? document = null)
    {
        if (condition is null)
        {
            return Messages.ConditionMissing.Text;
        }

        if (condition.All is { } all)
        {
            return Messages.ConditionAllOf(all.Select(c => Describe(c, document))).Text;
        }

        if (condition.Any is { } any)
        {
            return Messages.ConditionAnyOf(any.Select(c => Describe(c, document))).Text;
        }

        if (condition.Not is { } not)
        {
            return Messages.ConditionNot(Describe(not, document)).Text;
        }

        if (condition.Fact is not { } fact)
        {
            return Messages.ConditionOneForm.Text;
        }

        var values = condition.In ?? (condition.EqualTo is { } single ? [single] : []);
        return Messages.ConditionFact(Messages.FactLabel(fact.ToString()).Text, values.Select(v => Value(fact, v, document))).Text;
    }

    /// <summary>A fact's value as people read it: 3.1 的类别名, 定期公开, 是/否, 个人隐私, an outcome's label.</summary>
    public static string Value(Fact fact, JsonElement value, ProcessDocument? document = null)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        return fact switch
        {
            Fact.Category => CatalogueCategories.Find(text)?.Display ?? text,
            Fact.Timing when Enum.TryParse<TimingClass>(text, true, out var timing) => Labels.Of(timing),
            Fact.HasRightsHolders when value.ValueKind is JsonValueKind.True or JsonValueKind.False => Messages.YesNo(value.GetBoolean()).Text,
            Fact.WithheldGround when value.ValueKind == JsonValueKind.Null => Messages.ConditionNoGround.Text,
            Fact.WithheldGround when Enum.TryParse<ExemptionGround>(text, true, out var ground) => Labels.Of(ground),
            Fact.LastOutcome when OutcomeLabel(document, text) is { } label => label,
            _ => text,
        };
    }

    /// <summary>
    /// An outcome id as its label (steps may share an id, e.g. return: each distinct label once),
    /// or null when the definition has no such outcome.
    /// </summary>
    public static string? OutcomeLabel(ProcessDocument? document, string id)
    {
        var labels = document?.Nodes.SelectMany(n => n.Outcomes ?? []).Where(o => o.Id == id).Select(o => o.Label).Distinct(StringComparer.Ordinal).ToList();
        return labels is { Count: > 0 } ? string.Join("/", labels) : null;
    }

    /// <summary>
    /// The outcomes a condition on the last outcome may name, each id once (the engine compares ids,
    /// whichever step gave one; steps may share an id such as return), in words: its label (each
    /// distinct label once; the id when it has none) and the steps that give it. In first-seen order.
    /// </summary>
    public static IReadOnlyList<(string Id, string Text)> OutcomeChoices(IEnumerable<(string Id, string? Label, string Step)> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        return [.. outcomes.Where(o => !string.IsNullOrEmpty(o.Id)).GroupBy(o => o.Id, StringComparer.Ordinal).Select(g =>
        {
            var labels = g.Select(o => o.Label).Where(l => !string.IsNullOrWhiteSpace(l)).Distinct(StringComparer.Ordinal).ToList();
            var steps = string.Join("、", g.Select(o => o.Step).Distinct(StringComparer.Ordinal));
            return (g.Key, $"{(labels.Count > 0 ? string.Join("/", labels) : g.Key)}（{steps}）");
        })];
    }

    /// <summary>The outcomes of a definition's steps, as choices worded like the ones above.</summary>
    public static IReadOnlyList<(string Id, string Text)> OutcomeChoices(ProcessDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return OutcomeChoices(document.Nodes.SelectMany(n => (n.Outcomes ?? []).Select(o => (o.Id, (string?)o.Label, n.Name ?? n.Id))));
    }
}
