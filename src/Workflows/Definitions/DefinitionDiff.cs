using System.Text.Json;
using Disclosure.Workflows.Common;

namespace Disclosure.Workflows.Definitions;

public enum ChangeKind
{
    Added,
    Removed,
    Changed,
}

/// <summary>One difference between two versions, in words: the node it concerns (null: the whole process).</summary>
public sealed record DefinitionChange(string? NodeId, ChangeKind Kind, string Text);

/// <summary>
/// What changed from one version of a definition to another, step by step and field by field, for
/// the confirmation before publishing and for comparing any two versions. Members this class does
/// not know by name (added to the document later) are still compared and reported, so a change is
/// never hidden.
/// </summary>
public static class DefinitionDiff
{
    public static IReadOnlyList<DefinitionChange> Compare(ProcessDocument from, ProcessDocument to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var changes = new List<DefinitionChange>();
        if (from.Name != to.Name)
        {
            changes.Add(new(null, ChangeKind.Changed, Messages.DiffProcessName(from.Name, to.Name).Text));
        }

        if (from.Settings.ConsentSilence != to.Settings.ConsentSilence)
        {
            changes.Add(new(null, ChangeKind.Changed, Messages.DiffSilence(
                Messages.ConsentSilenceLabel(from.Settings.ConsentSilence).Text, Messages.ConsentSilenceLabel(to.Settings.ConsentSilence).Text).Text));
        }
        else if (Json(from.Settings) != Json(to.Settings))
        {
            changes.Add(new(null, ChangeKind.Changed, Messages.DiffSettings.Text));
        }

        foreach (var node in to.Nodes.Where(n => from.Node(n.Id) is null))
        {
            changes.Add(new(node.Id, ChangeKind.Added, Messages.DiffNodeAdded(Name(node), node.Id, Messages.NodeKindLabel(node.Kind.ToString()).Text, StepSummary.Parts(to, node)).Text));
        }

        foreach (var node in from.Nodes.Where(n => to.Node(n.Id) is null))
        {
            changes.Add(new(node.Id, ChangeKind.Removed, Messages.DiffNodeRemoved(Name(node), node.Id).Text));
        }

        foreach (var node in to.Nodes)
        {
            if (from.Node(node.Id) is { } old && Json(old) != Json(node))
            {
                var details = NodeDetails(from, old, to, node);
                changes.Add(new(node.Id, ChangeKind.Changed, Messages.DiffNodeChanged(Name(node), node.Id, details).Text));
            }
        }

        var fromOrder = from.Nodes.Select(n => n.Id).Where(id => to.Node(id) is not null).ToList();
        var toOrder = to.Nodes.Select(n => n.Id).Where(id => from.Node(id) is not null).ToList();
        if (!fromOrder.SequenceEqual(toOrder))
        {
            changes.Add(new(null, ChangeKind.Changed, Messages.DiffOrder.Text));
        }

        return changes;
    }

    private static List<string> NodeDetails(ProcessDocument fromDoc, NodeDocument from, ProcessDocument toDoc, NodeDocument to)
    {
        var details = new List<string>();
        void Field(string label, string? before, string? after)
        {
            if (before != after)
            {
                details.Add(Messages.DiffField(label, before ?? Messages.DiffNone.Text, after ?? Messages.DiffNone.Text).Text);
            }
        }

        Field(Messages.FieldLabel("kind").Text, Messages.NodeKindLabel(from.Kind.ToString()).Text, Messages.NodeKindLabel(to.Kind.ToString()).Text);
        Field(Messages.FieldLabel("name").Text, from.Name, to.Name);
        Field(Messages.FieldLabel("role").Text, Role(from.Role), Role(to.Role));
        Field(Messages.FieldLabel("purpose").Text, Messages.NodePurposeLabel(from.Purpose).Text, Messages.NodePurposeLabel(to.Purpose).Text);
        Field(Messages.FieldLabel("due").Text, Due(from.Due), Due(to.Due));
        Field(Messages.FieldLabel("next").Text, Target(fromDoc, from.Next), Target(toDoc, to.Next));
        Field(Messages.FieldLabel("result").Text, from.Result is null ? null : Messages.EndResultLabel(from.Result.ToString()).Text, to.Result is null ? null : Messages.EndResultLabel(to.Result.ToString()).Text);
        Field(Messages.FieldLabel("onAgreed").Text, Target(fromDoc, from.OnAgreed), Target(toDoc, to.OnAgreed));
        Field(Messages.FieldLabel("onRefused").Text, Target(fromDoc, from.OnRefused), Target(toDoc, to.OnRefused));
        Field(Messages.FieldLabel("onNoReply").Text, Target(fromDoc, from.OnNoReply), Target(toDoc, to.OnNoReply));
        Field(Messages.FieldLabel("otherwise").Text, Target(fromDoc, from.Otherwise), Target(toDoc, to.Otherwise));
        Field(Messages.FieldLabel("to").Text, from.To is null ? null : MermaidDiagram.Recipient(from.To), to.To is null ? null : MermaidDiagram.Recipient(to.To));
        Field(Messages.FieldLabel("message").Text, from.Message, to.Message);
        Field(Messages.FieldLabel("deadlineOutcome").Text, OutcomeLabel(from, from.DeadlineOutcome), OutcomeLabel(to, to.DeadlineOutcome));
        Field(Messages.FieldLabel("byResponsibleBody").Text, Messages.YesNo(from.ByResponsibleBody).Text, Messages.YesNo(to.ByResponsibleBody).Text);
        Field(Messages.FieldLabel("countersign").Text, MermaidDiagram.CountersignText(from), MermaidDiagram.CountersignText(to));
        Field(Messages.FieldLabel("paths").Text, Paths(fromDoc, from), Paths(toDoc, to));
        Outcomes(fromDoc, from, toDoc, to, details);
        Branches(fromDoc, from, toDoc, to, details);

        // Whatever else differs (members added to the document after this class was written).
        var known = new HashSet<string>(StringComparer.Ordinal)
        {
            "id", "kind", "name", "role", "purpose", "due", "next", "result", "onAgreed", "onRefused", "onNoReply", "otherwise", "to", "message",
            "deadlineOutcome", "outcomes", "branches", "byResponsibleBody", "paths",
        };
        var before = Members(from);
        var after = Members(to);
        // A countersign whose words changed is reported above; one that changed only in what the words leave out (its outcome ids) here.
        if (MermaidDiagram.CountersignText(from) != MermaidDiagram.CountersignText(to))
        {
            known.Add("countersign");
        }

        if (before.Keys.Union(after.Keys).Where(k => !known.Contains(k)).Any(k => before.GetValueOrDefault(k) != after.GetValueOrDefault(k)))
        {
            details.Add(Messages.DiffOtherSettings.Text);
        }

        return details;
    }

