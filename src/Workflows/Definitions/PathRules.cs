using Disclosure.Workflows.Common;

namespace Disclosure.Workflows.Definitions;

/// <summary>
/// Walks every path of the process as a search over (node, what the path has passed) states and
/// reports a path to a publish step that skips a step the law requires, with the path itself.
/// A parallel block is crossed in one move from its split to its join: each path is searched on
/// its own from the split's state, and the join's state merges one end state of every path. All
/// paths of a block run before its join goes on, so a step passed on any one of them has been
/// passed after the join (see docs/decisions/0007-parallel-paths-and-countersign.md).
/// </summary>
internal static class PathRules
{
    private sealed record State(string Node, bool Reviewed, bool SignedOff, bool Consented, bool RefusalUndecided);

    public static void Check(ProcessDocument document, List<DefinitionError> errors) =>
        Check(document, ParallelBlocks.Analyse(document), errors);

    public static void Check(ProcessDocument document, ParallelBlocks blocks, List<DefinitionError> errors)
    {
        // Any item: review and sign-off on every path.
        new Search(document, blocks, ItemFacts.Unknown, withRightsHolders: false, errors).Run();
        // Items with rights-holders: consent too, and a refusal is decided before publication.
        new Search(document, blocks, ItemFacts.Unknown with { HasRightsHolders = true }, withRightsHolders: true, errors).Run();
    }

    private sealed class Search(ProcessDocument document, ParallelBlocks blocks, ItemFacts facts, bool withRightsHolders, List<DefinitionError> errors)
    {
        private readonly Dictionary<string, NodeDocument> _nodes = document.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        private readonly HashSet<(string, string)> _reported = [];

        public void Run()
        {
            var start = document.Nodes.Single(n => n.Kind == NodeKind.Start);
            Explore(Arrive(new State(start.Id, false, false, false, false), start), stopAt: null, prefix: []);
        }

        /// <summary>Searches from a state; returns the states reaching <paramref name="stopAt"/> (a join).</summary>
        private HashSet<State> Explore(State first, string? stopAt, IReadOnlyList<string> prefix)
        {
            var parents = new Dictionary<State, State?> { [first] = null };
            var queue = new Queue<State>([first]);
            var arrived = new HashSet<State>();
            while (queue.TryDequeue(out var state))
            {
                var node = _nodes[state.Node];
                if (node.Id == stopAt)
                {
                    arrived.Add(state);
                    continue;
                }

                if (node.Kind == NodeKind.Publish)
                {
                    Report(node, state, [.. prefix, .. PathTo(state, parents)]);
                }

                foreach (var next in Successors(state, node, [.. prefix, .. PathTo(state, parents)]))
                {
                    if (parents.TryAdd(next, state))
                    {
                        queue.Enqueue(next);
                    }
                }
            }

            return arrived;
        }

        private IEnumerable<State> Successors(State state, NodeDocument node, IReadOnlyList<string> path)
        {
            if (node.Kind == NodeKind.ParallelSplit && blocks.OfSplit(node.Id) is { } block)
            {
                // Every path runs; the join sees the union of what each of them passed.
                var merged = new HashSet<State> { state with { Node = block.JoinId } };
                foreach (var start in node.Paths!)
                {
                    var ends = Explore(Arrive(state with { Node = start }, _nodes[start]), block.JoinId, path);
                    merged = [.. merged.SelectMany(m => ends.Select(e => Merge(m, e)))];
                }

                return merged;
            }

            return PossibleEdges(node, document.Settings, facts).Select(edge => Arrive(Leave(state, node, edge), _nodes[edge.To]));
        }

        private static State Merge(State a, State b) => new(a.Node,
            a.Reviewed || b.Reviewed, a.SignedOff || b.SignedOff, a.Consented || b.Consented, a.RefusalUndecided || b.RefusalUndecided);

        private void Report(NodeDocument node, State state, IReadOnlyList<string> path)
        {
            foreach (var (rule, words) in Violations(state, withRightsHolders))
            {
                if (_reported.Add((node.Id, rule)) && !errors.Any(e => e.NodeId == node.Id && e.Rule == rule))
                {
                    var text = string.Join(" → ", path.Select(id => _nodes[id].Name ?? id));
                    errors.Add(new(node.Id, rule, Messages.RulePathSkips(withRightsHolders, node.Name ?? node.Id, text, words)));
                }
            }
        }

        private static List<string> PathTo(State state, Dictionary<State, State?> parents)
        {
            var path = new List<string>();
            for (State? current = state; current is not null; current = parents[current])
            {
                path.Add(current.Node);
            }

            path.Reverse();
            return path;
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
        NodePurpose.ConfidentialityReview when LawRules.IsLawfulReview(node) => state with { Reviewed = true },
        NodePurpose.LeaderSignOff when LawRules.IsLawfulSignOff(node) => state with { SignedOff = true },
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
}
