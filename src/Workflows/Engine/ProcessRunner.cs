using Disclosure.Workflows.Calendar;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Notifications;

namespace Disclosure.Workflows.Engine;

/// <summary>
/// Moves a locked instance along its definition: runs automatic nodes (decision, publish, notify,
/// end) and stops at the next wait (a user task or a consent wait).
/// </summary>
internal static class ProcessRunner
{
    // A definition that loops through automatic nodes forever is a bug; stop it rather than spin.
    private const int MaxAutomaticStepsPerNode = 10;

    /// <summary>
    /// Moves a token into <paramref name="nodeId"/> and on through automatic nodes. A split sends
    /// one token down each path; a join lets the last arriving one go on. All of it happens in the
    /// caller's transaction, under the instance's lock.
    /// </summary>
    public static void Advance(StepContext context, string nodeId)
    {
        var limit = Math.Max(100, context.Document.Nodes.Count * MaxAutomaticStepsPerNode);
        var tokens = new Queue<string>([nodeId]);
        for (var steps = 0; tokens.TryDequeue(out var id); steps++)
        {
            if (steps >= limit)
            {
                throw new InvalidOperationException($"Instance {context.Instance.Id} ran {limit} automatic steps without waiting.");
            }

            var node = context.Document.Node(id)
                ?? throw new InvalidOperationException($"Definition {context.Definition.Key} v{context.Definition.Number} has no node {id}.");
            context.Instance.MoveTo(node.Id);
            foreach (var next in Enter(context, node))
            {
                tokens.Enqueue(next);
            }
        }
    }

    /// <summary>Runs the node; returns where its token goes next (none: it waits, joined or ended).</summary>
    private static IEnumerable<string> Enter(StepContext context, NodeDocument node)
    {
        switch (node.Kind)
        {
            case NodeKind.Start:
                return [node.Next!];
            case NodeKind.UserTask:
                return node.Countersign is null ? OpenUserTask(context, node) : Countersigning.Open(context, node, node.Countersign);
            case NodeKind.Consent:
                return Maybe(OpenConsent(context, node));
            case NodeKind.Decision:
                return [Decide(context, node)];
            case NodeKind.Publish:
                context.PassedPublish = node;
                context.Journal("published", Actor.System, node, details: context.Subject.Release(context, node));
                return [node.Next!];
            case NodeKind.Notify:
                Notify(context, node);
                return [node.Next!];
            case NodeKind.ParallelSplit:
                context.Journal("split", Actor.System, node, details: Messages.JournalSplit(node.Paths!.Count).Text);
                return node.Paths!;
            case NodeKind.ParallelJoin:
                return Join(context, node);
            case NodeKind.End:
                End(context, node);
                return [];
            default:
                throw new InvalidOperationException($"Unknown node kind {node.Kind}.");
        }
    }

    private static IEnumerable<string> Maybe(string? next) => next is null ? [] : [next];

    private static IEnumerable<string> Join(StepContext context, NodeDocument node)
    {
        var expected = context.Definition.Blocks.OfJoin(node.Id)?.Paths.Count
            ?? throw new InvalidOperationException($"Join {node.Id} of {context.Definition.Key} v{context.Definition.Number} has no split.");
        var arrived = context.Instance.JoinArrivals.GetValueOrDefault(node.Id) + 1;
        if (!context.Instance.ArriveAtJoin(node.Id, expected))
        {
            context.Journal("join-waiting", Actor.System, node, details: Messages.JournalJoinWaiting(arrived, expected).Text);
            return [];
        }

        context.Journal("joined", Actor.System, node, details: Messages.JournalJoined(expected).Text);
        return [node.Next!];
    }

    private static IEnumerable<string> OpenUserTask(StepContext context, NodeDocument node)
    {
        context.Subject.TaskOpened(context, node);
        var (due, estimated) = DueOf(context, node.Due);
        var signer = node.ByResponsibleBody ? new Signer(node.Role ?? string.Empty, context.Subject.ResponsibleBody) : null;
        var task = new WorkflowTask(context.Instance, node, TaskKind.User, context.Now, due, estimated, signer);
        context.Db.Tasks.Add(task);
        ProcessClocks.Enter(context, node);
        var role = task.Department is null ? Roles.Label(task.Role) : Messages.SignerLabel(task.Department, Roles.Label(task.Role)).Text;
        context.Journal("task-opened", Actor.System, node, details: Messages.TaskOpenedDetails(role, due).Text);
        return [];
    }

