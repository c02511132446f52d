using Disclosure.Workflows.Common;

namespace Disclosure.Workflows.Definitions;

/// <summary>
/// Walks every path of the process as a search over (node, what the path has passed) states and
/// reports a path to a publish step that skips a step the law requires, with the path itself.
/// </summary>
internal static class PathRules
{
    private sealed record State(string Node, bool Reviewed, bool SignedOff, bool Consented, bool RefusalUndecided);

    public static void Check(ProcessDocument document, List<DefinitionError> errors)
    {
        // Any item: review and sign-off on every path.
        Search(document, ItemFacts.Unknown, withRightsHolders: false, errors);
        // Items with rights-holders: consent too, and a refusal is decided before publication.
        Search(document, ItemFacts.Unknown with { HasRightsHolders = true }, withRightsHolders: true, errors);
    }

    private static void Search(ProcessDocument document, ItemFacts facts, bool withRightsHolders, List<DefinitionError> errors)
    {
        var nodes = document.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var start = document.Nodes.Single(n => n.Kind == NodeKind.Start);
        var first = Arrive(new State(start.Id, false, false, false, false), start);
        var parents = new Dictionary<State, State?> { [first] = null };
        var queue = new Queue<State>([first]);
        var reported = new HashSet<(string, string)>();

        while (queue.TryDequeue(out var state))
        {
            var node = nodes[state.Node];
            if (node.Kind == NodeKind.Publish)
            {
                foreach (var (rule, words) in Violations(state, withRightsHolders))
                {
                    if (reported.Add((node.Id, rule)) && !errors.Any(e => e.NodeId == node.Id && e.Rule == rule))
                    {
                        var path = string.Join(" → ", PathTo(state, parents).Select(s => nodes[s.Node].Name ?? s.Node));
                        errors.Add(new(node.Id, rule, Messages.RulePathSkips(withRightsHolders, node.Name ?? node.Id, path, words)));
                    }
                }
            }

            foreach (var edge in PossibleEdges(node, document.Settings, facts))
            {
                var next = Arrive(Leave(state, node, edge), nodes[edge.To]);
                if (parents.TryAdd(next, state))
                {
                    queue.Enqueue(next);
                }
            }
        }
    }

    private static IEnumerable<(string Rule, string Words)> Violations(State state, bool withRightsHolders)
    {
        if (!state.Reviewed)
        {
            yield return ("review-required", Messages.RequiredStepLabel("review-required").Text);
        }

        if (!state.SignedOff)
        {
            yield return ("signoff-required", Messages.RequiredStepLabel("signoff-required").Text);
        }

        if (withRightsHolders && !state.Consented)
        {
            yield return ("consent-required", Messages.RequiredStepLabel("consent-required").Text);
        }

        if (withRightsHolders && state.RefusalUndecided)
        {
            yield return ("public-interest-required", Messages.RequiredStepLabel("public-interest-required").Text);
        }
    }

    private static State Arrive(State state, NodeDocument node) =>
        // Drafting can change the content, so whatever was checked before no longer counts.
        node.Purpose == NodePurpose.Drafting ? new State(node.Id, false, false, false, false) : state with { Node = node.Id };

    // A review or sign-off counts only when a person of the lawful role takes it (LawRules keeps
    // the clock from taking it); a step of the right purpose given to another role passes nothing.
    private static State Leave(State state, NodeDocument node, Edge edge) => node.Purpose switch
    {
        NodePurpose.ConfidentialityReview when node.Kind == NodeKind.UserTask && node.Role == Roles.Reviewer => state with { Reviewed = true },
        NodePurpose.LeaderSignOff when node.Kind == NodeKind.UserTask && node.Role == Roles.Leader => state with { SignedOff = true },
        NodePurpose.PublicInterestDecision when node.Kind == NodeKind.UserTask => state with { RefusalUndecided = false },
        _ when node.Kind == NodeKind.Consent => state with { Consented = true, RefusalUndecided = edge.Kind is EdgeKind.Refused or EdgeKind.NoReply },
        _ => state,
    };

    private static IEnumerable<Edge> PossibleEdges(NodeDocument node, ProcessSettings settings, ItemFacts facts)
    {
        if (node.Kind != NodeKind.Decision)
        {
            foreach (var edge in ProcessGraph.EdgesOf(node, settings))
            {
                yield return edge;
            }

            yield break;
        }

        // A branch that is certainly false is never taken; one that is certainly true shadows the rest.
        foreach (var edge in ProcessGraph.EdgesOf(node, settings))
        {
            if (edge.Kind == EdgeKind.Otherwise)
            {
                yield return edge;
                yield break;
            }

            var holds = Conditions.Evaluate(node.Branches![edge.BranchIndex].When!, facts);
            if (holds != false)
            {
                yield return edge;
            }

            if (holds == true)
            {
                yield break;
            }
        }
    }

    private static List<State> PathTo(State state, Dictionary<State, State?> parents)
    {
        var path = new List<State>();
        for (State? current = state; current is not null; current = parents[current])
        {
            path.Add(current);
        }

        path.Reverse();
        return path;
    }
}
