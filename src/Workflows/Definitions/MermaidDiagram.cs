using System.Text;
using Disclosure.Workflows.Common;

namespace Disclosure.Workflows.Definitions;

/// <summary>
/// Draws a definition as a Mermaid flowchart (renders on GitHub): roles, due times and outcome
/// labels on the edges. The same text serves the docs and the admin UI.
/// </summary>
public static class MermaidDiagram
{
    public static string Render(ProcessDocument document, int? version = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var ids = document.Nodes.Select((n, i) => (n.Id, Index: i)).ToDictionary(x => x.Id, x => $"n{x.Index}", StringComparer.Ordinal);
        var text = new StringBuilder();
        text.AppendLine("flowchart TD");
        foreach (var node in document.Nodes)
        {
            text.Append("    ").Append(ids[node.Id]).AppendLine(Shape(node, document.Settings.SubjectOrDefault()));
        }

        foreach (var edge in document.Nodes.SelectMany(n => ProcessGraph.EdgesOf(n, document.Settings)))
        {
            if (!ids.TryGetValue(edge.To, out var to))
            {
                continue;
            }

            var arrow = string.IsNullOrEmpty(edge.Label) ? " --> " : $" -->|\"{Escape(edge.Label)}\"| ";
            text.Append("    ").Append(ids[edge.From]).Append(arrow).AppendLine(to);
        }

        foreach (var node in document.Nodes.Where(n => n.Kind == NodeKind.UserTask && n.Purpose != NodePurpose.None))
        {
            text.Append("    class ").Append(ids[node.Id]).AppendLine(" legal");
        }

        text.AppendLine("    classDef legal stroke-width:3px");
        return text.ToString();
    }

    /// <summary>A Markdown page for <c>docs/process-diagrams/</c>.</summary>
    public static string RenderPage(ProcessDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var page = new StringBuilder();
        page.Append("# ").Append(document.Name).Append(" (").Append(document.EnglishName).AppendLine(")");
        page.AppendLine();
        page.Append("Key `").Append(document.Key).Append("`. Generated from `src/Workflows/Definitions/Shipped/").Append(document.Key)
            .AppendLine(".json` by `dotnet run --project src/Host -- diagrams`; do not edit by hand.");
        page.AppendLine();
        page.Append("Rights-holder silence at the consent deadline: ")
            .AppendLine(document.Settings.ConsentSilence == ConsentSilence.Refuse ? "counts as refusal (视为不同意公开)." : "leaves the decision to the office (2019 regulation Art. 32).");
        page.Append("Serves ").AppendLine(document.Settings.SubjectOrDefault() == SubjectKind.Application
            ? Selection(document.Settings.Selection).Replace("item", "application", StringComparison.Ordinal)
            : Selection(document.Settings.Selection));
        if (document.Settings.Clock is { } clock)
        {
            page.Append("Clock ").Append(clock.Name).Append(": ").Append(clock.WorkingDays).Append(" working days from the start")
                .Append(clock.Extension is { } extension ? $", extendable {extension.Times} time(s) by up to {extension.MaxWorkingDays} working days by the {extension.Role} role" : string.Empty)
                .Append(clock.RemindWorkingDays > 0 ? $", reminder {clock.RemindWorkingDays} working days before it runs out" : string.Empty)
                .AppendLine("; steps marked 不计入期限 pause it, 完成后期限重新计算 restarts it when left.");
        }

        page.AppendLine("Thick borders mark the steps the law requires (drafting, confidentiality review, public-interest decision, leader sign-off); trapezoids a countersign (会签); hexagons parallel splits and joins.");
        page.AppendLine();
        page.AppendLine("```mermaid");
        page.Append(Render(document));
        page.AppendLine("```");
        return page.ToString();
    }

