using Disclosure.Workflows.Common;

namespace Disclosure.Workflows.Definitions;

/// <summary>
/// The edits an administrator makes to a draft, as functions from one document to the next: the
/// document stays the one model (the screens keep no copy of their own), and every edit that moves
/// an edge rewires the references so the graph stays connected. Whether the result is a lawful,
/// runnable process is the validator's business, not this class's.
/// </summary>
public static class DraftEdits
{
    /// <summary>Node ids are what instances and migrations name; keep them short and plain.</summary>
    public const int MaxNodeId = 64;

    /// <summary>Replaces one node by what <paramref name="change"/> makes of it.</summary>
    public static ProcessDocument Change(ProcessDocument document, string nodeId, Func<NodeDocument, NodeDocument> change)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(change);
        var index = IndexOf(document, nodeId);
        return document with { Nodes = [.. document.Nodes.Select((n, i) => i == index ? change(n) : n)] };
    }

    /// <summary>
    /// Inserts a user task after <paramref name="afterId"/>: the node's first way out now leads to
    /// the new step, whose one outcome leads where that way led before.
    /// </summary>
    public static ProcessDocument InsertTaskAfter(ProcessDocument document, string afterId, string name, string outcomeLabel)
    {
        ArgumentNullException.ThrowIfNull(document);
        var after = document.Nodes[IndexOf(document, afterId)];
        var first = ProcessGraph.EdgesOf(after, document.Settings).FirstOrDefault()
            ?? throw new ValidationFailedException("node", Messages.EditNothingFollows(after.Name ?? after.Id));
        var id = NewNodeId(document, "step");
        var added = new NodeDocument
        {
            Id = id,
            Kind = NodeKind.UserTask,
            Name = name,
            Due = new DueTime { WorkingDays = 3 },
            Outcomes = [new OutcomeDocument { Id = "approve", Label = outcomeLabel, Next = first.To }],
        };
        var rewired = Change(document, afterId, n => Redirect(n, first, id));
        var index = IndexOf(rewired, afterId) + 1;
        return rewired with { Nodes = [.. rewired.Nodes.Take(index), added, .. rewired.Nodes.Skip(index)] };
    }

    /// <summary>
    /// Removes a step; every way that led to it now leads where the step's first way out led. The
    /// start node cannot be removed: a process without one cannot run.
    /// </summary>
    public static ProcessDocument Remove(ProcessDocument document, string nodeId)
    {
        ArgumentNullException.ThrowIfNull(document);
        var node = document.Nodes[IndexOf(document, nodeId)];
        if (node.Kind == NodeKind.Start)
        {
            throw new ValidationFailedException("node", Messages.EditStartStays);
        }

        var successor = ProcessGraph.EdgesOf(node, document.Settings).Select(e => e.To).FirstOrDefault(to => to != nodeId);
        return document with
        {
            Nodes = [.. document.Nodes.Where(n => n.Id != nodeId).Select(n => Retarget(n, nodeId, successor))],
        };
    }

    /// <summary>Moves a node up (negative) or down in the list; the order is how the editor and the drawing lay steps out.</summary>
    public static ProcessDocument Move(ProcessDocument document, string nodeId, int by)
    {
        ArgumentNullException.ThrowIfNull(document);
        var index = IndexOf(document, nodeId);
        var target = Math.Clamp(index + by, 0, document.Nodes.Count - 1);
        var nodes = document.Nodes.ToList();
        var node = nodes[index];
        nodes.RemoveAt(index);
        nodes.Insert(target, node);
        return document with { Nodes = nodes };
    }

    /// <summary>Gives a node a new id and makes every reference follow it.</summary>
    public static ProcessDocument RenameNode(ProcessDocument document, string oldId, string newId)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(newId);
        newId = newId.Trim();
        IndexOf(document, oldId);
        if (newId == oldId)
        {
            return document;
        }

        if (newId.Length == 0 || newId.Length > MaxNodeId || newId.Any(char.IsWhiteSpace))
        {
            throw new ValidationFailedException("id", Messages.EditNodeIdInvalid(MaxNodeId));
        }

        if (document.Node(newId) is not null)
        {
            throw new ValidationFailedException("id", Messages.EditNodeIdTaken(newId));
        }

        return document with
        {
            Nodes = [.. document.Nodes.Select(n => Retarget(n.Id == oldId ? n with { Id = newId } : n, oldId, newId))],
        };
    }

    /// <summary>Adds an outcome to a user task with a fresh id, leading to <paramref name="next"/>.</summary>
    public static ProcessDocument AddOutcome(ProcessDocument document, string nodeId, string label, string? next)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Change(document, nodeId, n =>
        {
            var outcomes = n.Outcomes ?? [];
            var id = Enumerable.Range(outcomes.Count + 1, outcomes.Count + 2).Select(i => $"outcome-{i}").First(c => outcomes.All(o => o.Id != c));
            return n with { Outcomes = [.. outcomes, new OutcomeDocument { Id = id, Label = label, Next = next }] };
        });
    }

    /// <summary>Changes one outcome of a user task, found by its position.</summary>
    public static ProcessDocument ChangeOutcome(ProcessDocument document, string nodeId, int index, Func<OutcomeDocument, OutcomeDocument> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return Change(document, nodeId, n => n with
        {
            Outcomes = [.. (n.Outcomes ?? []).Select((o, i) => i == index ? change(o) : o)],
            // The deadline outcome and a countersign's approve and reject name outcome ids: follow them when the id changes.
            DeadlineOutcome = Follow(n, index, n.DeadlineOutcome, change),
            Countersign = n.Countersign is { } c ? c with { Approve = Follow(n, index, c.Approve, change) ?? c.Approve, Reject = Follow(n, index, c.Reject, change) ?? c.Reject } : null,
        });
    }

    public static ProcessDocument RemoveOutcome(ProcessDocument document, string nodeId, int index) =>
        Change(document, nodeId, n =>
        {
            var removed = n.Outcomes?.ElementAtOrDefault(index);
            return n with
            {
                Outcomes = [.. (n.Outcomes ?? []).Where((_, i) => i != index)],
                DeadlineOutcome = removed is not null && removed.Id == n.DeadlineOutcome ? null : n.DeadlineOutcome,
            };
        });

    /// <summary>Adds a branch to a decision, leading where its "otherwise" leads until changed.</summary>
    public static ProcessDocument AddBranch(ProcessDocument document, string nodeId, ConditionDocument when) =>
        Change(document, nodeId, n => n with { Branches = [.. n.Branches ?? [], new BranchDocument { When = when, Next = n.Otherwise }] });

    public static ProcessDocument ChangeBranch(ProcessDocument document, string nodeId, int index, Func<BranchDocument, BranchDocument> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return Change(document, nodeId, n => n with { Branches = [.. (n.Branches ?? []).Select((b, i) => i == index ? change(b) : b)] });
    }

    public static ProcessDocument RemoveBranch(ProcessDocument document, string nodeId, int index) =>
        Change(document, nodeId, n => n with { Branches = [.. (n.Branches ?? []).Where((_, i) => i != index)] });

    /// <summary>An id no node has yet: <c>step-13</c>, <c>step-14</c>, …</summary>
    public static string NewNodeId(ProcessDocument document, string prefix)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Enumerable.Range(document.Nodes.Count + 1, document.Nodes.Count + 2)
            .Select(i => $"{prefix}-{i}")
            .First(id => document.Node(id) is null);
    }

    private static int IndexOf(ProcessDocument document, string nodeId)
    {
        for (var i = 0; i < document.Nodes.Count; i++)
        {
            if (document.Nodes[i].Id == nodeId)
            {
                return i;
            }
        }

        throw new NotFoundException(Messages.EditNodeMissing(nodeId));
    }

    /// <summary>The node with the one edge <paramref name="edge"/> pointing at <paramref name="to"/> instead.</summary>
    private static NodeDocument Redirect(NodeDocument node, Edge edge, string to) => edge.Kind switch
    {
        EdgeKind.Outcome => node with
        {
            Outcomes = [.. node.Outcomes!.Select((o, i) => i == FirstOutcomeTo(node, edge.To) ? o with { Next = to } : o)],
        },
        EdgeKind.Agreed => node with { OnAgreed = to },
        EdgeKind.Refused => node with { OnRefused = to },
        EdgeKind.NoReply => node with { OnNoReply = to },
        EdgeKind.Branch => node with { Branches = [.. node.Branches!.Select((b, i) => i == edge.BranchIndex ? b with { Next = to } : b)] },
        EdgeKind.Otherwise => node with { Otherwise = to },
        EdgeKind.Path => node with { Paths = [.. node.Paths!.Select((p, i) => i == edge.BranchIndex ? to : p)] },
        _ => node with { Next = to },
    };

    private static int FirstOutcomeTo(NodeDocument node, string target)
    {
        var outcomes = node.Outcomes!;
        for (var i = 0; i < outcomes.Count; i++)
        {
            if (outcomes[i].Next == target)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Every reference of <paramref name="node"/> to <paramref name="from"/> made to point at <paramref name="to"/>.</summary>
    private static NodeDocument Retarget(NodeDocument node, string from, string? to)
    {
        string? Follow(string? target) => target == from ? to : target;
        return node with
        {
            Next = Follow(node.Next),
            OnAgreed = Follow(node.OnAgreed),
            OnRefused = Follow(node.OnRefused),
            OnNoReply = Follow(node.OnNoReply),
            Otherwise = Follow(node.Otherwise),
            Outcomes = node.Outcomes is null ? null : [.. node.Outcomes.Select(o => o with { Next = Follow(o.Next) })],
            Branches = node.Branches is null ? null : [.. node.Branches.Select(b => b with { Next = Follow(b.Next) })],
            // A path whose first step is removed with nothing after it is no path any more.
            Paths = node.Paths is null ? null : [.. node.Paths.Select(Follow).OfType<string>()],
        };
    }

    /// <summary>An outcome id another field names, followed when the outcome at <paramref name="index"/> that holds it gets another id.</summary>
    private static string? Follow(NodeDocument node, int index, string? outcomeId, Func<OutcomeDocument, OutcomeDocument> change) =>
        outcomeId is not null && node.Outcomes is { } outcomes && index < outcomes.Count && outcomes[index].Id == outcomeId ? change(outcomes[index]).Id : outcomeId;
}
