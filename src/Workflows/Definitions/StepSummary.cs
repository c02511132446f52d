using Disclosure.Workflows.Common;

namespace Disclosure.Workflows.Definitions;

/// <summary>A step in one line, for the editor's closed steps and the comparison's new ones.</summary>
public static class StepSummary
{
    /// <summary>Its role and due time, and where each way out leads (with what an outcome asks).</summary>
    public static IEnumerable<string> Parts(ProcessDocument document, NodeDocument node)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(node);
        if (node.Role is not null)
        {
            yield return Messages.DiffAddedField(Messages.FieldLabel("role").Text, Roles.Label(node.Role) + (node.ByResponsibleBody ? Messages.DiagramOfResponsibleBody.Text : null)).Text;
        }

        if (MermaidDiagram.CountersignText(node) is { } countersign)
        {
            yield return countersign;
        }

        if (DefinitionDiff.Due(node.Due) is { } due)
        {
            yield return Messages.DiffAddedField(Messages.FieldLabel("due").Text, due).Text;
        }

        if (node.Kind == NodeKind.End && node.Result is { } result)
        {
            yield return Messages.DiffAddedField(Messages.FieldLabel("result").Text, Messages.EndResultLabel(result.ToString()).Text).Text;
        }

        var ways = node.Kind == NodeKind.UserTask
            ? (node.Outcomes ?? []).Select(o => $"{o.Label} → {DefinitionDiff.Target(document, o.Next) ?? Messages.DiffNone.Text}{(o.RequiresComment || o.RequiresExemption ? $"（{DefinitionDiff.Rules(o)}）" : null)}")
            : ProcessGraph.EdgesOf(node, document.Settings).Select(e => string.IsNullOrEmpty(e.Label) ? DefinitionDiff.Target(document, e.To)! : $"{e.Label} → {DefinitionDiff.Target(document, e.To)}");
        if (node.Kind != NodeKind.End)
        {
            yield return Messages.DiffAddedField(Messages.FieldLabel("next").Text, Messages.List(ways.DefaultIfEmpty(Messages.DiffNone.Text))).Text;
        }
    }
}
