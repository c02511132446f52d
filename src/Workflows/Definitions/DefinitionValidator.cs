using System.Xml;
using Disclosure.Workflows.Common;

namespace Disclosure.Workflows.Definitions;

/// <summary>
/// Refuses definitions that could not run or would let an item out against the rules: every path
/// from start to a publish step must pass the confidentiality review and the leader sign-off, and,
/// for items with rights-holders, the consent step and (after a refusal) the public-interest decision;
/// and the rules of law of <see cref="LawRules"/> hold.
/// </summary>
public static class DefinitionValidator
{
    public static IReadOnlyList<DefinitionError> Validate(ProcessDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var errors = new List<DefinitionError>();
        CheckHeader(document, errors);
        CheckNodes(document, errors);
        ClockRules.Check(document, errors);
        if (errors.Count > 0)
        {
            // The path rules need a well-formed graph.
            errors.AddRange(LawRules.Check(document));
            return errors;
        }

        CheckReachability(document, errors);
        ParallelNodeRules.CheckSelection(document, errors);
        var blocks = ParallelBlocks.Analyse(document);
        errors.AddRange(blocks.Errors);
        if (blocks.Errors.Count == 0)
        {
            PathRules.Check(document, blocks, errors);
        }
        errors.AddRange(LawRules.Check(document));

        return errors;
    }

    private static void CheckHeader(ProcessDocument document, List<DefinitionError> errors)
    {
        if (string.IsNullOrWhiteSpace(document.Key) || !document.Key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') || document.Key.Length > 64)
        {
            errors.Add(new(null, "key", Messages.RuleKey(64)));
        }

        if (string.IsNullOrWhiteSpace(document.Name))
        {
            errors.Add(new(null, "name", Messages.RuleName));
        }

        if (document.Nodes.Count(n => n.Kind == NodeKind.Start) != 1)
        {
            errors.Add(new(null, "one-start", Messages.RuleOneStart));
        }

        if (!document.Nodes.Any(n => n.Kind == NodeKind.End))
        {
            errors.Add(new(null, "has-end", Messages.RuleHasEnd));
        }

        foreach (var duplicate in document.Nodes.GroupBy(n => n.Id).Where(g => g.Count() > 1))
        {
            errors.Add(new(duplicate.Key, "unique-ids", Messages.RuleUniqueIds(duplicate.Key)));
        }
    }

    private static void CheckNodes(ProcessDocument document, List<DefinitionError> errors)
    {
        var ids = document.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var node in document.Nodes)
        {
            void Error(string rule, UserMessage message) => errors.Add(new(node.Id, rule, Messages.AtNode(node.Name ?? node.Id, message.Text)));

            if (string.IsNullOrWhiteSpace(node.Id))
            {
                errors.Add(new(null, "node-id", Messages.RuleNodeId));
                continue;
            }

            foreach (var edge in ProcessGraph.EdgesOf(node, document.Settings).Where(e => !ids.Contains(e.To)))
            {
                Error("missing-target", Messages.RuleMissingTarget(edge.Label, edge.To));
            }

            switch (node.Kind)
            {
                case NodeKind.Start or NodeKind.Publish or NodeKind.Notify when node.Next is null:
                    Error("missing-next", Messages.RuleMissingNext);
                    break;
                case NodeKind.End when node.Result is null:
                    Error("end-result", Messages.RuleEndResult);
                    break;
                case NodeKind.UserTask:
                    CheckUserTask(node, Error);
                    break;
                case NodeKind.Consent:
                    CheckDue(node, Error, required: true);
                    if (node.OnAgreed is null || node.OnRefused is null)
                    {
                        Error("consent-targets", Messages.RuleConsentTargets);
                    }

                    if (document.Settings.ConsentSilence == ConsentSilence.OfficeDecides && node.OnNoReply is null)
                    {
                        Error("consent-targets", Messages.RuleConsentNoReplyTarget);
                    }

                    break;
                case NodeKind.Decision:
                    if (node.Branches is not { Count: > 0 })
                    {
                        Error("decision-branches", Messages.RuleDecisionBranches);
                    }

                    if (node.Otherwise is null)
                    {
                        Error("decision-otherwise", Messages.RuleDecisionOtherwise);
                    }

                    foreach (var (branch, i) in (node.Branches ?? []).Select((b, i) => (b, i)))
                    {
                        if (branch.Next is null)
                        {
                            Error("missing-next", Messages.RuleBranchMissingNext(i + 1));
                        }

                        foreach (var problem in Conditions.Problems(branch.When))
                        {
                            Error("condition", Messages.RuleBranchCondition(i + 1, problem));
                        }
                    }

                    break;
                case NodeKind.Notify when string.IsNullOrWhiteSpace(node.To) || string.IsNullOrWhiteSpace(node.Message):
                    Error("notify", Messages.RuleNotifyRequired);
                    break;
                case NodeKind.Notify when node.To is not (NotifyTargets.Drafter or NotifyTargets.RightsHolders) && !Roles.Exists(node.To):
                    Error("notify", Messages.RuleNotifyUnknown(node.To));
                    break;
            }

            ParallelNodeRules.Check(node, Error);
        }
    }

