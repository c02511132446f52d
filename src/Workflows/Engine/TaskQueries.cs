using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Workflows.Engine;

/// <summary>An open task as an inbox shows it.</summary>
public sealed record OpenTask(
    Guid Id, Guid ItemId, string ItemTitle, string NodeId, string Name, string Role, DateTimeOffset CreatedAt,
    DateTimeOffset? DueAt, bool DueEstimated, string? ClaimedById, string? ClaimedByName, string ResponsibleBody, string? Department = null, bool Countersign = false,
    SubjectKind Subject = SubjectKind.Item);

/// <summary>
/// Reads for inboxes: open user tasks for the roles a person holds (in their department, for
/// tasks bound to one), soonest due first, without the ones the law keeps from them. An item may
/// appear several times: one line per task (parallel paths, countersigns).
/// </summary>
public sealed class TaskQueries(DisclosureDbContext db)
{
    public async Task<IReadOnlyList<OpenTask>> OpenForAsync(Caller caller, int limit = 200, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var roles = caller.Roles.ToList();
        var department = caller.Department;
        var me = caller.Actor.Id;
        var items = await (
            from task in db.Tasks.AsNoTracking()
            where task.Status == WorkTaskStatus.Open && task.Kind == TaskKind.User && roles.Contains(task.Role)
                && (task.Department == null || task.Department == department)
                && (task.ClaimedById == null || task.ClaimedById == caller.Actor.Id)
            join version in db.ItemVersions on task.ItemVersionId equals version.Id
            join item in db.Items on task.ItemId equals item.Id
            // Separation of duties: the drafters of a version never see its review, sign-off or public-interest task.
            where !((task.Purpose == NodePurpose.ConfidentialityReview || task.Purpose == NodePurpose.LeaderSignOff || task.Purpose == NodePurpose.PublicInterestDecision)
                && (version.DrafterId == me || db.Tasks.Any(d => d.ItemVersionId == task.ItemVersionId && d.Purpose == NodePurpose.Drafting
                    && d.Status == WorkTaskStatus.Completed && d.CompletedById == me)))
            orderby task.DueAt == null, task.DueAt, task.CreatedAt
            select new OpenTask(task.Id, task.ItemId, version.Title, task.NodeId, task.Name, task.Role, task.CreatedAt,
                task.DueAt, task.DueEstimated, task.ClaimedById, task.ClaimedByName, item.ResponsibleBody, task.Department, task.CountersignGroup != null))
            .Take(limit)
            .ToListAsync(cancellationToken);
        var applications = await (
            from task in db.Tasks.AsNoTracking()
            where task.Status == WorkTaskStatus.Open && task.Kind == TaskKind.User && roles.Contains(task.Role)
                && (task.Department == null || task.Department == department)
                && (task.ClaimedById == null || task.ClaimedById == caller.Actor.Id)
            join application in db.Applications on task.ItemId equals application.Id
            // The same separation of duties: whoever drafted the reply never reviews or signs it off.
            where !((task.Purpose == NodePurpose.ConfidentialityReview || task.Purpose == NodePurpose.LeaderSignOff || task.Purpose == NodePurpose.PublicInterestDecision)
                && db.Tasks.Any(d => d.ItemVersionId == task.ItemVersionId && d.Purpose == NodePurpose.Drafting && d.Status == WorkTaskStatus.Completed && d.CompletedById == me))
            orderby task.DueAt == null, task.DueAt, task.CreatedAt
            select new OpenTask(task.Id, task.ItemId, application.Title, task.NodeId, task.Name, task.Role, task.CreatedAt,
                task.DueAt, task.DueEstimated, task.ClaimedById, task.ClaimedByName, application.ResponsibleBody, task.Department, task.CountersignGroup != null,
                SubjectKind.Application))
            .Take(limit)
            .ToListAsync(cancellationToken);
        return applications.Count == 0 ? items
            : [.. items.Concat(applications).OrderBy(t => t.DueAt is null).ThenBy(t => t.DueAt).ThenBy(t => t.CreatedAt).Take(limit)];
    }
}
