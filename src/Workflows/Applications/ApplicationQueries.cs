using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Engine;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Workflows.Applications;

/// <summary>A line of the staff list: no personal data (the list is for everyone handling applications).</summary>
public sealed record ApplicationRow(
    Guid Id, string Number, ApplicationStatus Status, ApplicationChannel Channel, DateOnly ReceivedOn, string ResponsibleBody,
    string? CurrentStep, DateOnly? DueOn, ClockState? ClockState, string? ReplySummary);

/// <summary>Everything the staff screen of one application shows.</summary>
public sealed record ApplicationDetail(
    Application Application, WorkflowInstance? Instance, ProcessDefinitionVersion? Definition, IReadOnlyList<WorkflowTask> OpenTasks,
    IReadOnlyList<ApplicationFile> Files, IReadOnlyList<JournalEntry> Journal, IReadOnlyList<ConsentRequest> ThirdPartyRequests,
    bool MaySeePersonalData);

/// <summary>One line of the tracking page: when and which step, never who or what was said internally.</summary>
public sealed record TrackingStep(DateTimeOffset At, string Text);

/// <summary>What the applicant sees with number and code.</summary>
public sealed record TrackingView(
    string Number, DateOnly ReceivedOn, ApplicationStatus Status, DateOnly? DueOn, ClockState? ClockState, string? CorrectionRequest,
    DateTimeOffset? CorrectionDueAt, IReadOnlyList<TrackingStep> Steps, ReplyLetter? Letter);

public sealed class ApplicationQueries(DisclosureDbContext db, DefinitionCache definitions)
{
    public async Task<IReadOnlyList<ApplicationRow>> ListAsync(int limit = 500, CancellationToken cancellationToken = default)
    {
        var rows = await (
            from application in db.Applications.AsNoTracking()
            join instance in db.Instances.AsNoTracking().Where(i => i.Subject == SubjectKind.Application) on application.Id equals instance.ItemId into instances
            from instance in instances.DefaultIfEmpty()
            orderby application.ReceivedAt descending
            select new { application, instance })
            .Take(limit).ToListAsync(cancellationToken);
        var result = new List<ApplicationRow>(rows.Count);
        foreach (var group in rows.GroupBy(r => r.application.Id))
        {
            var application = group.First().application;
            var instance = group.Select(r => r.instance).Where(i => i is not null).OrderByDescending(i => i!.StartedAt).FirstOrDefault();
            string? step = null;
            if (instance is { Status: InstanceStatus.Running })
            {
                var definition = await definitions.GetAsync(db, instance.DefinitionId, cancellationToken);
                step = definition.Document.Node(instance.CurrentNodeId)?.Name;
            }

            result.Add(new ApplicationRow(application.Id, application.Number, application.Status, application.Channel, application.ReceivedOn, application.ResponsibleBody,
                step, instance?.Clock?.DueOn, instance?.Clock?.State, application.Reply?.Summary));
        }

        return result;
    }

    /// <summary>The office's departments, in their order (an application's 承办科室 is one of them).</summary>
    public async Task<IReadOnlyList<string>> DepartmentsAsync(CancellationToken cancellationToken = default) =>
        await db.Departments.AsNoTracking().OrderBy(d => d.Order).Select(d => d.Name).ToListAsync(cancellationToken);

    public async Task<ApplicationDetail?> DetailAsync(Guid id, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return null;
        }

        var instance = await db.Instances.AsNoTracking().Where(i => i.ItemId == id && i.Subject == SubjectKind.Application)
            .OrderByDescending(i => i.StartedAt).FirstOrDefaultAsync(cancellationToken);
        var definition = instance is null ? null : await definitions.GetAsync(db, instance.DefinitionId, cancellationToken);
        var tasks = await db.Tasks.AsNoTracking().Where(t => t.ItemId == id).OrderBy(t => t.CreatedAt).ToListAsync(cancellationToken);
        var files = await db.ApplicationFiles.AsNoTracking().Where(f => f.ApplicationId == id).OrderBy(f => f.AddedAt).ToListAsync(cancellationToken);
        var journal = await db.Journal.AsNoTracking().Where(j => j.ItemId == id).OrderBy(j => j.Id).ToListAsync(cancellationToken);
        var requests = await db.ConsentRequests.AsNoTracking().Where(r => r.ItemId == id).OrderBy(r => r.CreatedAt).ToListAsync(cancellationToken);
        return new ApplicationDetail(application, instance, definition, [.. tasks.Where(t => t.Status == WorkTaskStatus.Open)], files, journal, requests,
            ApplicationAccess.MaySeePersonalData(caller, application, tasks));
    }

    /// <summary>The applicant's view; a wrong number or code never reaches here (the service refuses it first).</summary>
    public async Task<TrackingView> TrackingAsync(Application application, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(application);
        var instance = await db.Instances.AsNoTracking().Where(i => i.ItemId == application.Id && i.Subject == SubjectKind.Application)
            .OrderByDescending(i => i.StartedAt).FirstOrDefaultAsync(cancellationToken);
        var correction = await db.Tasks.AsNoTracking()
            .Where(t => t.ItemId == application.Id && t.Status == WorkTaskStatus.Open && t.Role == Roles.Applicant).FirstOrDefaultAsync(cancellationToken);
        var journal = await db.Journal.AsNoTracking().Where(j => j.ItemId == application.Id)
            .Where(j => j.Action == "started" || j.Action == "completed" || j.Action == "deadline" || j.Action == "clock-extended" || j.Action == "consent-requested"
                || j.Action == "published" || j.Action == "ended")
            .OrderBy(j => j.Id).Select(j => new { j.At, j.Action, j.NodeName, j.Outcome, j.Details }).ToListAsync(cancellationToken);
        var steps = journal.Select(j => new TrackingStep(j.At, Messages.TrackingStepText(j.Action, j.NodeName ?? string.Empty, j.Outcome).Text)).ToList();
        return new TrackingView(application.Number, application.ReceivedOn, application.Status, instance?.Clock?.DueOn, instance?.Clock?.State,
            correction is null ? null : application.CorrectionRequest, correction?.DueAt, steps, ReplyLetter.For(application));
    }
}

/// <summary>
/// Who may see an application's personal data (name, identity, contacts, files): the staff
/// handling it — whoever holds or held one of its tasks, the drafters of its department — and the
/// leaders who answer for it. Everyone else sees the number, the steps and the figures.
/// </summary>
public static class ApplicationAccess
{
    public static bool MaySeePersonalData(Caller caller, Application application, IEnumerable<WorkflowTask> tasks)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(tasks);
        if (caller.Has(Roles.Leader) || caller.Has(Roles.Principal))
        {
            return true;
        }

        if (caller.Has(Roles.Drafter) && caller.Department == application.ResponsibleBody)
        {
            return true;
        }

        return tasks.Any(t => t.CompletedById == caller.Actor.Id || t.ClaimedById == caller.Actor.Id
            || (t.Status == WorkTaskStatus.Open && t.Kind == TaskKind.User && caller.Has(t.Role) && (t.Department is null || t.Department == caller.Department)));
    }
}