    private static void CheckUserTask(NodeDocument node, Action<string, UserMessage> error)
    {
        if (!Roles.MayTakeTask(node.Role))
        {
            error("task-role", Messages.RuleTaskRole(Roles.All.Concat(Roles.Parties).Select(r => $"{Roles.Label(r)}（{r}）")));
        }

        if (string.IsNullOrWhiteSpace(node.Name))
        {
            error("task-name", Messages.RuleTaskName);
        }

        if (node.Outcomes is not { Count: > 0 })
        {
            error("task-outcomes", Messages.RuleTaskOutcomes);
        }
        else
        {
            foreach (var outcome in node.Outcomes)
            {
                if (string.IsNullOrWhiteSpace(outcome.Id) || string.IsNullOrWhiteSpace(outcome.Label))
                {
                    error("task-outcomes", Messages.RuleOutcomeIdLabel);
                }

                if (outcome.Next is null)
                {
                    error("missing-next", Messages.RuleOutcomeMissingNext(outcome.Label));
                }
            }

            foreach (var duplicate in node.Outcomes.GroupBy(o => o.Id).Where(g => g.Count() > 1))
            {
                error("task-outcomes", Messages.RuleOutcomeDuplicate(duplicate.Key));
            }
        }

        CheckDue(node, error, required: false);
        if (node.DeadlineOutcome is not null)
        {
            if (node.Outcomes?.Any(o => o.Id == node.DeadlineOutcome) != true)
            {
                error("deadline-outcome", Messages.RuleDeadlineOutcomeUnknown(node.DeadlineOutcome));
            }
            else if (node.Outcomes.First(o => o.Id == node.DeadlineOutcome) is { RequiresComment: true } or { RequiresExemption: true })
            {
                error("deadline-outcome", Messages.RuleDeadlineOutcomeNeedsInput);
            }

            if (node.Due is null)
            {
                error("deadline-outcome", Messages.RuleDeadlineOutcomeNeedsDue);
            }
        }
    }

    private static void CheckDue(NodeDocument node, Action<string, UserMessage> error, bool required)
    {
        if (node.Due is null)
        {
            if (required)
            {
                error("due-time", Messages.RuleDueRequired);
            }

            return;
        }

        if ((node.Due.WorkingDays is null) == (node.Due.Duration is null))
        {
            error("due-time", Messages.RuleDueEitherOr);
        }
        else if (node.Due.WorkingDays is < 1 or > 250)
        {
            error("due-time", Messages.RuleDueWorkingDays(1, 250));
        }
        else if (node.Due.Duration is { } duration && !TryParseDuration(duration, out _))
        {
            error("due-time", Messages.RuleDueDuration(duration));
        }
    }

    public static bool TryParseDuration(string value, out TimeSpan duration)
    {
        try
        {
            duration = XmlConvert.ToTimeSpan(value);
            return duration > TimeSpan.Zero;
        }
        catch (FormatException)
        {
            duration = default;
            return false;
        }
        catch (OverflowException)
        {
            duration = default;
            return false;
        }
    }

    private static void CheckReachability(ProcessDocument document, List<DefinitionError> errors)
    {
        var edges = document.Nodes.SelectMany(n => ProcessGraph.EdgesOf(n, document.Settings)).ToList();
        var start = document.Nodes.Single(n => n.Kind == NodeKind.Start).Id;
        var reachable = Closure([start], id => edges.Where(e => e.From == id).Select(e => e.To));
        var canEnd = Closure(document.Nodes.Where(n => n.Kind == NodeKind.End).Select(n => n.Id), id => edges.Where(e => e.To == id).Select(e => e.From));
        foreach (var node in document.Nodes)
        {
            if (!reachable.Contains(node.Id))
            {
                errors.Add(new(node.Id, "unreachable", Messages.RuleUnreachable(node.Name ?? node.Id)));
            }
            else if (!canEnd.Contains(node.Id))
            {
                errors.Add(new(node.Id, "cannot-end", Messages.RuleCannotEnd(node.Name ?? node.Id)));
            }
        }
    }

    private static HashSet<string> Closure(IEnumerable<string> seeds, Func<string, IEnumerable<string>> step)
    {
        var seen = new HashSet<string>(seeds, StringComparer.Ordinal);
        var queue = new Queue<string>(seen);
        while (queue.TryDequeue(out var id))
        {
            foreach (var next in step(id))
            {
                if (seen.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return seen;
    }
}

/// <summary>Recipients a notify node can name besides roles.</summary>
public static class NotifyTargets
{
    public const string Drafter = "drafter-of-item";
    public const string RightsHolders = "rightsHolders";
}