    private static string? OpenConsent(StepContext context, NodeDocument node)
    {
        var holders = context.Subject.RightsHolders;
        if (holders.Count == 0)
        {
            context.Journal("consent-skipped", Actor.System, node, details: Messages.ConsentSkippedDetails.Text);
            return node.OnAgreed;
        }

        var (due, estimated) = DueOf(context, node.Due);
        var task = new WorkflowTask(context.Instance, node, TaskKind.Consent, context.Now, due, estimated);
        context.Db.Tasks.Add(task);
        ProcessClocks.Enter(context, node);
        foreach (var holder in holders)
        {
            var request = new ConsentRequest(task, holder, context.Now);
            context.Db.ConsentRequests.Add(request);
            context.Db.Outbox.Add(new OutboxMessage(
                OutboxMessage.ChannelFor(holder.Contact), holder.Name, holder.Contact,
                Messages.ConsentSubject(context.Subject.Title).Text,
                ConsentWording.For(holder.Name, context.Subject.Title, holder.Concern, holder.Details, request.DueAt, context.Document.Settings.ConsentSilence).MessageBody,
                $"consent:{request.Id}", request.Id, context.Now));
        }

        context.Journal("consent-requested", Actor.System, node, details: Messages.ConsentRequestedDetails([.. holders.Select(h => h.Name)], due).Text);
        return null;
    }

    private static string Decide(StepContext context, NodeDocument node)
    {
        var facts = context.Subject.Facts(context.Instance);
        foreach (var branch in node.Branches ?? [])
        {
            if (Conditions.Evaluate(branch.When!, facts) == true)
            {
                context.Journal("decided", Actor.System, node, details: branch.Label ?? branch.Next);
                return branch.Next!;
            }
        }

        context.Journal("decided", Actor.System, node, details: Messages.EdgeOtherwise.Text);
        return node.Otherwise!;
    }

    private static void Notify(StepContext context, NodeDocument node)
    {
        var subject = context.Subject;
        var text = (node.Message ?? string.Empty)
            .Replace("{title}", subject.Title, StringComparison.Ordinal)
            .Replace("{comment}", context.Instance.LastComment ?? string.Empty, StringComparison.Ordinal);
        var key = $"notify:{context.Instance.Id}:{node.Id}:{context.Now.UtcTicks}";
        if (node.To == NotifyTargets.RightsHolders)
        {
            foreach (var (holder, i) in subject.RightsHolders.Select((h, i) => (h, i)))
            {
                context.Db.Outbox.Add(new OutboxMessage(OutboxMessage.ChannelFor(holder.Contact), holder.Name, holder.Contact,
                    $"公开告知书：{subject.Title}", $"{holder.Name}：{text}", $"{key}:{i}", null, context.Now));
            }
        }
        else if (node.To == NotifyTargets.Drafter)
        {
            context.Db.Notifications.Add(new Notification(RecipientKind.User, subject.DrafterId, node.Name ?? Messages.NotificationDefaultTitle.Text, text, context.Instance.ItemId, key, context.Now));
        }
        else
        {
            context.Db.Notifications.Add(new Notification(RecipientKind.Role, node.To!, node.Name ?? Messages.NotificationDefaultTitle.Text, text, context.Instance.ItemId, key, context.Now));
        }

        context.Journal("notified", Actor.System, node, details: Messages.NotifiedDetails(MermaidDiagram.Recipient(node.To), text).Text);
    }

    private static void End(StepContext context, NodeDocument node)
    {
        var result = node.Result!.Value;
        context.Subject.Ended(context, result);
        context.Instance.Complete(result, context.Now);
        context.Journal("ended", Actor.System, node, outcome: result.ToString());
    }

    internal static (DateTimeOffset? Due, bool Estimated) DueOf(StepContext context, DueTime? due)
    {
        if (due?.WorkingDays is { } days)
        {
            var calendar = context.Deadlines.Calendar;
            var day = context.Deadlines.Add(context.Today, days);
            return (WorkingDayCalendar.EndOfDay(day), calendar.UnscheduledYearsBetween(context.Today, day).Count > 0);
        }

        if (due?.Duration is { } duration && DefinitionValidator.TryParseDuration(duration, out var span))
        {
            return (context.Now + span, false);
        }

        return (null, false);
    }
}