    private static string Shape(NodeDocument node, SubjectKind subject)
    {
        var name = Escape(node.Name ?? node.Id);
        var application = subject == SubjectKind.Application;
        var result = application ? Messages.ApplicationEndResultLabel(node.Result?.ToString()) : Messages.EndResultLabel(node.Result?.ToString());
        return node.Kind switch
        {
            NodeKind.Start => $"((\"{name}\"))",
            NodeKind.End => $"(((\"{name}<br/>{Escape(Messages.DiagramResult(result.Text).Text)}\")))",
            NodeKind.UserTask when node.Countersign is { } countersign => $"[/\"{name}<br/>{Escape(Messages.DiagramCountersign(Signers(node, countersign)).Text)}<br/>{Escape(Rule(countersign))}{Due(node.Due)}{Deadline(node)}\"\\]",
            NodeKind.UserTask => $"[\"{name}<br/>{Escape(Messages.DiagramRole(node.Role is null ? Messages.RecipientUnknown.Text : Roles.Label(node.Role)).Text)}{(node.ByResponsibleBody ? Messages.DiagramOfResponsibleBody.Text : string.Empty)}{Due(node.Due)}{Deadline(node)}{Clock(node)}\"]",
            NodeKind.Consent => $"[/\"{name}<br/>{(application ? Messages.DiagramThirdPartyConsent : Messages.DiagramConsent).Text}{Due(node.Due)}{Clock(node)}\"/]",
            NodeKind.Decision => $"{{\"{name}\"}}",
            NodeKind.Publish => $"[[\"{name}<br/>{(application ? Messages.DiagramReply : Messages.DiagramPublish).Text}\"]]",
            NodeKind.Notify => $">\"{name}<br/>{Escape(Messages.DiagramNotify(Recipient(node.To)).Text)}\"]",
            NodeKind.ParallelSplit => $"{{{{\"{name}<br/>{Messages.DiagramSplit.Text}\"}}}}",
            NodeKind.ParallelJoin => $"{{{{\"{name}<br/>{Messages.DiagramJoin.Text}\"}}}}",
            _ => $"[\"{name}\"]",
        };
    }

    /// <summary>A countersign in words (who signs, what passes the step), or null for a task one person does.</summary>
    public static string? CountersignText(NodeDocument node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Countersign is { } countersign ? $"{Messages.DiagramCountersign(Signers(node, countersign)).Text}（{Rule(countersign)}）" : null;
    }

    private static string Signers(NodeDocument node, CountersignDocument countersign) => countersign.Signers switch
    {
        SignerSource.Roles => string.Join("、", (countersign.Roles ?? []).Select(Roles.Label)),
        SignerSource.Departments => Messages.DiagramSignersIn(string.Join("、", countersign.Departments ?? []), Roles.Label(node.Role ?? "?")).Text,
        _ => Messages.DiagramSignersConcerned(Roles.Label(node.Role ?? "?")).Text,
    };

    private static string Rule(CountersignDocument countersign) => Engine.Countersigning.RuleText(countersign, countersign.AtLeast ?? 1).Text;

    private static string Selection(SelectionDocument? selection) => selection switch
    {
        null => "no selection rule: items start on it only through the built-in timing rule of databases without selections.",
        { When: null } => $"every item (priority {selection.Priority}; the default when no definition of higher priority applies).",
        _ => $"items where `{System.Text.Json.JsonSerializer.Serialize(selection.When, ProcessDocument.JsonOptions).ReplaceLineEndings(" ").Replace("  ", "", StringComparison.Ordinal)}` (priority {selection.Priority}).",
    };

    /// <summary>Who a notify step tells, in words.</summary>
    public static string Recipient(string? to) => to switch
    {
        NotifyTargets.RightsHolders => Messages.RecipientRightsHolders.Text,
        NotifyTargets.Drafter => Messages.RecipientDrafter.Text,
        null => Messages.RecipientUnknown.Text,
        _ => Roles.Label(to),
    };

    private static string Due(DueTime? due) => due switch
    {
        { WorkingDays: { } days } => $"<br/>{Messages.DiagramDueWorkingDays(days).Text}",
        { Duration: { } duration } => $"<br/>{Escape(Messages.DiagramDueDuration(
            DefinitionValidator.TryParseDuration(duration, out var span) ? Messages.DurationWords(span).Text : duration).Text)}",
        _ => string.Empty,
    };

    private static string Deadline(NodeDocument node) =>
        node.DeadlineOutcome is null ? string.Empty
            : $"<br/>{Escape(Messages.DiagramDeadlineOutcome(node.Outcomes?.FirstOrDefault(o => o.Id == node.DeadlineOutcome)?.Label ?? node.DeadlineOutcome).Text)}";

    private static string Clock(NodeDocument node) =>
        node.Clock is ClockEffect.Pause or ClockEffect.Restart ? $"<br/>{Escape(Messages.ClockEffectLabel(node.Clock.Value.ToString()).Text)}" : string.Empty;

    // Names and labels are text: Mermaid's entity codes keep a quote from ending the label and
    // markup typed into a name (<img onerror=…>) from ever reaching the page as markup.
    private static string Escape(string text) => text
        .Replace("#", "#35;", StringComparison.Ordinal)
        .Replace("&", "#amp;", StringComparison.Ordinal)
        .Replace("\"", "#quot;", StringComparison.Ordinal)
        .Replace("<", "#lt;", StringComparison.Ordinal)
        .Replace(">", "#gt;", StringComparison.Ordinal);
}
