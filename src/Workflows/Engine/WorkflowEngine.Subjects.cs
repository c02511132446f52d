using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Disclosure.Workflows.Engine;

// Instances for subjects other than catalogue items (applications), and the instance clock's
// extension: the same engine, the same lock, journal and rules of law.
public sealed partial class WorkflowEngine
{
    /// <summary>
    /// Starts the process of a subject the caller has just added to this context (an application),
    /// inside the caller's transaction when there is one: the subject, its instance, first task and
    /// journal commit together or not at all. The clock, if the definition has one, counts from
    /// <paramref name="clockStartsOn"/> (e.g. the day an application was received).
    /// </summary>
    internal async Task<StepResult> StartForAsync(IWorkflowSubject subject, Guid subjectId, string fallbackKey, Caller starter, DateOnly clockStartsOn,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(starter);
        var (definition, reason) = await ProcessSelection.ChooseForAsync(db, definitions, subject.Kind, fallbackKey, cancellationToken);
        var deadlines = await calendar.DeadlinesAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var owned = db.Database.CurrentTransaction is null;
        await using var transaction = owned ? await BeginAsync(cancellationToken) : null;
        var instance = new WorkflowInstance(subject.Kind, subjectId, subjectId, definition, starter.Actor, now);
        db.Instances.Add(instance);
        var context = StepContext.ForNewInstance(db, instance, definition, subject, deadlines, now);
        var start = definition.Document.Node(instance.CurrentNodeId)!;
        context.Journal("started", starter.Actor, start, details: $"{Messages.StartedForSubject(definition.Name, definition.Number).Text}；{reason}");
        ProcessClocks.Start(context, clockStartsOn);
        ProcessRunner.Advance(context, start.Id);
        await EnsureLawfulAsync(context, cancellationToken);
        await SaveAsync(context, cancellationToken);
        if (transaction is not null)
        {
            await CommitAsync(transaction, cancellationToken);
        }

        // A task with a deadline is its own timer (ADR 0008): committed with it, nothing to schedule.
        logger.LogInformation("{Actor} started {Definition} v{Number} for {Subject} {SubjectId}", starter.Actor.Name, definition.Key, definition.Number, subject.Kind, subjectId);
        return Step(context.OpenTasks());
    }

    /// <summary>
    /// Extends the instance's clock by <paramref name="workingDays"/>, as the definition's
    /// <c>settings.clock.extension</c> allows (its role, how often, how much), with the reason
    /// recorded in the journal; the subject tells whoever must be told (an applicant).
    /// </summary>
    public async Task<ProcessClock> ExtendClockAsync(Guid instanceId, int workingDays, string? reason, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var trimmed = reason?.Trim();
        var errors = new FieldErrors();
        if (string.IsNullOrEmpty(trimmed))
        {
            errors.Add("reason", Messages.ClockExtensionReasonRequired);
        }
        else if (TextRules.Check(trimmed, 2000, "延期理由") is { } problem)
        {
            errors.Add("reason", problem);
        }

        errors.ThrowIfAny();
        db.ChangeTracker.Clear();
        var deadlines = await calendar.DeadlinesAsync(cancellationToken);
        await using var transaction = await BeginAsync(cancellationToken);
        var instance = await db.Instances.FromSql($"SELECT * FROM disclosure.workflow_instances WHERE id = {instanceId} FOR UPDATE").SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(Messages.InstanceNotFound);
        var definition = await definitions.GetAsync(db, instance.DefinitionId, cancellationToken);
        var settings = definition.Document.Settings.Clock;
        if (settings?.Extension is not { } extension || instance.Clock is not { } running)
        {
            throw new ConflictException(Messages.ClockNotExtendable);
        }

        if (!caller.Has(extension.Role))
        {
            throw new ForbiddenException(Messages.RoleRequired(Roles.Label(extension.Role)));
        }

        if (instance.Status != InstanceStatus.Running || running.State == ClockState.Stopped)
        {
            throw new ConflictException(Messages.ClockAlreadyStopped);
        }

        if (running.Extensions >= extension.Times)
        {
            throw new ConflictException(Messages.ClockExtensionsUsed(extension.Times));
        }

        if (workingDays < 1 || workingDays > extension.MaxWorkingDays)
        {
            throw new ValidationFailedException("workingDays", Messages.ClockExtensionDays(extension.MaxWorkingDays));
        }

        // No task is acted on: the load brings the subject, the open tasks and the journal's last hash.
        var (context, _) = await StepContext.LoadAsync(db, LockedInstance.Of(instance), definitions, deadlines, clock.GetUtcNow(), Guid.Empty, cancellationToken);
        running.Extend(workingDays, deadlines.Calendar);
        var node = definition.Document.Node(instance.CurrentNodeId) ?? definition.Document.Nodes.Single(n => n.Kind == NodeKind.Start);
        context.Journal("clock-extended", caller.Actor, node, comment: trimmed, details: Messages.ClockExtended(settings.Name, workingDays, running.DueOn).Text);
        context.Subject.ClockExtended(context, workingDays, trimmed!);
        await SaveAsync(context, cancellationToken);
        await CommitAsync(transaction, cancellationToken);
        logger.LogInformation("{Actor} extended the clock of instance {InstanceId} by {Days} working days", caller.Actor.Name, instanceId, workingDays);
        return running;
    }
}
