using Disclosure.Workflows.Common;

namespace Disclosure.Workflows.Definitions;

/// <summary>An edge of the process graph with the label it is drawn and journalled with.</summary>
public sealed record Edge(string From, string To, string Label, EdgeKind Kind, int BranchIndex = -1);

public enum EdgeKind
{
    Next,
    Outcome,
    Agreed,
    Refused,
    NoReply,
    Branch,
    Otherwise,

    /// <summary>One path of a parallel split; all are taken together.</summary>
    Path,
}

/// <summary>The edges a document's nodes declare, in declaration order.</summary>
public static class ProcessGraph
{
    public static IEnumerable<Edge> EdgesOf(NodeDocument node, ProcessSettings settings)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(settings);
        switch (node.Kind)
        {
            case NodeKind.Start or NodeKind.Publish or NodeKind.Notify or NodeKind.ParallelJoin when node.Next is not null:
                yield return new Edge(node.Id, node.Next, string.Empty, EdgeKind.Next);
                break;
            case NodeKind.UserTask:
                foreach (var outcome in node.Outcomes ?? [])
                {
                    if (outcome.Next is not null)
                    {
                        yield return new Edge(node.Id, outcome.Next, outcome.Label, EdgeKind.Outcome);
                    }
                }

                break;
            case NodeKind.Consent:
                if (node.OnAgreed is not null)
                {
                    yield return new Edge(node.Id, node.OnAgreed, Messages.EdgeAllAgreed.Text, EdgeKind.Agreed);
                }

                if (node.OnRefused is not null)
                {
                    yield return new Edge(node.Id, node.OnRefused, Messages.EdgeRefused(settings.ConsentSilence == ConsentSilence.Refuse).Text, EdgeKind.Refused);
                }

                if (settings.ConsentSilence == ConsentSilence.OfficeDecides && node.OnNoReply is not null)
                {
                    yield return new Edge(node.Id, node.OnNoReply, Messages.EdgeNoReply.Text, EdgeKind.NoReply);
                }

                break;
            case NodeKind.Decision:
                var index = 0;
                foreach (var branch in node.Branches ?? [])
                {
                    if (branch.Next is not null)
                    {
                        yield return new Edge(node.Id, branch.Next, branch.Label ?? Messages.EdgeBranch(index + 1).Text, EdgeKind.Branch, index);
                    }

                    index++;
                }

                if (node.Otherwise is not null)
                {
                    yield return new Edge(node.Id, node.Otherwise, Messages.EdgeOtherwise.Text, EdgeKind.Otherwise);
                }

                break;
            case NodeKind.ParallelSplit:
                foreach (var (path, i) in (node.Paths ?? []).Select((p, i) => (p, i)))
                {
                    yield return new Edge(node.Id, path, string.Empty, EdgeKind.Path, i);
                }

                break;
        }
    }
}
