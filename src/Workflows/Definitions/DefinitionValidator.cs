using System.Xml;

namespace Disclosure.Workflows.Definitions;

/// <summary>
/// Refuses definitions that could not run or would let an item out against the rules: every path
/// from start to a publish step must pass the confidentiality review and the leader sign-off, and,
/// for items with rights-holders, the consent step and (after a refusal) the public-interest decision.
/// </summary>
public static class DefinitionValidator
{
    public static IReadOnlyList<DefinitionError> Validate(ProcessDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var errors = new List<DefinitionError>();
        CheckHeader(document, errors);
        CheckNodes(document, errors);
        if (errors.Count > 0)
        {
            // The path rules need a well-formed graph.
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

        return errors;
    }

    private static void CheckHeader(ProcessDocument document, List<DefinitionError> errors)
    {
        if (string.IsNullOrWhiteSpace(document.Key) || !document.Key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') || document.Key.Length > 64)
        {
            errors.Add(new(null, "key", "流程标识只能由小写字母、数字和连字符组成 (the key must be lowercase letters, digits and hyphens)"));
        }

        if (string.IsNullOrWhiteSpace(document.Name))
        {
            errors.Add(new(null, "name", "流程必须有中文名称 (the definition needs a Chinese name)"));
        }

        if (document.Nodes.Count(n => n.Kind == NodeKind.Start) != 1)
        {
            errors.Add(new(null, "one-start", "流程必须有且只有一个开始节点 (exactly one start node)"));
        }

        if (!document.Nodes.Any(n => n.Kind == NodeKind.End))
        {
            errors.Add(new(null, "has-end", "流程至少需要一个结束节点 (at least one end node)"));
        }

        foreach (var duplicate in document.Nodes.GroupBy(n => n.Id).Where(g => g.Count() > 1))
        {
            errors.Add(new(duplicate.Key, "unique-ids", $"节点编号“{duplicate.Key}”重复 (node id used more than once)"));
        }
    }

    private static void CheckNodes(ProcessDocument document, List<DefinitionError> errors)
    {
        var ids = document.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var node in document.Nodes)
        {
            void Error(string rule, string message) => errors.Add(new(node.Id, rule, $"节点“{node.Name ?? node.Id}”：{message}"));

            if (string.IsNullOrWhiteSpace(node.Id))
            {
                errors.Add(new(null, "node-id", "每个节点都需要编号 (every node needs an id)"));
                continue;
            }

            foreach (var edge in ProcessGraph.EdgesOf(node, document.Settings).Where(e => !ids.Contains(e.To)))
            {
                Error("missing-target", $"“{edge.Label}”指向不存在的节点“{edge.To}” (leads to a node that does not exist)");
            }

            switch (node.Kind)
            {
                case NodeKind.Start or NodeKind.Publish or NodeKind.Notify when node.Next is null:
                    Error("missing-next", "缺少后续节点 next (leads nowhere)");
                    break;
                case NodeKind.End when node.Result is null:
                    Error("end-result", "结束节点必须注明结果 result：published / withheld / withdrawn (an end needs a result)");
                    break;
                case NodeKind.UserTask:
                    CheckUserTask(node, Error);
                    break;
                case NodeKind.Consent:
                    CheckDue(node, Error, required: true);
                    if (node.OnAgreed is null || node.OnRefused is null)
                    {
                        Error("consent-targets", "意见征询必须指定全部同意 onAgreed 和有人不同意 onRefused 的去向 (consent needs onAgreed and onRefused)");
                    }

                    if (document.Settings.ConsentSilence == ConsentSilence.OfficeDecides && node.OnNoReply is null)
                    {
                        Error("consent-targets", "按 2019 年条例由机关决定时，必须指定逾期未答复 onNoReply 的去向 (onNoReply is required when silence leaves the decision to the office)");
                    }

                    break;
                case NodeKind.Decision:
                    if (node.Branches is not { Count: > 0 })
                    {
                        Error("decision-branches", "判断节点至少需要一个分支 (a decision needs at least one branch)");
                    }

                    if (node.Otherwise is null)
                    {
                        Error("decision-otherwise", "判断节点必须有“否则” otherwise 去向，保证总有路可走 (a decision needs an otherwise)");
                    }

                    foreach (var (branch, i) in (node.Branches ?? []).Select((b, i) => (b, i)))
                    {
                        if (branch.Next is null)
                        {
                            Error("missing-next", $"第 {i + 1} 个分支缺少去向 next (branch {i + 1} leads nowhere)");
                        }

                        foreach (var problem in Conditions.Problems(branch.When))
                        {
                            Error("condition", $"第 {i + 1} 个分支的条件有误：{problem}");
                        }
                    }

                    break;
                case NodeKind.Notify when string.IsNullOrWhiteSpace(node.To) || string.IsNullOrWhiteSpace(node.Message):
                    Error("notify", "通知节点必须指定通知对象 to 和内容 message (notify needs to and message)");
                    break;
                case NodeKind.Notify when node.To is not (NotifyTargets.Drafter or NotifyTargets.RightsHolders) && !Roles.Exists(node.To):
                    Error("notify", $"通知对象“{node.To}”未知，可用 drafter、rightsHolders 或角色 (unknown recipient)");
                    break;
            }

            ParallelNodeRules.Check(node, Error);
        }
    }

    private static void CheckUserTask(NodeDocument node, Action<string, string> error)
    {
        if (!Roles.Exists(node.Role) && !ParallelNodeRules.RoleComesFromSigners(node))
        {
            error("task-role", $"人工任务必须指定候选角色（{string.Join("、", Roles.All)}） (a user task needs a candidate role)");
        }

        if (string.IsNullOrWhiteSpace(node.Name))
        {
            error("task-name", "人工任务必须有名称 (a user task needs a name)");
        }

        if (node.Outcomes is not { Count: > 0 })
        {
            error("task-outcomes", "人工任务至少需要一个办理结果 (a user task needs outcomes)");
        }
        else
        {
            foreach (var outcome in node.Outcomes)
            {
                if (string.IsNullOrWhiteSpace(outcome.Id) || string.IsNullOrWhiteSpace(outcome.Label))
                {
                    error("task-outcomes", "每个办理结果都需要编号 id 和名称 label (every outcome needs an id and a label)");
                }

                if (outcome.Next is null)
                {
                    error("missing-next", $"办理结果“{outcome.Label}”没有去向 (outcome leads nowhere)");
                }
            }

            foreach (var duplicate in node.Outcomes.GroupBy(o => o.Id).Where(g => g.Count() > 1))
            {
                error("task-outcomes", $"办理结果编号“{duplicate.Key}”重复 (outcome id used twice)");
            }
        }

        CheckDue(node, error, required: false);
        if (node.DeadlineOutcome is not null)
        {
            if (node.Outcomes?.Any(o => o.Id == node.DeadlineOutcome) != true)
            {
                error("deadline-outcome", $"到期自动采用的结果“{node.DeadlineOutcome}”不是本任务的办理结果 (the deadline outcome does not exist)");
            }
            else if (node.Outcomes.First(o => o.Id == node.DeadlineOutcome) is { RequiresComment: true } or { RequiresExemption: true })
            {
                error("deadline-outcome", "到期自动采用的结果不能要求填写意见或不予公开理由 (an automatic outcome cannot require a comment or exemption)");
            }

            if (node.Due is null)
            {
                error("deadline-outcome", "设置了到期自动结果，但没有办理时限 due (a deadline outcome needs a due time)");
            }
        }
    }

    private static void CheckDue(NodeDocument node, Action<string, string> error, bool required)
    {
        if (node.Due is null)
        {
            if (required)
            {
                error("due-time", "必须设置办理时限 due (a due time is required)");
            }

            return;
        }

        if ((node.Due.WorkingDays is null) == (node.Due.Duration is null))
        {
            error("due-time", "办理时限须在 workingDays（工作日）和 duration（如 PT4H）中二选一 (due needs either workingDays or duration)");
        }
        else if (node.Due.WorkingDays is < 1 or > 250)
        {
            error("due-time", "工作日数应在 1 至 250 之间 (working days must be 1–250)");
        }
        else if (node.Due.Duration is { } duration && !TryParseDuration(duration, out _))
        {
            error("due-time", $"“{duration}”不是有效的 ISO-8601 时长，如 PT4H、P1D (not an ISO-8601 duration)");
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
                errors.Add(new(node.Id, "unreachable", $"节点“{node.Name ?? node.Id}”从开始节点无法到达 (unreachable from the start)"));
            }
            else if (!canEnd.Contains(node.Id))
            {
                errors.Add(new(node.Id, "cannot-end", $"从节点“{node.Name ?? node.Id}”出发无法到达任何结束节点 (no path from here reaches an end)"));
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
