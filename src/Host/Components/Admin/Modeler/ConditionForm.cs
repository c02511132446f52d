using System.Text.Json;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;

namespace Disclosure.Host.Components.Admin.Modeler;

/// <summary>One line of a condition form: a fact, "is" or "is not", and the values it may take.</summary>
public sealed class ConditionRow
{
    public Fact? Fact { get; set; }

    public bool Negated { get; set; }

    /// <summary>The chosen values as JSON (<c>"3"</c>, <c>true</c>, <c>null</c>).</summary>
    public List<string> Values { get; } = [];
}

/// <summary>
/// A decision's condition as a form over the item's facts instead of JSON: lines of "fact is (not)
/// one of these values", all of which or any of which must hold. Reads every condition the form can
/// show (a comparison, its negation, or a flat all/any of those) and builds the definition's
/// declarative condition back; anything deeper is left as it is unless replaced.
/// </summary>
public sealed class ConditionForm
{
    public bool Any { get; set; }

    public List<ConditionRow> Rows { get; } = [];

    /// <summary>The form of a condition, or null when the form cannot show it.</summary>
    public static ConditionForm? Read(ConditionDocument? condition)
    {
        var form = new ConditionForm();
        if (condition is null)
        {
            return form;
        }

        IReadOnlyList<ConditionDocument> parts = condition.All ?? condition.Any ?? [condition];
        form.Any = condition.Any is not null;
        foreach (var part in parts)
        {
            if (Row(part) is not { } row)
            {
                return null;
            }

            form.Rows.Add(row);
        }

        return form;
    }

    /// <summary>The form of a condition written as JSON; null when it is not a condition the form can show.</summary>
    public static ConditionForm? Read(string? json) =>
        string.IsNullOrWhiteSpace(json) ? new ConditionForm() : Parse(json) is { } condition ? Read(condition) : null;

    /// <summary>The condition the form says, or null while no line is complete.</summary>
    public ConditionDocument? Build()
    {
        var parts = Rows.Where(r => r.Fact is not null && r.Values.Count > 0).Select(Comparison).ToList();
        return parts.Count switch
        {
            0 => null,
            1 => parts[0],
            _ => Any ? new ConditionDocument { Any = parts } : new ConditionDocument { All = parts },
        };
    }

    public string? BuildJson() => Build() is { } condition ? JsonSerializer.Serialize(condition, Compact) : null;

    /// <summary>
    /// The values a fact can take, as (JSON, label): from the catalogue, the domain's enums and the
    /// drawing's outcomes (by label, the id as the value). A value already chosen that the list lacks
    /// (an outcome since removed) stays, so it can be seen and unticked.
    /// </summary>
    public static IReadOnlyList<(string Value, string Label)> Choices(Fact fact, IEnumerable<OutcomeSnapshot> outcomes, IEnumerable<string>? chosen = null)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        List<(string Value, string Label)> choices = fact switch
        {
            Fact.Category => [.. CatalogueCategories.All.Select(c => (Quote(c.Code), c.Display))],
            Fact.Timing => [.. Enum.GetValues<TimingClass>().Select(t => (Quote(Camel(t)), Labels.Of(t)))],
            Fact.HasRightsHolders => [("true", Messages.YesNo(true).Text), ("false", Messages.YesNo(false).Text)],
            // A null ground is "not withheld", the words the condition is read back in (ConditionText).
            Fact.WithheldGround => [("null", Messages.ConditionNoGround.Text), .. Enum.GetValues<ExemptionGround>().Select(g => (Quote(Camel(g)), Labels.Of(g)))],
            Fact.LastOutcome => [.. ConditionText.OutcomeChoices(outcomes.Select(o => (o.Id, o.Label, o.Step))).Select(c => (Quote(c.Id), c.Text))],
            _ => [],
        };
        foreach (var value in (chosen ?? []).Distinct(StringComparer.Ordinal).Where(v => choices.All(c => c.Value != v)).ToList())
        {
            choices.Add((value, ConditionText.Value(fact, JsonSerializer.Deserialize<JsonElement>(value))));
        }

        return choices;
    }

    private static readonly JsonSerializerOptions Compact = new(ProcessDocument.JsonOptions) { WriteIndented = false };

    private static ConditionRow? Row(ConditionDocument part)
    {
        var negated = part.Not is not null;
        var comparison = part.Not ?? part;
        if (comparison.Fact is not { } fact || comparison.All is not null || comparison.Any is not null || comparison.Not is not null)
        {
            return null;
        }

        var row = new ConditionRow { Fact = fact, Negated = negated };
        foreach (var value in comparison.In ?? (comparison.EqualTo is { } single ? [single] : []))
        {
            row.Values.Add(Normal(fact, value));
        }

        return row;
    }

    // Enum values match case-insensitively in the engine; the form shows them as it writes them.
    // Strings are written again the way the choices are (an id in Chinese may come escaped or not).
    private static string Normal(Fact fact, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String when fact is Fact.Timing or Fact.WithheldGround && value.GetString() is { Length: > 0 } text => Quote(char.ToLowerInvariant(text[0]) + text[1..]),
        JsonValueKind.String => Quote(value.GetString()!),
        _ => value.GetRawText(),
    };

    private static ConditionDocument Comparison(ConditionRow row)
    {
        var values = row.Values.Distinct().Select(v => JsonDocument.Parse(v).RootElement.Clone()).ToList();
        // A JSON null read back into "equals" would be no value at all: the one null goes in a list.
        var comparison = values.Count == 1 && values[0].ValueKind != JsonValueKind.Null
            ? new ConditionDocument { Fact = row.Fact, EqualTo = values[0] }
            : new ConditionDocument { Fact = row.Fact, In = values };
        return row.Negated ? new ConditionDocument { Not = comparison } : comparison;
    }

    private static ConditionDocument? Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<ConditionDocument>(json, ProcessDocument.JsonOptions);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Quote(string text) => JsonSerializer.Serialize(text);

    private static string Camel(Enum value) => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
