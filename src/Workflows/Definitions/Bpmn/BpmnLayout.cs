namespace Disclosure.Workflows.Definitions.Bpmn;

/// <summary>
/// A layered left-to-right layout for definitions drawn by no one: each node's column is its
/// longest distance from the start along forward edges (edges that close a loop are ignored), its
/// row its order within the column. Deterministic, so an exported file re-imports to the same data.
/// </summary>
public static class BpmnLayout
{
    private const int ColumnWidth = 180;
    private const int RowHeight = 130;
    private const int Left = 160;
    private const int Top = 80;

    public static (int Width, int Height) SizeOf(NodeKind kind) => kind switch
    {
        NodeKind.Start or NodeKind.End => (36, 36),
        NodeKind.Decision or NodeKind.ParallelSplit or NodeKind.ParallelJoin => (50, 50),
        _ => (100, 80),
    };

    public static IReadOnlyDictionary<string, NodeLayout> Generate(ProcessDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var nodes = document.Nodes.GroupBy(n => n.Id).Select(g => g.First()).ToList();
        var successors = nodes.ToDictionary(n => n.Id, n => ProcessGraph.EdgesOf(n, document.Settings).Select(e => e.To).Where(id => nodes.Any(x => x.Id == id)).Distinct().ToList());
        var start = nodes.FirstOrDefault(n => n.Kind == NodeKind.Start)?.Id;
        var forward = ForwardEdges(nodes.Select(n => n.Id), start, successors);

        // Longest path layering over the forward edges (a DAG).
        var layer = nodes.ToDictionary(n => n.Id, _ => 0);
        foreach (var id in TopologicalOrder(nodes.Select(n => n.Id), forward))
        {
            foreach (var next in forward[id])
            {
                layer[next] = Math.Max(layer[next], layer[id] + 1);
            }
        }

        var layout = new Dictionary<string, NodeLayout>(StringComparer.Ordinal);
        foreach (var column in nodes.GroupBy(n => layer[n.Id]))
        {
            var row = 0;
            foreach (var node in column)
            {
                var (width, height) = SizeOf(node.Kind);
                var centreX = Left + (column.Key * ColumnWidth) + 50;
                var centreY = Top + (row * RowHeight) + 40;
                layout[node.Id] = new NodeLayout { X = centreX - (width / 2), Y = centreY - (height / 2), Width = width, Height = height };
                row++;
            }
        }

        return layout;
    }

    /// <summary>Edges of a depth-first search from the start that do not close a cycle.</summary>
    private static Dictionary<string, List<string>> ForwardEdges(IEnumerable<string> ids, string? start, Dictionary<string, List<string>> successors)
    {
        var forward = ids.ToDictionary(id => id, _ => new List<string>());
        var state = new Dictionary<string, int>();
        void Visit(string id)
        {
            state[id] = 1;
            foreach (var next in successors[id])
            {
                if (!state.TryGetValue(next, out var s))
                {
                    forward[id].Add(next);
                    Visit(next);
                }
                else if (s == 2)
                {
                    forward[id].Add(next);
                }
            }

            state[id] = 2;
        }

        foreach (var id in (start is null ? [] : new[] { start }).Concat(forward.Keys))
        {
            if (!state.ContainsKey(id))
            {
                Visit(id);
            }
        }

        return forward;
    }

    private static List<string> TopologicalOrder(IEnumerable<string> ids, Dictionary<string, List<string>> forward)
    {
        var order = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Visit(string id)
        {
            if (!seen.Add(id))
            {
                return;
            }

            foreach (var next in forward[id])
            {
                Visit(next);
            }

            order.Add(id);
        }

        foreach (var id in ids)
        {
            Visit(id);
        }

        order.Reverse();
        return order;
    }
}
