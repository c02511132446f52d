using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Workflows.Engine;

/// <summary>An open task as an inbox shows it.</summary>
public sealed record OpenTask(
    Guid Id, Guid ItemId, string ItemTitle, string NodeId, string Name, string Role, DateTimeOffset CreatedAt,
    DateTimeOffset? DueAt, bool DueEstimated, string? ClaimedById, string? ClaimedByName, string ResponsibleBody, string? Department = null, bool Countersign = false);

/// <summary>
/// Reads for inboxes: open user tasks for the roles a person holds (in their department, for
/// tasks bound to one), soonest due first. An item may appear several times: one line per task.
/// </summary>
public sealed class TaskQueries(DisclosureDbContext db)
{
    public async Task<IReadOnlyList<OpenTask>> OpenForAsync(Caller caller, int limit = 200, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var roles = caller.Roles.ToList();
        var department = caller.Department;
        return await (
            from task in db.Tasks.AsNoTracking()
            where task.Status == WorkTaskStatus.Open && task.Kind == TaskKind.User && roles.Contains(task.Role)
                && (task.Department == null || task.Department == department)
                && (task.ClaimedById == null || task.ClaimedById == caller.Actor.Id)
            join version in db.ItemVersions on task.ItemVersionId equals version.Id
            join item in db.Items on task.ItemId equals item.Id
            orderby task.DueAt == null, task.DueAt, task.CreatedAt
            select new OpenTask(task.Id, task.ItemId, version.Title, task.NodeId, task.Name, task.Role, task.CreatedAt,
                task.DueAt, task.DueEstimated, task.ClaimedById, task.ClaimedByName, item.ResponsibleBody, task.Department, task.CountersignGroup != null))
            .Take(limit)
            .ToListAsync(cancellationToken);
    }
}
