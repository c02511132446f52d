using System.Text.Json;
using Disclosure.Workflows.Definitions;

namespace Disclosure.Workflows.Tests.Definitions.Bpmn;

/// <summary>
/// Random valid definitions for property tests, from a seed: the legal skeleton (drafting, review,
/// consent with public-interest decision, sign-off, publication) with random segments between its
/// steps — tasks, decisions, countersigns, notifications and nested parallel blocks — random ids
/// (some not valid XML ids), names with markup characters, due times, deadline outcomes and layouts.
/// </summary>
internal sealed class DefinitionGenerator(int seed)
{
    private static readonly string[] Names = ["审核", "会签\"特别\"", "<核对> & 复核", "Review step", "步骤 ' 一", "  "];
    private static readonly string[] Durations = ["PT4H", "P1D", "PT30M", "P2DT3H"];
    private static readonly string[] Staff = [Roles.Reviewer, Roles.Leader, Roles.SectionHead, Roles.Deputy, Roles.Principal, Roles.Administrator];
    private static readonly string[] Departments = ["财政所", "社会事务办公室", "城市管理办公室", "经济发展办公室"];
    private readonly Random _random = new(seed);
    private readonly List<NodeDocument> _nodes = [];
    private int _counter;
    private bool _layout;

    public ProcessDocument Next()
    {
        _nodes.Clear();
        _layout = _random.Next(3) == 0;
        var silence = _random.Next(2) == 0 ? ConsentSilence.Refuse : ConsentSilence.OfficeDecides;
        var draft = Id("draft");
        var review = Id("review");
        var signOff = Id("sign-off");
        var publish = Id("publish");
        var withheld = Id("end-withheld");
        var pi = Id("public-interest");

        var end = Add(new NodeDocument { Id = Id("end"), Kind = NodeKind.End, Name = "已发布", Result = EndResult.Published });
        Add(new NodeDocument { Id = withheld, Kind = NodeKind.End, Name = Name(), Result = EndResult.Withheld });
        var afterPublish = _random.Next(2) == 0 ? end : Add(new NodeDocument { Id = Id("notify"), Kind = NodeKind.Notify, Name = Name(), To = NotifyTargets.Drafter, Message = "“{title}”已发布。", Next = end });
        Add(new NodeDocument { Id = publish, Kind = NodeKind.Publish, Name = "发布", Next = afterPublish });
        var beforePublish = Segments(publish, draft, depth: 0);
        Add(Task(signOff, Pick([Roles.Leader, Roles.Principal]), NodePurpose.LeaderSignOff, [("approve", beforePublish), ("return", draft)], draft));
        var afterConsent = Segments(signOff, draft, depth: 0);
        Add(Task(pi, Roles.Principal, NodePurpose.PublicInterestDecision, [("publish-in-public-interest", afterConsent)], draft) with
        {
            Outcomes = [new() { Id = "withhold", Label = "不予公开", Next = withheld, RequiresComment = true, RequiresExemption = true }, new() { Id = "publish-in-public-interest", Label = "公开", Next = afterConsent, RequiresComment = true }],
        });
        var consent = Add(new NodeDocument
        {
            Id = Id("consent"), Kind = NodeKind.Consent, Name = Name(), Due = Due(), OnAgreed = afterConsent, OnRefused = pi,
            OnNoReply = silence == ConsentSilence.OfficeDecides ? pi : null,
        });
        var rh = Add(new NodeDocument
        {
            Id = Id("rh"), Kind = NodeKind.Decision, Name = Name(),
            Branches = [new() { When = Condition(Fact.HasRightsHolders, true), Next = consent, Label = _random.Next(2) == 0 ? null : "涉及权利人" }],
            Otherwise = afterConsent,
        });
        var afterReview = Segments(rh, draft, depth: 0);
        Add(Task(review, Roles.Reviewer, NodePurpose.ConfidentialityReview, [("approve", afterReview), ("return", draft)], draft));
        var beforeReview = Segments(review, draft, depth: 0);
        Add(Task(draft, Roles.Drafter, NodePurpose.Drafting, [("submit", beforeReview)], null));
        Add(new NodeDocument { Id = Id("start"), Kind = NodeKind.Start, Name = _random.Next(3) == 0 ? null : "开始", Next = draft });

        _nodes.Reverse();
        return new ProcessDocument
        {
            Key = $"generated-{seed}",
            Name = "生成的流程 " + Name(),
            EnglishName = _random.Next(2) == 0 ? string.Empty : "Generated <process> & \"friends\"",
            Settings = new ProcessSettings { ConsentSilence = silence, Selection = Selection() },
            Nodes = [.. _nodes],
        };
    }

    /// <summary>Zero to two random segments in a row, ending at <paramref name="next"/>; returns the first node.</summary>
    private string Segments(string next, string? draft, int depth)
    {
        for (var i = _random.Next(3); i > 0; i--)
        {
            next = Segment(next, draft, depth);
        }

        return next;
    }

