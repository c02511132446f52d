using Disclosure.Workflows.Calendar;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;

namespace Disclosure.Workflows.Engine;

/// <summary>What an administrator asks a dry run: the item's facts, a start day and the choices to make in order.</summary>
public sealed record DryRunRequest
{
    /// <summary>yyyy-MM-dd; the first step opens at 09:00 (Asia/Shanghai) that day. Empty: today.</summary>
    public string? StartOn { get; init; }

    public string? Category { get; init; }

    /// <summary>LongTerm, Periodic or Immediate.</summary>
    public string? Timing { get; init; }

    public bool HasRightsHolders { get; init; }

    /// <summary>The departments concerned the item would name (countersign signers).</summary>
    public IReadOnlyList<string>? DepartmentsConcerned { get; init; }

    public IReadOnlyList<DryRunChoice>? Choices { get; init; }
}

/// <summary>
/// One choice: for the step waiting at <see cref="Node"/> (or the one waiting longest), the outcome;
/// a consent step takes agreed, refused or noReply; a countersign takes an outcome per signer
/// (department, or role for countersigns by role) in <see cref="Signers"/>, or one outcome for all.
/// </summary>
public sealed record DryRunChoice
{
    public string? Node { get; init; }

    public string? Outcome { get; init; }

    public IReadOnlyDictionary<string, string>? Signers { get; init; }
}

public sealed record DryRunSigner(string Signer, string Role, string RoleLabel, string? Department, string? Outcome);

public sealed record DryRunOutcome(string Id, string Label);

/// <summary>One step the path took: when it opened, its due time on the calendar, and how it ended.</summary>
public sealed record DryRunStep(
    string NodeId, string? Name, string Kind, string? Role, string? RoleLabel, string? Department, DateTimeOffset OpenedAt,
    DateTimeOffset? DueAt, bool DueEstimated, string? Outcome, string? OutcomeLabel, string? Note, IReadOnlyList<DryRunSigner>? Signers);

/// <summary>A step the path stopped at, waiting for a choice, with the choices it offers.</summary>
public sealed record DryRunWait(string NodeId, string? Name, string Kind, string? Role, string? RoleLabel, DateTimeOffset OpenedAt, DateTimeOffset? DueAt, bool DueEstimated,
    IReadOnlyList<DryRunOutcome> Outcomes, IReadOnlyList<DryRunSigner>? Signers);

public sealed record DryRunResult(IReadOnlyList<DryRunStep> Steps, IReadOnlyList<DryRunWait> Waiting, string? EndResult, DateTimeOffset? EndedAt);

/// <summary>
/// Walks a definition the way the engine would, on the office calendar, without touching the
/// database: each step is assumed to take its full due time (the latest the path can be), parallel
/// paths run side by side and a join waits for the last. Stops when the choices run out and lists
/// what waits, so a screen can offer the next choice.
/// </summary>
public static class DryRun
{
    private const int MaxSteps = 2000;

    public static DryRunResult Walk(ProcessDefinitionVersion definition, DryRunRequest request, DisclosureDeadlines deadlines, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(deadlines);
        ArgumentNullException.ThrowIfNull(clock);
        if (DefinitionValidator.Validate(definition.Document).Count > 0)
        {
            throw new ValidationFailedException("definition", Messages.DryRunInvalid);
        }

        var walk = new Walker(definition, Facts(request), request.DepartmentsConcerned ?? [], deadlines, Start(request, clock));
        walk.Run();
        foreach (var (choice, i) in (request.Choices ?? []).Select((c, i) => (c, i)))
        {
            walk.Choose(choice, $"choices[{i}]");
            walk.Run();
        }

        return walk.Result();
    }

