using Disclosure.Workflows.Common;

namespace Disclosure.Workflows.Definitions;

/// <summary>
/// The rules of law that sit above every definition (ADR 0005): review and sign-off by people of
/// their roles, never by the clock, and never by the drafting role. Checked on every write of a
/// definition, at validation and publication, before a migration, and again by the engine at run time.
/// </summary>
public static class LawRules
{
    /// <summary>Steps a person must take: the clock may never take them, and the drafter never.</summary>
    public static IReadOnlySet<NodePurpose> PersonOnly { get; } =
        new HashSet<NodePurpose> { NodePurpose.ConfidentialityReview, NodePurpose.LeaderSignOff, NodePurpose.PublicInterestDecision };

    /// <summary>
    /// Every breach in the document. Tolerates incomplete drafts: a missing target or outcome is the
    /// structural validator's business, not a breach of law.
    /// </summary>
    public static IReadOnlyList<DefinitionError> Check(ProcessDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var errors = new List<DefinitionError>();
        var draftingRoles = document.Nodes.Where(n => n.Purpose == NodePurpose.Drafting && n.Role is not null).Select(n => n.Role!).ToHashSet(StringComparer.Ordinal);
        foreach (var node in document.Nodes)
        {
            var name = node.Name ?? node.Id;
            void Add(UserMessage message) => errors.Add(new(node.Id, message.Code, message.Text));

            if (node.Purpose != NodePurpose.None && node.Kind != NodeKind.UserTask)
            {
                Add(Messages.PurposeOnlyOnUserTask(name, Label(node.Purpose)));
                continue;
            }

            if (node.Kind != NodeKind.UserTask)
            {
                continue;
            }

            if (node.Purpose == NodePurpose.ConfidentialityReview && node.Role is { } reviewRole && !IsLawfulReview(node))
            {
                Add(Messages.ReviewByReviewer(name, Roles.Label(reviewRole)));
            }

            if (node.Purpose == NodePurpose.LeaderSignOff && node.Role is { } signRole && !IsLawfulSignOff(node))
            {
                Add(Messages.SignOffByLeader(name, Roles.Label(signRole)));
            }

            if (PersonOnly.Contains(node.Purpose) && node.Role is { } role && draftingRoles.Contains(role))
            {
                Add(Messages.NotTheDraftingRole(name, Label(node.Purpose), Roles.Label(role)));
            }

            if (DeadlineProblem(document, node) is { } problem)
            {
                Add(problem);
            }
        }

        return errors;
    }

    /// <summary>
    /// Why the clock may not take this task's deadline outcome, or null when it may. An outcome of a
    /// review, sign-off or public-interest step <em>approves</em> when some path from it reaches a
    /// publish step without passing another step of the same purpose (or a drafting step, which
    /// starts the checks again); any outcome that reaches a publish step through automatic nodes
    /// alone publishes.
    /// </summary>
    public static UserMessage? DeadlineProblem(ProcessDocument document, NodeDocument node)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(node);
        if (node.DeadlineOutcome is not { } id || node.Outcomes?.FirstOrDefault(o => o.Id == id) is not { Next: { } next } outcome)
        {
            return null;
        }

        var name = node.Name ?? node.Id;
        var label = string.IsNullOrWhiteSpace(outcome.Label) ? outcome.Id : outcome.Label;
        if (PersonOnly.Contains(node.Purpose) && ReachesPublish(document, next, n => n.Purpose == node.Purpose || n.Purpose == NodePurpose.Drafting))
        {
            return Messages.DeadlineMayNotApprove(name, Label(node.Purpose), label);
        }

        return ReachesPublish(document, next, n => n.Kind is NodeKind.UserTask or NodeKind.Consent)
            ? Messages.DeadlineMayNotPublish(name, label)
            : null;
    }

    /// <summary>
    /// A review step of a role that may review: the reviewer, or a section head bound to the item's
    /// responsible body ("谁公开谁审查": the publishing department's own head, not any section head).
    /// </summary>
    public static bool IsLawfulReview(NodeDocument node) =>
        (node ?? throw new ArgumentNullException(nameof(node))).Kind == NodeKind.UserTask && node.Purpose == NodePurpose.ConfidentialityReview
        && node.Role is { } role && Roles.ConfidentialityReviewers.Contains(role) && (role != Roles.SectionHead || node.ByResponsibleBody);

    /// <summary>A sign-off step of a role that may sign off: the leader or the principal leader.</summary>
    public static bool IsLawfulSignOff(NodeDocument node) =>
        (node ?? throw new ArgumentNullException(nameof(node))).Kind == NodeKind.UserTask && node.Purpose == NodePurpose.LeaderSignOff
        && node.Role is { } role && Roles.SigningLeaders.Contains(role);

    public static string Label(NodePurpose purpose) => purpose switch
    {
        NodePurpose.Drafting => "拟稿",
        NodePurpose.ConfidentialityReview => "保密审查",
        NodePurpose.LeaderSignOff => "领导签发",
        NodePurpose.PublicInterestDecision => "公共利益裁量",
        _ => "一般步骤",
    };

    /// <summary>Whether a publish step can be reached from <paramref name="from"/> without entering a node that <paramref name="stops"/>.</summary>
    private static bool ReachesPublish(ProcessDocument document, string from, Func<NodeDocument, bool> stops)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { from };
        var queue = new Queue<string>([from]);
        while (queue.TryDequeue(out var id))
        {
            if (document.Node(id) is not { } node)
            {
                continue;
            }

            if (node.Kind == NodeKind.Publish)
            {
                return true;
            }

            if (stops(node))
            {
                continue;
            }

            foreach (var edge in ProcessGraph.EdgesOf(node, document.Settings))
            {
                if (seen.Add(edge.To))
                {
                    queue.Enqueue(edge.To);
                }
            }
        }

        return false;
    }
}
