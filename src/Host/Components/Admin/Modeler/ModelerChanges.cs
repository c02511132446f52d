using System.Text.Json;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;

namespace Disclosure.Host.Components.Admin.Modeler;

/// <summary>One difference between the published version and the draft: the step it concerns (null: the process).</summary>
public sealed record ModelerChange(string? NodeId, string Text);

/// <summary>
/// What publishing the draft changes, step by step and field by field, for the confirmation before
/// publishing. Compares the documents member by member as stored (JSON), so a member added to the
/// document later is still reported. Layout alone is not a change.
/// </summary>
public static class ModelerChanges
{
    private static readonly JsonSerializerOptions Compact = new(ProcessDocument.JsonOptions) { WriteIndented = false };

    public static IReadOnlyList<ModelerChange> Compare(ProcessDocument published, ProcessDocument draft)
    {
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(draft);
        var changes = new List<ModelerChange>();
        foreach (var member in Members(published with { Nodes = [] }, draft with { Nodes = [] }))
        {
            changes.Add(new(null, Messages.ModelerChangedProcess(member).Text));
        }

        foreach (var node in draft.Nodes.Where(n => published.Node(n.Id) is null))
        {
            changes.Add(new(node.Id, Messages.ModelerChangedAdded(Name(node), node.Id).Text));
        }

        foreach (var node in published.Nodes.Where(n => draft.Node(n.Id) is null))
        {
            changes.Add(new(node.Id, Messages.ModelerChangedRemoved(Name(node), node.Id).Text));
        }

        foreach (var node in draft.Nodes)
        {
            if (published.Node(node.Id) is { } old && Members(old with { Layout = null }, node with { Layout = null }) is { Count: > 0 } members)
            {
                changes.Add(new(node.Id, Messages.ModelerChangedStep(Name(node), node.Id, string.Join("、", members)).Text));
            }
        }

        return changes;
    }

    private static string Name(NodeDocument node) => node.Name ?? node.Id;

    /// <summary>The JSON names of the members whose values differ.</summary>
    private static List<string> Members<T>(T before, T after)
    {
        var old = JsonSerializer.SerializeToElement(before, Compact);
        var now = JsonSerializer.SerializeToElement(after, Compact);
        var names = old.EnumerateObject().Select(p => p.Name).Union(now.EnumerateObject().Select(p => p.Name));
        return [.. names.Where(name =>
        {
            var had = old.TryGetProperty(name, out var a);
            var has = now.TryGetProperty(name, out var b);
            return had != has || (had && !JsonElement.DeepEquals(a, b));
        }).Select(Label)];
    }

    private static string Label(string member) => Messages.ModelerMember(member).Text;
}