    private string Segment(string next, string? draft, int depth)
    {
        switch (_random.Next(depth < 2 ? 6 : 4))
        {
            case 0:
                var withDeadline = draft is not null && _random.Next(2) == 0;
                var task = Task(Id("task"), Pick(Staff), NodePurpose.None, draft is null ? [("approve", next)] : [("approve", next), ("return", draft)], draft);
                return Add(withDeadline ? task with { Due = Due(), DeadlineOutcome = "return", Outcomes = [task.Outcomes![0], task.Outcomes[1] with { RequiresComment = false }] } : task);
            case 1:
                var branch = Segment(next, draft, depth + 1);
                return Add(new NodeDocument
                {
                    Id = Id("decision"), Kind = NodeKind.Decision, Name = Name(),
                    Branches = [new() { When = _random.Next(2) == 0 ? Condition(Fact.Category, "3") : new ConditionDocument { Any = [Condition(Fact.Timing, "periodic"), new ConditionDocument { Not = Condition(Fact.Category, "1.2") }] }, Next = branch, Label = Name() }],
                    Otherwise = next,
                });
            case 2:
                return Add(Countersign(next, draft));
            case 3:
                return Add(new NodeDocument { Id = Id("notify"), Kind = NodeKind.Notify, Name = Name(), To = Pick([NotifyTargets.Drafter, Roles.Leader, NotifyTargets.RightsHolders]), Message = "{title}：" + Name(), Next = next });
            default:
                // A parallel block: no path leaves it, so no return to drafting inside.
                var join = Add(new NodeDocument { Id = Id("join"), Kind = NodeKind.ParallelJoin, Name = Name(), Next = next });
                var paths = Enumerable.Range(0, 2 + _random.Next(2)).Select(_ => Segment(join, null, depth + 1)).ToList();
                return Add(new NodeDocument { Id = Id("split"), Kind = NodeKind.ParallelSplit, Name = Name(), Paths = paths });
        }
    }

    private NodeDocument Countersign(string next, string? draft)
    {
        var signers = (SignerSource)_random.Next(3);
        var completion = (CompletionRule)_random.Next(3);
        return new NodeDocument
        {
            Id = Id("countersign"), Kind = NodeKind.UserTask, Name = TaskName(), Role = Roles.SectionHead, Due = _random.Next(2) == 0 ? null : Due(),
            Outcomes = [new() { Id = "agree", Label = TaskName(), Next = next }, new() { Id = "object", Label = "不同意", Next = draft ?? next, RequiresComment = _random.Next(2) == 0 }],
            Countersign = new CountersignDocument
            {
                Signers = signers,
                Roles = signers == SignerSource.Roles ? [Roles.Reviewer, Roles.Deputy] : null,
                Departments = signers == SignerSource.Departments ? [.. Departments.Take(1 + _random.Next(Departments.Length))] : null,
                Completion = completion,
                AtLeast = completion == CompletionRule.AtLeast ? 1 : null,
                OnReject = (RejectionRule)_random.Next(2),
                Approve = "agree",
                Reject = "object",
            },
        };
    }

    private NodeDocument Task(string id, string role, NodePurpose purpose, (string Id, string Next)[] outcomes, string? draft) => new()
    {
        Id = id, Kind = NodeKind.UserTask, Name = TaskName(), Role = role, Purpose = purpose,
        Due = _random.Next(2) == 0 ? null : Due(),
        ByResponsibleBody = purpose == NodePurpose.None && role == Roles.SectionHead && _random.Next(2) == 0,
        Outcomes = [.. outcomes.Select(o => new OutcomeDocument { Id = o.Id, Label = TaskName(), Next = o.Next, RequiresComment = o.Next == draft && _random.Next(2) == 0 })],
    };

    private NodeDocument? _last;

    private string Add(NodeDocument node)
    {
        _last = _layout || _random.Next(4) == 0
            ? node with { Layout = new NodeLayout { X = _random.Next(-50, 2000), Y = _random.Next(0, 900), Width = 100, Height = 80 } }
            : node;
        _nodes.Add(_last);
        return node.Id;
    }

    /// <summary>Ids of every kind: plain, Chinese, not valid XML ids, or looking like the exporter's own.</summary>
    private string Id(string stem) => (_counter++, _random.Next(6)) switch
    {
        (var n, 0) => $"{n}{stem}",
        (var n, 1) => $"{stem} {n}",
        (var n, 2) => $"节点{n}",
        (var n, 3) => $"Flow_{n}",
        (var n, _) => $"{stem}-{n}",
    };

    private string Name() => Names[_random.Next(Names.Length)];

    private string TaskName() => Names[_random.Next(Names.Length - 1)];

    private DueTime Due() => _random.Next(2) == 0 ? new DueTime { WorkingDays = 1 + _random.Next(250) } : new DueTime { Duration = Durations[_random.Next(Durations.Length)] };

    private SelectionDocument? Selection() => _random.Next(3) switch
    {
        0 => null,
        1 => new SelectionDocument { Priority = _random.Next(-5, 100) },
        _ => new SelectionDocument { Priority = _random.Next(100), When = new ConditionDocument { All = [Condition(Fact.Category, "3.4"), new ConditionDocument { Fact = Fact.Timing, In = [JsonSerializer.SerializeToElement("longTerm"), JsonSerializer.SerializeToElement("periodic")] }] } },
    };

    private static ConditionDocument Condition<T>(Fact fact, T value) => new() { Fact = fact, EqualTo = JsonSerializer.SerializeToElement(value) };

    private string Pick(string[] values) => values[_random.Next(values.Length)];
}