    private static void Outcomes(ProcessDocument fromDoc, NodeDocument from, ProcessDocument toDoc, NodeDocument to, List<string> details)
    {
        var before = from.Outcomes ?? [];
        var after = to.Outcomes ?? [];
        foreach (var outcome in after.Where(o => before.All(b => b.Id != o.Id)))
        {
            details.Add(Messages.DiffOutcomeAdded(outcome.Label, Target(toDoc, outcome.Next) ?? Messages.DiffNone.Text, Rules(outcome)).Text);
        }

        foreach (var outcome in before.Where(o => after.All(a => a.Id != o.Id)))
        {
            details.Add(Messages.DiffOutcomeRemoved(outcome.Label).Text);
        }

        foreach (var outcome in after)
        {
            if (before.FirstOrDefault(b => b.Id == outcome.Id) is not { } old || old == outcome)
            {
                continue;
            }

            var parts = new List<string>();
            if (old.Label != outcome.Label)
            {
                parts.Add(Messages.DiffField(Messages.FieldLabel("label").Text, old.Label, outcome.Label).Text);
            }

            if (old.Next != outcome.Next)
            {
                parts.Add(Messages.DiffField(Messages.FieldLabel("next").Text, Target(fromDoc, old.Next) ?? Messages.DiffNone.Text, Target(toDoc, outcome.Next) ?? Messages.DiffNone.Text).Text);
            }

            if (Rules(old) != Rules(outcome))
            {
                parts.Add(Messages.DiffField(Messages.FieldLabel("rules").Text, Rules(old), Rules(outcome)).Text);
            }

            details.Add(Messages.DiffOutcomeChanged(outcome.Label, parts).Text);
        }
    }

    private static void Branches(ProcessDocument fromDoc, NodeDocument from, ProcessDocument toDoc, NodeDocument to, List<string> details)
    {
        var before = from.Branches ?? [];
        var after = to.Branches ?? [];
        for (var i = 0; i < Math.Max(before.Count, after.Count); i++)
        {
            var old = i < before.Count ? before[i] : null;
            var now = i < after.Count ? after[i] : null;
            if (old is null)
            {
                details.Add(Messages.DiffBranchAdded(i + 1, ConditionText.Describe(now!.When, toDoc), Target(toDoc, now.Next) ?? Messages.DiffNone.Text).Text);
            }
            else if (now is null)
            {
                details.Add(Messages.DiffBranchRemoved(i + 1).Text);
            }
            else if (Json(old) != Json(now))
            {
                details.Add(Messages.DiffBranchChanged(i + 1, ConditionText.Describe(now.When, toDoc), Target(toDoc, now.Next) ?? Messages.DiffNone.Text).Text);
            }
        }
    }

    /// <summary>What an outcome asks of the person: 须填写意见、须选择不予公开理由, or nothing.</summary>
    public static string Rules(OutcomeDocument outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var rules = new List<string>();
        if (outcome.RequiresComment)
        {
            rules.Add(Messages.OutcomeRequiresComment.Text);
        }

        if (outcome.RequiresExemption)
        {
            rules.Add(Messages.OutcomeRequiresExemption.Text);
        }

        return rules.Count == 0 ? Messages.OutcomeNoRequirement.Text : Messages.List(rules);
    }

    /// <summary>A due time in words: 5 个工作日, 4 小时.</summary>
    public static string? Due(DueTime? due) => due switch
    {
        { WorkingDays: { } days } => Messages.DueWorkingDays(days).Text,
        { Duration: { } duration } => DefinitionValidator.TryParseDuration(duration, out var span) ? Messages.DurationWords(span).Text : duration,
        _ => null,
    };

    private static string? Paths(ProcessDocument document, NodeDocument node) =>
        node.Paths is { Count: > 0 } paths ? Messages.List(paths.Select(id => Target(document, id) ?? id)) : null;

    internal static string? Target(ProcessDocument document, string? id) =>
        id is null ? null : document.Node(id) is { } node ? $"{Name(node)}（{id}）" : id;

    internal static string Name(NodeDocument node) => string.IsNullOrWhiteSpace(node.Name) ? node.Id : node.Name;

    private static string? Role(string? role) => role is null ? null : Roles.Label(role);

    private static string? OutcomeLabel(NodeDocument node, string? id) =>
        id is null ? null : node.Outcomes?.FirstOrDefault(o => o.Id == id)?.Label ?? id;

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, ProcessDocument.JsonOptions);

    private static Dictionary<string, string> Members(NodeDocument node)
    {
        using var json = JsonDocument.Parse(Json(node));
        return json.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetRawText(), StringComparer.Ordinal);
    }
}
