using System.Text.RegularExpressions;
using Disclosure.Host.Api;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Definitions.Bpmn;

namespace Disclosure.Host.Components.Admin.Modeler;

/// <summary>What checking (and saving) a drawn draft found: the problems, and whether it was stored.</summary>
public sealed record DraftCheck(IReadOnlyList<ModelerProblem> Problems, bool Stored, string? StoredJson, UserMessage? Refusal);

/// <summary>
/// Checks the drawing as the server will read it, and stores it as the draft. The BPMN file is read
/// by the same importer as the import API (elements the engine cannot run are refused by element),
/// held to the same input policy as the definitions API, then checked as storing requires (schema
/// and rules of law) and as publishing requires (structure, parallel blocks, legal paths,
/// departments). Nothing is stored unless storing would be allowed and the draft is still the one
/// the page opened.
/// </summary>
public static partial class ModelerDrafts
{
    public static async Task<DraftCheck> CheckAsync(IServiceProvider services, string key, int number, string xml, string? baseline, bool save)
    {
        ArgumentNullException.ThrowIfNull(services);
        ProcessDocument document;
        try
        {
            document = BpmnImporter.Import(xml, key);
            InputPolicy.Enforce(document);
        }
        catch (BpmnImportException refused)
        {
            return new([.. refused.Problems.Select(p => new ModelerProblem(null, p.ElementId, p.Message))], false, null, null);
        }
        catch (ValidationFailedException refused)
        {
            return new([.. refused.Errors.SelectMany(e => e.Value.Select(m => new ModelerProblem(NodeAt(xml, key, e.Key), null, m.Text)))], false, null, null);
        }

        var storing = DefinitionSchema.Check(document).Concat(LawRules.Check(document)).Distinct().ToList();
        var definitions = services.GetRequiredService<DefinitionService>();
        var problems = storing.Count > 0 ? storing : [.. await definitions.ValidateAsync(document)];
        var found = problems.Select(p => new ModelerProblem(p.NodeId, null, p.Message)).Distinct().ToList();
        if (!save || storing.Count > 0)
        {
            return new(found, false, null, null);
        }

        var current = await definitions.GetAsync(key, number);
        if (current.Status != DefinitionStatus.Draft)
        {
            return new(found, false, null, Messages.ModelerNotADraft(number));
        }

        if (baseline is not null && current.DocumentJson != baseline)
        {
            return new(found, false, null, Messages.ModelerChangedMeanwhile(number));
        }

        var stored = await definitions.ReplaceDraftAsync(key, number, document);
        return new(found, true, stored.DocumentJson, null);
    }

    /// <summary>The node a field path of the input policy (<c>nodes[3].name</c>) concerns.</summary>
    private static string? NodeAt(string xml, string key, string field)
    {
        var match = NodeIndex().Match(field);
        if (!match.Success)
        {
            return null;
        }

        var nodes = BpmnImporter.Import(xml, key).Nodes;
        var index = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        return index < nodes.Count ? nodes[index].Id : null;
    }

    [GeneratedRegex(@"^nodes\[(\d+)\]")]
    private static partial Regex NodeIndex();
}
