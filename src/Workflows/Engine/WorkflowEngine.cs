using Disclosure.Workflows.Calendar;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Disclosure.Workflows.Engine;

/// <summary>
/// The workflow engine's commands. Each runs in one database transaction that first locks the
/// instance row (SELECT … FOR UPDATE), so concurrent requests on one instance queue up and every
/// one after the winner sees the state the winner left: exactly one completes a task, the rest get
/// a <see cref="ConflictException"/>.
/// </summary>
public sealed partial class WorkflowEngine(
    DisclosureDbContext db,
    DefinitionCache definitions,
    CalendarService calendar,
    TimeProvider clock,
    ILogger<WorkflowEngine> logger)
{
    /// <summary>
    /// Submits the item's open version: starts its workflow when none runs, then completes the
    /// drafting task (first submission and resubmission after a return alike).
    /// </summary>
    public Task<WorkflowTask?> SubmitAsync(Guid itemId, Caller caller, CancellationToken cancellationToken = default) =>
        SubmitAsync(itemId, caller, null, cancellationToken);

    /// <inheritdoc cref="SubmitAsync(Guid, Caller, CancellationToken)"/>
    public async Task<WorkflowTask?> SubmitAsync(Guid itemId, Caller caller, Func<WorkflowTask?, CancellationToken, Task>? beforeCommit, CancellationToken cancellationToken = default) =>
        (await SubmitStepAsync(itemId, caller, beforeCommit is null ? null : (step, token) => beforeCommit(step.NextTask, token), cancellationToken)).NextTask;

    /// <summary>Submits the item's open version; returns every task of the instance open afterwards.</summary>
    public Task<StepResult> SubmitStepAsync(Guid itemId, Caller caller, CancellationToken cancellationToken = default) =>
        SubmitStepAsync(itemId, caller, null, cancellationToken);

    /// <inheritdoc cref="SubmitStepAsync(Guid, Caller, CancellationToken)"/>
    public async Task<StepResult> SubmitStepAsync(Guid itemId, Caller caller, Func<StepResult, CancellationToken, Task>? beforeCommit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        Require(caller, Roles.Drafter);
        db.ChangeTracker.Clear();
        await using var transaction = await BeginAsync(cancellationToken);
        var item = await db.Items.Include(i => i.Versions).SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken)
            ?? throw new NotFoundException(Messages.ItemNotFound(itemId));
        var version = item.Versions.Where(v => v.IsEditable).MaxBy(v => v.Number)
            ?? throw new ConflictException(Messages.NoDraftToSubmit);
        // Drafting is never inside a parallel block, so an instance has at most one drafting task.
        var running = await db.Instances.Where(i => i.ItemVersionId == version.Id && i.Status == InstanceStatus.Running)
            .Select(i => new { Drafting = db.Tasks.Where(t => t.InstanceId == i.Id && t.Status == WorkTaskStatus.Open && t.Purpose == NodePurpose.Drafting).Select(t => (Guid?)t.Id).FirstOrDefault() })
            .SingleOrDefaultAsync(cancellationToken);
        if (running is null)
        {
            // The first submission starts the instance and takes its drafting step in the same
            // transaction; a concurrent first submission meets the one-running-instance index.
            var context = await StartAsync(item, version, caller, definitionKey: null, cancellationToken);
            if (context.OpenTasks().FirstOrDefault(t => t.Purpose == NodePurpose.Drafting) is not { } drafting)
            {
                // A definition that starts past drafting: the instance runs, there is nothing to submit.
                await CommitStepAsync(transaction, context, null, cancellationToken);
                throw new ConflictException(Messages.AlreadyUnderReview);
            }

            await SubmitDraftingAsync(context, drafting, caller, cancellationToken);
            return await CommitStepAsync(transaction, context, beforeCommit, cancellationToken);
        }

        var draftingId = running.Drafting ?? throw new ConflictException(Messages.AlreadyUnderReview);
        // The item read before the lock may be stale by now: the step reads it again under the lock.
        db.ChangeTracker.Clear();
        var (step, task) = await LockAndLoadAsync(draftingId, skipLocked: false, cancellationToken);
        await SubmitDraftingAsync(step, task, caller, cancellationToken);
        return await CommitStepAsync(transaction, step, beforeCommit, cancellationToken);
    }

    private Task SubmitDraftingAsync(StepContext context, WorkflowTask drafting, Caller caller, CancellationToken cancellationToken)
    {
        var submit = context.Document.Node(drafting.NodeId)!.Outcomes![0];
        return CompleteInContextAsync(context, drafting, new TaskCompletion { Outcome = submit.Id }, caller, cancellationToken);
    }

    /// <summary>
    /// Starts the workflow of a draft version and leaves it at the drafting task, for a drafter to
    /// pick up (used when a recurring scan opens the next period's disclosure).
    /// </summary>
    public Task<WorkflowTask> StartDraftingAsync(Guid itemId, Guid versionId, Caller starter, CancellationToken cancellationToken = default) =>
        StartDraftingAsync(itemId, versionId, starter, null, cancellationToken);

    /// <summary>
    /// As <see cref="StartDraftingAsync(Guid, Guid, Caller, CancellationToken)"/>, on the latest
    /// published version of the definition <paramref name="definitionKey"/> instead of the one the
    /// selections choose (a system job whose item has a clock of its own, as the annual report).
    /// </summary>
    public async Task<WorkflowTask> StartDraftingAsync(Guid itemId, Guid versionId, Caller starter, string? definitionKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(starter);
        var item = await db.Items.AsNoTracking().Include(i => i.Versions).SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken)
            ?? throw new NotFoundException(Messages.ItemNotFound(itemId));
        var version = item.Versions.SingleOrDefault(v => v.Id == versionId && v.IsEditable)
            ?? throw new ConflictException(Messages.VersionNotDraft);

        // A caller that holds a transaction (a periodic draft: new version, instance and flag at once)
        // keeps it; the instance commits with the caller's work or not at all.
        var owned = db.Database.CurrentTransaction is null;
        await using var transaction = owned ? await BeginAsync(cancellationToken) : null;
        var tracked = await db.Items.Include(i => i.Versions).SingleAsync(i => i.Id == item.Id, cancellationToken);
        var context = await StartAsync(tracked, tracked.Version(version.Id), starter, definitionKey, cancellationToken);
        await SaveAsync(context, cancellationToken);
        if (transaction is not null)
        {
            await CommitAsync(transaction, cancellationToken);
        }

        return context.OpenTasks()[0];
    }

    /// <summary>The open tasks of an instance, oldest first (several inside parallel paths and countersigns).</summary>
    public async Task<IReadOnlyList<WorkflowTask>> OpenTasksAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        await db.Tasks.AsNoTracking().Where(t => t.InstanceId == instanceId && t.Status == WorkTaskStatus.Open)
            .OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).ToListAsync(cancellationToken);

    /// <summary>Takes an open task for oneself so colleagues see it is being handled.</summary>
    public Task<WorkflowTask> ClaimAsync(Guid taskId, Caller caller, CancellationToken cancellationToken = default) =>
        InTaskTransactionAsync(taskId, (context, task) =>
        {
            EnsureActionable(context, task, context.Document.Node(task.NodeId), caller);
            if (task.ClaimedById is not null && task.ClaimedById != caller.Actor.Id)
            {
                throw new ConflictException(Messages.TaskClaimedByOther(task.ClaimedByName ?? string.Empty));
            }

            var node = context.Document.Node(task.NodeId)!;
            EnsureMayWorkDraft(context, node, caller.Actor);
            task.Claim(caller.Actor, context.Now);
            context.Journal("claimed", caller.Actor, node);
            return Task.FromResult(task);
        }, cancellationToken);

    /// <summary>Gives a claimed task back to its role's pool: by the claimant, or by a leader.</summary>
    public Task<WorkflowTask> UnclaimAsync(Guid taskId, Caller caller, CancellationToken cancellationToken = default) =>
        InTaskTransactionAsync(taskId, (context, task) =>
        {
            ArgumentNullException.ThrowIfNull(caller);
            EnsureOpenUserTask(task, context.Document.Node(task.NodeId));
            if (task.ClaimedById is null)
            {
                throw new ConflictException(Messages.TaskNotClaimed);
            }

            var claimant = task.ClaimedByName ?? task.ClaimedById;
            if (task.ClaimedById != caller.Actor.Id && !caller.Has(Roles.Leader))
            {
                throw new ForbiddenException(Messages.UnclaimOnlyByClaimantOrLeader(claimant));
            }

            task.Unclaim();
            context.Journal("unclaimed", caller.Actor, context.Document.Node(task.NodeId)!, comment: Messages.JournalUnclaimed(claimant).Text);
            return Task.FromResult(task);
        }, cancellationToken);

    /// <summary>
    /// A leader assigns an open task to a colleague who holds its role (or reassigns it from the
    /// colleague who claimed it). The assignee then holds it as if they had claimed it.
    /// </summary>
    public Task<WorkflowTask> AssignAsync(Guid taskId, Caller assignee, Caller caller, CancellationToken cancellationToken = default) =>
        InTaskTransactionAsync(taskId, (context, task) =>
        {
            ArgumentNullException.ThrowIfNull(assignee);
            ArgumentNullException.ThrowIfNull(caller);
            EnsureOpenUserTask(task, context.Document.Node(task.NodeId));
            if (!caller.Has(Roles.Leader))
            {
                throw new ForbiddenException(Messages.AssignOnlyByLeader);
            }

            if (!assignee.Has(task.Role))
            {
                throw new ValidationFailedException("userId", Messages.AssigneeLacksRole(assignee.Actor.Name, Roles.Label(task.Role)));
            }

            var node = context.Document.Node(task.NodeId)!;
            EnsureMayWorkDraft(context, node, assignee.Actor);
            EnsureDepartment(task, assignee);
            LawAtRunTime.EnsureNotDrafter(context, task, assignee);
            var previous = task.ClaimedById is { } id && id != assignee.Actor.Id ? task.ClaimedByName : null;
            task.Claim(assignee.Actor, context.Now);
            context.Journal("assigned", caller.Actor, node, comment: Messages.JournalAssigned(assignee.Actor.Name, previous).Text);
            return Task.FromResult(task);
        }, cancellationToken);

    /// <summary>
    /// Completes a user task with an outcome; returns the next open task of the instance, if any
    /// (the oldest, when parallel paths or a countersign leave several open). An overload takes a
    /// hook that runs inside the transaction with that next task, so a caller can store its answer
    /// (an idempotency record) atomically with the completion.
    /// </summary>
    public Task<WorkflowTask?> CompleteAsync(Guid taskId, TaskCompletion completion, Caller caller, CancellationToken cancellationToken = default) =>
        CompleteAsync(taskId, completion, caller, null, cancellationToken);

    /// <inheritdoc cref="CompleteAsync(Guid, TaskCompletion, Caller, CancellationToken)"/>
    public async Task<WorkflowTask?> CompleteAsync(Guid taskId, TaskCompletion completion, Caller caller, Func<WorkflowTask?, CancellationToken, Task>? beforeCommit,
        CancellationToken cancellationToken = default) =>
        (await CompleteStepAsync(taskId, completion, caller, beforeCommit is null ? null : (step, token) => beforeCommit(step.NextTask, token), cancellationToken)).NextTask;

    /// <summary>Completes a user task; returns every task of the instance open afterwards.</summary>
    public Task<StepResult> CompleteStepAsync(Guid taskId, TaskCompletion completion, Caller caller, CancellationToken cancellationToken = default) =>
        CompleteStepAsync(taskId, completion, caller, null, cancellationToken);

    /// <inheritdoc cref="CompleteStepAsync(Guid, TaskCompletion, Caller, CancellationToken)"/>
    public async Task<StepResult> CompleteStepAsync(Guid taskId, TaskCompletion completion, Caller caller, Func<StepResult, CancellationToken, Task>? beforeCommit,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(completion);
        ArgumentNullException.ThrowIfNull(caller);
        db.ChangeTracker.Clear();
        await using var transaction = await BeginAsync(cancellationToken);
        var (context, task) = await LockAndLoadAsync(taskId, skipLocked: false, cancellationToken);
        await CompleteInContextAsync(context, task, completion, caller, cancellationToken);
        return await CommitStepAsync(transaction, context, beforeCommit, cancellationToken);
    }

    private async Task CompleteInContextAsync(StepContext context, WorkflowTask task, TaskCompletion completion, Caller caller, CancellationToken cancellationToken)
    {
        EnsureActionable(context, task, context.Document.Node(task.NodeId), caller);
        if (task.ClaimedById is not null && task.ClaimedById != caller.Actor.Id && caller.Actor != Actor.System)
        {
            throw new ConflictException(Messages.TaskClaimedOnlyClaimerCompletes(task.ClaimedByName ?? string.Empty));
        }

        var node = context.Document.Node(task.NodeId)!;
        EnsureMayWorkDraft(context, node, caller.Actor);
        var (outcome, exemption) = CheckCompletion(node, completion);
        if (task.CountersignGroup is { } group && caller.Actor != Actor.System
            && await db.Tasks.AnyAsync(t => t.CountersignGroup == group && t.CompletedById == caller.Actor.Id, cancellationToken))
        {
            // One person, one signature: holding two of the signers' roles does not make two.
            throw new ForbiddenException(Messages.CountersignAlreadySigned);
        }

        await FinishAsync(context, task, node, outcome, completion.Comment?.Trim(), exemption, caller.Actor, "completed", cancellationToken);
    }

    /// <summary>
    /// Ends a command: checks the law, saves, runs the caller's hook with the open tasks as this
    /// transaction leaves them (read from the tasks it loaded and added, not from the database
    /// again), commits.
    /// </summary>
    private async Task<StepResult> CommitStepAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, StepContext context,
        Func<StepResult, CancellationToken, Task>? beforeCommit, CancellationToken cancellationToken)
    {
        await EnsureLawfulAsync(context, cancellationToken);
        await SaveAsync(context, cancellationToken);
        var step = Step(context.OpenTasks());
        if (beforeCommit is not null)
        {
            await beforeCommit(step, cancellationToken);
        }

        await CommitAsync(transaction, cancellationToken);
        return step;
    }

    private static StepResult Step(IReadOnlyList<WorkflowTask> open) => new(open.Count > 0 ? open[0] : null, open);

    /// <summary>
    /// Acts on a passed deadline: takes the task's deadline outcome, or closes a consent wait with the
    /// silent rights-holders counted as the definition says. Harmless when run twice or too early.
    /// </summary>
    public Task<bool> FireDeadlineAsync(Guid taskId, CancellationToken cancellationToken = default) =>
        FireDeadlineAsync(taskId, skipLocked: false, cancellationToken);

    private async Task<bool> FireDeadlineAsync(Guid taskId, bool skipLocked, CancellationToken cancellationToken)
    {
        try
        {
            return await InTaskTransactionAsync(taskId, async (context, task) =>
            {
                if (task.Status != WorkTaskStatus.Open || task.DueAt is null || task.DueAt > context.Now)
                {
                    return false;
                }

                var node = context.Document.Node(task.NodeId)!;
                if (task.Kind == TaskKind.Consent)
                {
                    await CloseConsentAtDeadlineAsync(context, task, node, cancellationToken);
                    return true;
                }

                if (task.DeadlineOutcome is null)
                {
                    return false;
                }

                if (LawRules.DeadlineProblem(context.Document, node) is { } problem)
                {
                    // A definition stored before the rule (or migrated to) asks the clock to approve:
                    // refused once, recorded, and left to people.
                    Disarm(context, task, node, problem);
                    return false;
                }

                var outcome = node.Outcomes!.Single(o => o.Id == task.DeadlineOutcome);
                await FinishAsync(context, task, node, outcome, Messages.DeadlineAutoComment.Text, null, Actor.System, "deadline", cancellationToken);
                return true;
            }, cancellationToken, skipLocked: skipLocked);
        }
        catch (InstanceBusyException)
        {
            // Someone else (a request, another sweep) is working on the instance; the next sweep looks again.
            return false;
        }
        catch (NotFoundException)
        {
            return false;
        }
        catch (RuleOfLawException ex)
        {
            // Taking the outcome would publish without the people the law requires: keep the task
            // for people, so the sweep does not try again every minute.
            await InTaskTransactionAsync(taskId, (context, task) =>
            {
                if (task.Status == WorkTaskStatus.Open && task.DeadlineOutcome is not null)
                {
                    Disarm(context, task, context.Document.Node(task.NodeId)!, ex.UserMessage);
                }

                return Task.FromResult(true);
            }, cancellationToken);
            return false;
        }
    }

    private void Disarm(StepContext context, WorkflowTask task, NodeDocument node, UserMessage rule)
    {
        task.DisarmDeadline();
        context.Journal("deadline-refused", Actor.System, node, outcome: rule.Code, comment: rule.Text, details: Messages.DeadlineOutcomeDisarmed.Text);
        logger.LogWarning("Refused the deadline outcome of task {TaskId} ({Node}) of instance {InstanceId}: it would break {Rule}", task.Id, node.Id, context.Instance.Id, rule.Code);
    }

    /// <summary>Most deadlines one sweep fires; a timer that fires a full batch looks again at once.</summary>
    public const int SweepBatch = 500;

    /// <summary>
    /// Fires the deadlines that have passed, soonest first, one after another (the minute's sweep,
    /// behind the timer that fires them side by side: <see cref="DueDeadlinesAsync"/>).
    /// </summary>
    public async Task<int> SweepDeadlinesAsync(CancellationToken cancellationToken = default)
    {
        var fired = 0;
        foreach (var id in await DueDeadlinesAsync(cancellationToken))
        {
            if (await FireDueDeadlineAsync(id, cancellationToken))
            {
                fired++;
            }
        }

        return fired;
    }

    /// <summary>
    /// The tasks whose deadline has passed, soonest first, at most <see cref="SweepBatch"/>. The task
    /// row is the timer: the query reads the partial index of open tasks the clock can act on
    /// (<c>ix_tasks_timers</c>), so it costs the same with a million live instances.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> DueDeadlinesAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        return await db.Tasks.AsNoTracking()
            .Where(t => t.Status == WorkTaskStatus.Open && (t.DeadlineOutcome != null || t.Kind == TaskKind.Consent) && t.DueAt <= now)
            .OrderBy(t => t.DueAt).Select(t => t.Id).Take(SweepBatch).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Fires one due deadline unless another transaction holds its instance (another node's timer,
    /// or a person acting on it: whoever holds the lock goes first, and the deadline is looked at
    /// again at the next tick). True when it fired.
    /// </summary>
    public Task<bool> FireDueDeadlineAsync(Guid taskId, CancellationToken cancellationToken = default) =>
        FireDeadlineAsync(taskId, skipLocked: true, cancellationToken);

    /// <summary>A rights-holder answers through their link. Wrong, used and expired tokens look alike.</summary>
    public async Task AnswerConsentAsync(string token, bool agree, string? reason, CancellationToken cancellationToken = default)
    {
        var request = await OpenRequestForTokenAsync(token, cancellationToken);
        var trimmed = reason?.Trim();
        if (!agree && string.IsNullOrEmpty(trimmed))
        {
            throw new ValidationFailedException("reason", Messages.ConsentReasonRequired);
        }

        if (TextRules.Check(trimmed, 2000, "理由") is { } problem)
        {
            throw new ValidationFailedException("reason", problem);
        }

        await InTaskTransactionAsync(request.TaskId, async (context, task) =>
        {
            var locked = await db.ConsentRequests.SingleAsync(r => r.Id == request.Id, cancellationToken);
            if (locked.Status != ConsentStatus.Pending || task.Status != WorkTaskStatus.Open)
            {
                throw new ConsentLinkInvalidException();
            }

            locked.Answer(agree ? ConsentStatus.Agreed : ConsentStatus.Refused, trimmed, context.Now);
            var node = context.Document.Node(task.NodeId)!;
            context.Journal("consent-answered", new Actor($"rights-holder:{locked.Id}", locked.HolderName), node,
                outcome: agree ? "agree" : "refuse", comment: trimmed);
            var all = await db.ConsentRequests.Where(r => r.TaskId == task.Id).ToListAsync(cancellationToken);
            if (all.All(r => r.Status != ConsentStatus.Pending))
            {
                ResolveConsent(context, task, node, all);
            }

            return true;
        }, cancellationToken);
    }

    /// <summary>
    /// The still-open request a link leads to. Wrong, used and expired links get the same
    /// <see cref="ConsentLinkInvalidException"/>, so the answer tells a guesser nothing.
    /// </summary>
    public async Task<ConsentRequest> OpenRequestForTokenAsync(string token, CancellationToken cancellationToken = default)
    {
        var request = string.IsNullOrWhiteSpace(token) || token.Length > 200 ? null : await FindByTokenAsync(token, cancellationToken);
        return request is null || request.Status != ConsentStatus.Pending || request.DueAt <= clock.GetUtcNow()
            ? throw new ConsentLinkInvalidException()
            : request;
    }

    /// <summary>The request a link token belongs to (the message's or the letter's link).</summary>
    public Task<ConsentRequest?> FindByTokenAsync(string token, CancellationToken cancellationToken = default)
    {
        var hash = ConsentRequest.HashToken(token);
        return db.ConsentRequests.AsNoTracking().SingleOrDefaultAsync(r => r.TokenHash == hash || r.LetterTokenHash == hash, cancellationToken);
    }

    /// <summary>A fresh link for a printed consent letter; the previously printed letter's link stops working.</summary>
    public async Task<(ConsentRequest Request, string Token)> IssueConsentTokenAsync(Guid requestId, CancellationToken cancellationToken = default)
    {
        var request = await db.ConsentRequests.SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken)
            ?? throw new NotFoundException(Messages.ConsentRequestNotFound);
        if (request.Status != ConsentStatus.Pending)
        {
            throw new ConflictException(Messages.ConsentRequestClosed);
        }

        var token = request.IssueToken(ConsentLinkKind.Letter);
        await db.SaveChangesAsync(cancellationToken);
        return (request, token);
    }

    /// <summary>
    /// Creates the instance in the current transaction and runs it to its first wait; the caller
    /// saves (and may take the first step in the same transaction, as a first submission does).
    /// </summary>
    private async Task<StepContext> StartAsync(CatalogueItem item, ItemVersion version, Caller caller, string? definitionKey, CancellationToken cancellationToken)
    {
        var (definition, reason) = definitionKey is null
            ? await ProcessSelection.ChooseAsync(db, definitions, item, version, cancellationToken)
            : await ProcessSelection.NamedAsync(db, definitions, definitionKey, cancellationToken);
        var deadlines = await calendar.DeadlinesAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var instance = new WorkflowInstance(item.Id, version.Id, definition, caller.Actor, now);
        db.Instances.Add(instance);
        var context = StepContext.ForNewInstance(db, instance, definition, item, deadlines, now);
        var start = definition.Document.Node(instance.CurrentNodeId)!;
        context.Journal("started", caller.Actor, start, details: $"{Messages.StartedDetails(definition.Name, definition.Number, version.Number).Text}；{reason}");
        ProcessClocks.Start(context, context.Today);
        ProcessRunner.Advance(context, start.Id);
        logger.LogInformation("{Actor} started {Definition} v{Number} for item {ItemId} version {Version}", caller.Actor.Name, definition.Key, definition.Number, item.Id, version.Number);
        return context;
    }

    /// <summary>
    /// The rules of completing a task on this node, without touching storage: the outcome must be
    /// one of the node's, a comment or an exemption ground is present where the outcome requires
    /// one. Screens call this to show errors at the fields at once; completing checks it again.
    /// </summary>
    public static (OutcomeDocument Outcome, Exemption? Exemption) CheckCompletion(NodeDocument node, TaskCompletion completion)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(completion);
        var outcome = node.Outcomes?.FirstOrDefault(o => o.Id == completion.Outcome);
        if (outcome is null)
        {
            throw new ValidationFailedException("outcome", Messages.UnknownOutcome(node.Name ?? node.Id, (node.Outcomes ?? []).Select(o => $"{o.Id}（{o.Label}）")));
        }

        var errors = new FieldErrors();
        if (outcome.RequiresComment && string.IsNullOrWhiteSpace(completion.Comment))
        {
            errors.Add("comment", Messages.CommentRequired(outcome.Label));
        }
        else if (TextRules.Check(completion.Comment, 4000, "意见") is { } problem)
        {
            errors.Add("comment", problem);
        }

        Exemption? exemption = null;
        if (outcome.RequiresExemption)
        {
            try
            {
                exemption = ItemInputValidator.ValidateExemption(completion.Exemption);
            }
            catch (ValidationFailedException ex)
            {
                errors.AddRange(ex.Errors);
            }
        }

        errors.ThrowIfAny();
        return (outcome, exemption);
    }

    private static async Task FinishAsync(StepContext context, WorkflowTask task, NodeDocument node, OutcomeDocument outcome, string? comment,
        Exemption? exemption, Actor actor, string action, CancellationToken cancellationToken)
    {
        task.Complete(outcome.Id, comment, actor, context.Now);
        var signer = task.CountersignGroup is null ? string.Empty : Messages.CountersignSignerPrefix(Countersigning.Describe(new Signer(task.Role, task.Department))).Text;
        context.Journal(action, actor, node, outcome.Id, comment,
            signer + Messages.CompletedDetails(outcome.Label, exemption is null ? null : Labels.Of(exemption.Ground), exemption?.LegalBasis).Text);
        if (task.CountersignGroup is not null)
        {
            // One journal line per signer above; the step moves on only when its result is certain.
            if (await Countersigning.AfterSignatureAsync(context, task, node, cancellationToken) is not { } step)
            {
                return;
            }

            outcome = step;
        }

        context.Instance.RecordOutcome(outcome.Id, comment, exemption);
        context.Subject.TaskCompleted(context, node, outcome.Id, actor);
        ProcessClocks.Leave(context, node);
        ProcessRunner.Advance(context, outcome.Next!);
    }

    private async Task CloseConsentAtDeadlineAsync(StepContext context, WorkflowTask task, NodeDocument node, CancellationToken cancellationToken)
    {
        var requests = await db.ConsentRequests.Where(r => r.TaskId == task.Id).ToListAsync(cancellationToken);
        foreach (var request in requests.Where(r => r.Status == ConsentStatus.Pending))
        {
            request.Answer(ConsentStatus.NoReply, Messages.NoReplyReason.Text, context.Now);
            context.Journal("consent-no-reply", Actor.System, node, outcome: "no-reply", comment: Messages.HolderDidNotReply(request.HolderName).Text);
        }

        ResolveConsent(context, task, node, requests);
    }

    private static void ResolveConsent(StepContext context, WorkflowTask task, NodeDocument node, List<ConsentRequest> requests)
    {
        var silenceRefuses = context.Document.Settings.ConsentSilence == ConsentSilence.Refuse;
        var (outcome, next) = requests.Any(r => r.Status == ConsentStatus.Refused) ? ("refused", node.OnRefused)
            : requests.Any(r => r.Status == ConsentStatus.NoReply) ? (silenceRefuses ? ("refused", node.OnRefused) : ("no-reply", node.OnNoReply))
            : ("agreed", node.OnAgreed);
        var summary = string.Join("；", requests.Select(r => Messages.ConsentSummaryEntry(r.HolderName, r.Status.ToString(), r.Reason).Text));
        task.Complete(outcome, summary, Actor.System, context.Now);
        context.Instance.RecordOutcome(outcome, summary, null);
        context.Journal("consent-closed", Actor.System, node, outcome, summary);
        ProcessClocks.Leave(context, node);
        ProcessRunner.Advance(context, next!);
    }

    private async Task<T> InTaskTransactionAsync<T>(Guid taskId, Func<StepContext, WorkflowTask, Task<T>> work, CancellationToken cancellationToken,
        bool skipLocked = false)
    {
        // Entities tracked from earlier work would hide what other requests committed since.
        db.ChangeTracker.Clear();
        await using var transaction = await BeginAsync(cancellationToken);
        var (context, task) = await LockAndLoadAsync(taskId, skipLocked, cancellationToken);
        var result = await work(context, task);
        await EnsureLawfulAsync(context, cancellationToken);
        await SaveAsync(context, cancellationToken);
        await CommitAsync(transaction, cancellationToken);
        return result;
    }

    /// <summary>
    /// One transaction per command, on one connection from its first statement to its commit. No
    /// savepoint around the save: a failed statement fails the whole command, which rolls back.
    /// </summary>
    private Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        db.Database.AutoSavepointsEnabled = false;
        return db.Database.BeginTransactionAsync(cancellationToken);
    }

    /// <summary>
    /// The lock that serialises every change to one instance, found from the task in the same
    /// statement (a task never changes instance); then everything the step reads, in one statement
    /// that sees what any earlier holder of the lock committed, sent in the same round trip.
    /// </summary>
    private async Task<(StepContext Context, WorkflowTask Task)> LockAndLoadAsync(Guid taskId, bool skipLocked, CancellationToken cancellationToken)
    {
        var deadlines = await calendar.DeadlinesAsync(cancellationToken);
        var loaded = await WorkflowSubjects.LockAndLoadAsync(db, taskId, skipLocked, cancellationToken)
            ?? (skipLocked ? throw new InstanceBusyException() : throw new NotFoundException(Messages.TaskNotFound(taskId)));
        var (context, task) = await StepContext.OfAsync(db, loaded, definitions, deadlines, clock.GetUtcNow(), taskId, cancellationToken);
        return (context, task ?? throw new NotFoundException(Messages.TaskNotFound(taskId)));
    }

    private static Task EnsureLawfulAsync(StepContext context, CancellationToken cancellationToken) =>
        context.PassedPublish is { } publish ? LawAtRunTime.EnsureLawfulPublicationAsync(context, publish, cancellationToken) : Task.CompletedTask;

    /// <summary>
    /// The step's changes and journal lines in one round trip when they are tasks and the
    /// instance's own columns (<see cref="StepWrites"/>); else the tracked changes in one EF batch,
    /// then the journal lines in one statement. EF Core scans the tracked entities for changes once,
    /// here, for either path.
    /// </summary>
    private async Task SaveAsync(StepContext context, CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        if (await StepWrites.TryWriteAsync(context, cancellationToken))
        {
            return;
        }

        await db.ChangeTracker.SaveDetectedAsync(() => db.SaveOrConflictAsync(Messages.WorkflowChangedMeanwhile, Messages.ItemChangedMeanwhile, cancellationToken));
        await context.WriteJournalAsync(cancellationToken);
    }

    /// <summary>Deferred constraints (one published version per period) are checked here.</summary>
    private static async Task CommitAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        try
        {
            await transaction.CommitAsync(cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.ExclusionViolation or PostgresErrorCodes.UniqueViolation)
        {
            throw new ConflictException(Messages.ConcurrentPublication, ex);
        }
    }

    /// <summary>The caller may act on this task: open, a person's, their role, their department, not its version's drafter.</summary>
    private static void EnsureActionable(StepContext context, WorkflowTask task, NodeDocument? node, Caller caller)
    {
        EnsureOpenUserTask(task, node);
        Require(caller, task.Role);
        EnsureDepartment(task, caller);
        LawAtRunTime.EnsureNotDrafter(context, task, caller);
    }

    /// <summary>A task bound to a department (a countersign, a section head's review) is for its people only.</summary>
    private static void EnsureDepartment(WorkflowTask task, Caller caller)
    {
        if (task.Department is { } department && caller.Department != department && caller.Actor != Actor.System)
        {
            throw new ForbiddenException(task.CountersignGroup is null ? Messages.TaskWrongDepartment(department) : Messages.CountersignWrongDepartment(department));
        }
    }

    /// <summary>
    /// A drafting task belongs to the version's drafter (any drafter when the system opened it). An
    /// application has no drafter of its own: its reply is drafted by whoever of the responsible body
    /// takes the task, which the task's role and department already decide.
    /// </summary>
    private static void EnsureMayWorkDraft(StepContext context, NodeDocument node, Actor actor)
    {
        if (context.Subject is not ItemSubject item)
        {
            return;
        }

        var drafter = item.Version.DrafterId;
        if (node.Purpose == NodePurpose.Drafting && actor != Actor.System && drafter != Actor.System.Id && drafter != actor.Id)
        {
            throw new ForbiddenException(Messages.DraftBelongsToDrafter(item.Version.Number, item.Version.DrafterName));
        }
    }

    private static void EnsureOpenUserTask(WorkflowTask task, NodeDocument? node)
    {
        if (task.Status != WorkTaskStatus.Open)
        {
            throw new ConflictException(task.Status == WorkTaskStatus.Completed
                ? Messages.TaskAlreadyCompleted(task.Name, task.CompletedByName ?? string.Empty, OutcomeLabel(node, task.Outcome))
                : Messages.TaskCancelled(task.Name));
        }

        if (task.Kind != TaskKind.User)
        {
            throw new ConflictException(Messages.TaskWaitsForRightsHolders);
        }
    }

    /// <summary>An outcome as users read it: the label the definition gives it, or the consent step's words.</summary>
    private static string OutcomeLabel(NodeDocument? node, string? outcome) =>
        node?.Outcomes?.FirstOrDefault(o => o.Id == outcome)?.Label ?? Messages.ConsentOutcomeLabel(outcome).Text;

    private static void Require(Caller caller, string role)
    {
        if (!caller.Has(role))
        {
            throw new ForbiddenException(Messages.RoleRequired(Roles.Label(role)));
        }
    }
}
/// <summary>What a command left open: the oldest open task (the one a sequential path goes on to) and all of them.</summary>
public sealed record StepResult(WorkflowTask? NextTask, IReadOnlyList<WorkflowTask> OpenTasks);

/// <summary>The instance is locked by someone else and the caller chose not to wait (the sweep).</summary>
internal sealed class InstanceBusyException : Exception
{
    public InstanceBusyException()
    {
    }

    public InstanceBusyException(string message) : base(message)
    {
    }

    public InstanceBusyException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