    private static DateTimeOffset Start(DryRunRequest request, TimeProvider clock)
    {
        if (string.IsNullOrWhiteSpace(request.StartOn))
        {
            return clock.GetUtcNow();
        }

        return OfficeTime.TryParseDay(request.StartOn, out var day)
            ? new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8))
            : throw Invalid("startOn", Messages.DryRunStartOn);
    }

    private static ItemFacts Facts(DryRunRequest request)
    {
        var category = string.IsNullOrWhiteSpace(request.Category) ? null : request.Category.Trim();
        if (category is not null && CatalogueCategories.Find(category) is null)
        {
            throw Invalid("category", Messages.DryRunCategory(category));
        }

        TimingClass? timing = null;
        if (!string.IsNullOrWhiteSpace(request.Timing))
        {
            timing = Enum.TryParse<TimingClass>(request.Timing.Trim(), true, out var t) && Enum.IsDefined(t) && !int.TryParse(request.Timing, out _)
                ? t
                : throw Invalid("timing", Messages.DryRunTiming(request.Timing));
        }

        return new ItemFacts(category, timing, request.HasRightsHolders, null, null);
    }

    internal static ValidationFailedException Invalid(string field, UserMessage message) => new(field, message);

    private sealed class Wait(NodeDocument node, DateTimeOffset openedAt, DateTimeOffset? dueAt, bool estimated, IReadOnlyList<Signer> signers)
    {
        public NodeDocument Node { get; } = node;

        public DateTimeOffset OpenedAt { get; } = openedAt;

        public DateTimeOffset? DueAt { get; } = dueAt;

        public bool Estimated { get; } = estimated;

        public IReadOnlyList<Signer> Signers { get; } = signers;

        /// <summary>When the step is over: at its due time, the latest it may take.</summary>
        public DateTimeOffset DoneAt => DueAt ?? OpenedAt;
    }

    private sealed class Walker(ProcessDefinitionVersion definition, ItemFacts facts, IReadOnlyList<string> concerned, DisclosureDeadlines deadlines, DateTimeOffset start)
    {
        private readonly ProcessDocument _document = definition.Document;
        private readonly Queue<(string Node, DateTimeOffset At)> _tokens = new([(definition.Document.Nodes.Single(n => n.Kind == NodeKind.Start).Id, start)]);
        private readonly List<Wait> _waits = [];
        private readonly Dictionary<string, (int Count, DateTimeOffset Latest)> _joins = new(StringComparer.Ordinal);
        private readonly List<DryRunStep> _steps = [];
        private string? _lastOutcome;
        private string? _end;
        private DateTimeOffset? _endedAt;

        public void Run()
        {
            while (_tokens.TryDequeue(out var token))
            {
                if (_steps.Count > MaxSteps)
                {
                    throw Invalid("choices", Messages.DryRunTooLong(MaxSteps));
                }

                Enter(_document.Node(token.Node)!, token.At);
            }
        }

        private void Step(NodeDocument node, DateTimeOffset at, string? outcome = null, string? label = null, string? note = null,
            Wait? wait = null, IReadOnlyList<DryRunSigner>? signers = null) =>
            _steps.Add(new DryRunStep(node.Id, node.Name, BpmnKind(node), node.Role, node.Role is null ? null : Roles.Label(node.Role),
                node.ByResponsibleBody ? Messages.ResponsibleBodyOfItem.Text : null, at, wait?.DueAt, wait?.Estimated ?? false, outcome, label, note, signers));

        private void Enter(NodeDocument node, DateTimeOffset at)
        {
            switch (node.Kind)
            {
                case NodeKind.Start or NodeKind.Publish or NodeKind.Notify:
                    Step(node, at);
                    _tokens.Enqueue((node.Next!, at));
                    break;
                case NodeKind.End:
                    Step(node, at, outcome: Camel(node.Result!.Value));
                    (_end, _endedAt) = (Camel(node.Result.Value), at);
                    break;
                case NodeKind.Decision:
                    var branch = node.Branches!.FirstOrDefault(b => Conditions.Evaluate(b.When!, facts with { LastOutcome = _lastOutcome }) == true);
                    Step(node, at, outcome: branch?.Next ?? node.Otherwise, label: branch is null ? "否则" : branch.Label ?? branch.Next);
                    _tokens.Enqueue((branch?.Next ?? node.Otherwise!, at));
                    break;
                case NodeKind.ParallelSplit:
                    Step(node, at, note: Messages.JournalSplit(node.Paths!.Count).Text);
                    foreach (var path in node.Paths!)
                    {
                        _tokens.Enqueue((path, at));
                    }

                    break;
                case NodeKind.ParallelJoin:
                    var expected = definition.Blocks.OfJoin(node.Id)!.Paths.Count;
                    var (count, latest) = _joins.GetValueOrDefault(node.Id);
                    (count, latest) = (count + 1, count == 0 || at > latest ? at : latest);
                    if (count < expected)
                    {
                        _joins[node.Id] = (count, latest);
                        break;
                    }

                    _joins.Remove(node.Id);
                    Step(node, latest, note: Messages.JournalJoined(expected).Text);
                    _tokens.Enqueue((node.Next!, latest));
                    break;
                case NodeKind.Consent when !facts.HasRightsHolders.GetValueOrDefault():
                    Step(node, at, outcome: "agreed", note: Messages.DryRunSkipped.Text);
                    _tokens.Enqueue((node.OnAgreed!, at));
                    break;
                default:
                    Open(node, at);
                    break;
            }
        }

        private void Open(NodeDocument node, DateTimeOffset at)
        {
            var signers = node.Countersign is { } countersign ? Countersigning.SignersOf(node, countersign, concerned) : [];
            if (node.Countersign is not null && signers.Count == 0)
            {
                var approve = node.Outcomes!.First(o => o.Id == node.Countersign.Approve);
                Step(node, at, approve.Id, approve.Label, Messages.JournalCountersignSkipped.Text);
                _tokens.Enqueue((approve.Next!, at));
                return;
            }

            var (due, estimated) = Due(node.Due, at);
            _waits.Add(new Wait(node, at, due, estimated, signers));
        }

        private (DateTimeOffset? Due, bool Estimated) Due(DueTime? due, DateTimeOffset at)
        {
            if (due?.WorkingDays is { } days)
            {
                var today = WorkingDayCalendar.DateOf(at);
                var day = deadlines.Add(today, days);
                return (WorkingDayCalendar.EndOfDay(day), deadlines.Calendar.UnscheduledYearsBetween(today, day).Count > 0);
            }

            return due?.Duration is { } text && DefinitionValidator.TryParseDuration(text, out var span) ? (at + span, false) : (null, false);
        }

        public void Choose(DryRunChoice choice, string field)
        {
            var wait = choice.Node is null ? _waits.FirstOrDefault() : _waits.FirstOrDefault(w => w.Node.Id == choice.Node);
            if (wait is null)
            {
                throw Invalid(field, choice.Node is null ? Messages.DryRunNothingWaiting : Messages.DryRunNotWaiting(choice.Node));
            }

            _waits.Remove(wait);
            var node = wait.Node;
            if (node.Kind == NodeKind.Consent)
            {
                var next = choice.Outcome switch
                {
                    "agreed" => node.OnAgreed,
                    "refused" => node.OnRefused,
                    "noReply" => _document.Settings.ConsentSilence == ConsentSilence.Refuse ? node.OnRefused : node.OnNoReply,
                    _ => throw Invalid(field, Messages.DryRunOutcome(node.Name ?? node.Id, "agreed（全部同意）、refused（有人不同意）、noReply（逾期未答复）")),
                };
                _lastOutcome = choice.Outcome == "agreed" ? "agreed" : next == node.OnRefused ? "refused" : "no-reply";
                Step(node, wait.OpenedAt, _lastOutcome, null, wait: wait);
                _tokens.Enqueue((next!, wait.DoneAt));
                return;
            }

            var outcome = node.Countersign is null ? OutcomeOf(node, choice.Outcome, field) : Countersign(node, wait, choice, field);
            _lastOutcome = outcome.Id;
            if (node.Countersign is null)
            {
                Step(node, wait.OpenedAt, outcome.Id, outcome.Label, wait: wait);
            }

            _tokens.Enqueue((outcome.Next!, wait.DoneAt));
        }

        private OutcomeDocument Countersign(NodeDocument node, Wait wait, DryRunChoice choice, string field)
        {
            var countersign = node.Countersign!;
            var answers = new List<DryRunSigner>();
            var (approvals, objections) = (0, 0);
            var verdict = CountersignVerdict.Wait;
            foreach (var signer in wait.Signers)
            {
                var key = signer.Department ?? signer.Role;
                var answer = choice.Signers?.GetValueOrDefault(key) ?? choice.Outcome;
                if (verdict != CountersignVerdict.Wait || answer is null)
                {
                    answers.Add(new DryRunSigner(key, signer.Role, Roles.Label(signer.Role), signer.Department, verdict == CountersignVerdict.Wait ? null : Messages.DryRunCancelled.Text));
                    continue;
                }

                var outcome = OutcomeOf(node, answer, field);
                approvals += outcome.Id == countersign.Approve ? 1 : 0;
                objections += outcome.Id == countersign.Reject ? 1 : 0;
                answers.Add(new DryRunSigner(key, signer.Role, Roles.Label(signer.Role), signer.Department, outcome.Id));
                verdict = Countersigning.Decide(countersign, wait.Signers.Count, approvals, objections, wait.Signers.Count - approvals - objections, outcome.Id == countersign.Reject);
            }

            if (verdict == CountersignVerdict.Wait)
            {
                var missing = answers.Where(a => a.Outcome is null).Select(a => a.Signer);
                throw Invalid(field, Messages.DryRunSignersMissing(node.Name ?? node.Id, string.Join("、", missing)));
            }

            var closing = node.Outcomes!.First(o => o.Id == (verdict == CountersignVerdict.Approved ? countersign.Approve : countersign.Reject));
            Step(node, wait.OpenedAt, closing.Id, closing.Label, Messages.JournalCountersignClosed(approvals, objections, answers.Count - approvals - objections).Text, wait, answers);
            return closing;
        }

        private static OutcomeDocument OutcomeOf(NodeDocument node, string? id, string field) =>
            node.Outcomes!.FirstOrDefault(o => o.Id == id)
            ?? throw Invalid(field, Messages.DryRunOutcome(node.Name ?? node.Id, string.Join("、", node.Outcomes!.Select(o => $"{o.Id}（{o.Label}）"))));

        public DryRunResult Result() => new(_steps, [.. _waits.Select(w => new DryRunWait(w.Node.Id, w.Node.Name, BpmnKind(w.Node), w.Node.Role,
            w.Node.Role is null ? null : Roles.Label(w.Node.Role), w.OpenedAt, w.DueAt, w.Estimated,
            w.Node.Kind == NodeKind.Consent ? [new("agreed", "全部同意"), new("refused", "有人不同意"), new("noReply", "逾期未答复")] : [.. w.Node.Outcomes!.Select(o => new DryRunOutcome(o.Id, o.Label))],
            w.Signers.Count == 0 ? null : [.. w.Signers.Select(s => new DryRunSigner(s.Department ?? s.Role, s.Role, Roles.Label(s.Role), s.Department, null))]))], _end, _endedAt);

        private static string BpmnKind(NodeDocument node) => Camel(node.Kind);

        private static string Camel<T>(T value) where T : struct, Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
    }
}
