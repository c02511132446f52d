using Disclosure.Workflows.Common;

namespace Disclosure.Workflows.Definitions;

/// <summary>One parallel split with the join all its paths reach, and the nodes of each path.</summary>
public sealed record ParallelBlock(string SplitId, string JoinId, IReadOnlyList<IReadOnlySet<string>> Paths)
{
    /// <summary>Every node between the split and the join, nested blocks included.</summary>
    public IReadOnlySet<string> Inside { get; } = Paths.SelectMany(p => p).ToHashSet(StringComparer.Ordinal);
}

/// <summary>
/// The parallel structure of a definition. Parallel paths are block-structured: every path of a
/// split reaches one and the same join and nothing else (no end, no other join, no way back to the
/// split), paths share no node, and nothing outside enters a path except through its split. So a
/// join always waits for exactly as many arrivals as its split has paths — no path can fail to come
/// (deadlock) or come twice. Nested blocks are allowed; drafting and publishing are not inside a block.
/// </summary>
public sealed class ParallelBlocks
{
    private readonly Dictionary<string, ParallelBlock> _bySplit = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ParallelBlock> _byJoin = new(StringComparer.Ordinal);

    private ParallelBlocks()
    {
    }

    public IReadOnlyCollection<ParallelBlock> Blocks => _bySplit.Values;

    public IReadOnlyList<DefinitionError> Errors { get; private set; } = [];

    public ParallelBlock? OfSplit(string splitId) => _bySplit.GetValueOrDefault(splitId);

    public ParallelBlock? OfJoin(string joinId) => _byJoin.GetValueOrDefault(joinId);

    /// <summary>True when the node lies on a path of some parallel block.</summary>
    public bool IsInsideAnyBlock(string nodeId) => _bySplit.Values.Any(b => b.Inside.Contains(nodeId));

    /// <summary>Analyses a document whose edges all lead to existing nodes.</summary>
    public static ParallelBlocks Analyse(ProcessDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var result = new ParallelBlocks();
        var analysis = new Analysis(document, result);
        foreach (var split in document.Nodes.Where(n => n.Kind == NodeKind.ParallelSplit))
        {
            analysis.BlockOf(split);
        }

        analysis.CheckJoinsAndEntries();
        result.Errors = analysis.Errors;
        return result;
    }

    private sealed class Analysis(ProcessDocument document, ParallelBlocks result)
    {
        private readonly Dictionary<string, NodeDocument> _nodes = document.Nodes.GroupBy(n => n.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);
        private readonly HashSet<string> _done = new(StringComparer.Ordinal);

        public List<DefinitionError> Errors { get; } = [];

        private void Error(NodeDocument node, string rule, UserMessage message) =>
            Errors.Add(new(node.Id, rule, Messages.AtNode(node.Name ?? node.Id, message.Text)));

        public ParallelBlock? BlockOf(NodeDocument split)
        {
            if (_done.Contains(split.Id))
            {
                return result.OfSplit(split.Id);
            }

            if (!_inProgress.Add(split.Id))
            {
                Error(split, "split-nesting", Messages.SplitReentered);
                return null;
            }

            var paths = new List<IReadOnlySet<string>>();
            var joins = new HashSet<string>(StringComparer.Ordinal);
            var failed = false;
            foreach (var start in split.Paths ?? [])
            {
                var members = new HashSet<string>(StringComparer.Ordinal);
                failed |= !Walk(split, start, members, joins);
                paths.Add(members);
            }

            _inProgress.Remove(split.Id);
            _done.Add(split.Id);
            if (split.Paths is not { Count: >= 2 } || split.Paths.Distinct().Count() != split.Paths.Count)
            {
                Error(split, "split-paths", Messages.SplitNeedsPaths);
                return null;
            }

            if (failed)
            {
                return null;
            }

            if (joins.Count != 1)
            {
                Error(split, "split-unjoined", joins.Count == 0 ? Messages.SplitNeverJoined : Messages.SplitJoinsDiffer(string.Join("、", joins.Order())));
                return null;
            }

            for (var i = 0; i < paths.Count; i++)
            {
                for (var j = i + 1; j < paths.Count; j++)
                {
                    if (paths[i].FirstOrDefault(paths[j].Contains) is { } shared)
                    {
                        Error(split, "split-paths-disjoint", Messages.SplitPathsShare(i + 1, j + 1, shared));
                        return null;
                    }
                }
            }

            var join = joins.Single();
            if (result._byJoin.TryGetValue(join, out var other))
            {
                Error(_nodes[join], "join-one-split", Messages.JoinOfTwoSplits(other.SplitId, split.Id));
                return null;
            }

            var block = new ParallelBlock(split.Id, join, paths);
            result._bySplit[split.Id] = block;
            result._byJoin[join] = block;
            return block;
        }

        /// <summary>Collects the nodes of one path; false when the path breaks the block rules.</summary>
        private bool Walk(NodeDocument split, string start, HashSet<string> members, HashSet<string> joins)
        {
            var queue = new Queue<string>([start]);
            var ok = true;
            while (queue.TryDequeue(out var id))
            {
                if (id == split.Id)
                {
                    Error(split, "split-loop", Messages.SplitPathLoopsBack);
                    return false;
                }

                if (!_nodes.TryGetValue(id, out var node) || members.Contains(id))
                {
                    continue;
                }

                switch (node.Kind)
                {
                    case NodeKind.ParallelJoin:
                        joins.Add(id);
                        continue;
                    case NodeKind.End or NodeKind.Start:
                        Error(split, "split-unjoined", Messages.SplitPathEnds(node.Name ?? node.Id));
                        ok = false;
                        continue;
                    case NodeKind.Publish:
                        Error(node, "parallel-publish", Messages.PublishInsideParallel);
                        ok = false;
                        break;
                    case NodeKind.UserTask when node.Purpose == NodePurpose.Drafting:
                        Error(node, "parallel-drafting", Messages.DraftingInsideParallel);
                        ok = false;
                        break;
                    case NodeKind.ParallelSplit:
                        members.Add(id);
                        if (BlockOf(node) is not { } nested)
                        {
                            return false;
                        }

                        members.UnionWith(nested.Inside);
                        members.Add(nested.JoinId);
                        queue.Enqueue(_nodes[nested.JoinId].Next ?? string.Empty);
                        continue;
                }

                members.Add(id);
                foreach (var edge in ProcessGraph.EdgesOf(node, document.Settings))
                {
                    queue.Enqueue(edge.To);
                }
            }

            return ok;
        }

        /// <summary>Joins without a split, and paths entered from outside their block.</summary>
        public void CheckJoinsAndEntries()
        {
            if (Errors.Count > 0)
            {
                return;
            }

            foreach (var join in document.Nodes.Where(n => n.Kind == NodeKind.ParallelJoin && !result._byJoin.ContainsKey(n.Id)))
            {
                Error(join, "join-without-split", Messages.JoinWithoutSplit);
            }

            var edges = document.Nodes.SelectMany(n => ProcessGraph.EdgesOf(n, document.Settings)).ToList();
            foreach (var block in result._bySplit.Values)
            {
                var allowed = new HashSet<string>(block.Inside, StringComparer.Ordinal) { block.SplitId };
                foreach (var edge in edges.Where(e => (block.Inside.Contains(e.To) || e.To == block.JoinId) && !allowed.Contains(e.From)))
                {
                    Error(_nodes[edge.To], "parallel-entry", Messages.EnteredFromOutside(_nodes[edge.From].Name ?? edge.From, _nodes[block.SplitId].Name ?? block.SplitId));
                }
            }
        }
    }
}
