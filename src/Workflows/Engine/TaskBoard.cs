using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Workflows.Engine;

/// <summary>An open task as the task list shows it, with what sorting and filtering need.</summary>
public sealed record TaskCard(
    Guid Id, Guid ItemId, Guid VersionId, int VersionNumber, string ItemTitle, string CategoryCode, TimingClass Timing,
    string NodeId, string Name, string Role, DateTimeOffset CreatedAt, DateTimeOffset? DueAt, bool DueEstimated,
    string? ClaimedById, string? ClaimedByName, string ResponsibleBody, string DrafterId, string DrafterName, bool IsDrafting)
{
    /// <summary>The department (科室) the task is bound to (a countersign, a section head's review), if any.</summary>
    public string? Department { get; init; }

    /// <summary>One signature of a countersign (会签).</summary>
    public bool Countersign { get; init; }

    /// <summary>A review, sign-off or public-interest decision: never by a drafter of the version.</summary>
    public bool PersonOnly { get; init; }

    /// <summary>Who drafted the version: its drafter and whoever completed its drafting task.</summary>
    public IReadOnlyList<string> Drafters { get; init; } = [];

    /// <summary>
    /// Whether the person may work the task now: they hold its role (in its department, when it
    /// has one), nobody else holds it, a drafting task is theirs (its version's drafter, or opened
    /// by the system for any drafter), and the law does not keep them from it (a drafter never
    /// reviews or signs off their own version). The engine enforces the same; the list only
    /// avoids offering what would be refused.
    /// </summary>
    public bool CanWork(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Has(Role) && (ClaimedById is null || ClaimedById == caller.Actor.Id) && Suits(caller.Actor.Id, caller.Department);
    }

    /// <summary>Whether a leader may assign the task to this holder of its role.</summary>
    public bool Suits(string userId, string? department) =>
        (Department is null || Department == department)
        && (!IsDrafting || DrafterId == userId || DrafterId == Actor.System.Id)
        && !(PersonOnly && Drafters.Contains(userId));

    public bool IsClaimedBy(Caller caller) => ClaimedById is not null && ClaimedById == caller?.Actor.Id;

    /// <summary>What the task's instance runs for: a catalogue item or an application (its screen differs).</summary>
    public SubjectKind Subject { get; init; } = SubjectKind.Item;
}

/// <summary>A task with everything its screen needs: the node of the pinned definition, the item and its version.</summary>
public sealed record TaskDetail(
    WorkflowTask Task, NodeDocument Node, string DefinitionName, int DefinitionNumber, CatalogueItem Item, ItemVersion Version,
    IReadOnlyList<ConsentRequest> ConsentRequests);

/// <summary>Reads for the task list and the task screen.</summary>
public sealed class TaskBoard(DisclosureDbContext db, DefinitionCache definitions)
{
    /// <summary>
    /// Open user tasks of the caller's roles; for leaders every open user task (they assign work).
    /// Drafting tasks of other people's drafts are left out unless the caller is a leader.
    /// </summary>
    public async Task<IReadOnlyList<TaskCard>> OpenAsync(Caller caller, int limit = 500, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var roles = caller.Roles.ToList();
        var everything = caller.Has(Roles.Leader);
        var rows = await (
            from task in db.Tasks.AsNoTracking()
            where task.Status == WorkTaskStatus.Open && task.Kind == TaskKind.User && (everything || roles.Contains(task.Role))
            join instance in db.Instances.AsNoTracking() on task.InstanceId equals instance.Id
            join version in db.ItemVersions.AsNoTracking() on task.ItemVersionId equals version.Id
            join item in db.Items.AsNoTracking() on task.ItemId equals item.Id
            orderby task.DueAt == null, task.DueAt, task.CreatedAt
            select new { task, instance.DefinitionId, version.Number, version.Title, version.DrafterId, version.DrafterName, item.CategoryCode, item.Timing, item.ResponsibleBody })
            .Take(limit)
            .ToListAsync(cancellationToken);

        var versionIds = rows.Select(r => r.task.ItemVersionId).Distinct().ToList();
        var submitters = await db.Tasks.AsNoTracking()
            .Where(t => versionIds.Contains(t.ItemVersionId) && t.Purpose == NodePurpose.Drafting && t.Status == WorkTaskStatus.Completed && t.CompletedById != null)
            .Select(t => new { t.ItemVersionId, t.CompletedById }).ToListAsync(cancellationToken);
        var cards = new List<TaskCard>(rows.Count);
        foreach (var row in rows)
        {
            var definition = await definitions.GetAsync(db, row.DefinitionId, cancellationToken);
            var drafting = definition.Document.Node(row.task.NodeId)?.Purpose == NodePurpose.Drafting;
            var card = new TaskCard(row.task.Id, row.task.ItemId, row.task.ItemVersionId, row.Number, row.Title, row.CategoryCode, row.Timing,
                row.task.NodeId, row.task.Name, row.task.Role, row.task.CreatedAt, row.task.DueAt, row.task.DueEstimated,
                row.task.ClaimedById, row.task.ClaimedByName, row.ResponsibleBody, row.DrafterId, row.DrafterName, drafting)
            {
                Department = row.task.Department,
                Countersign = row.task.CountersignGroup is not null,
                PersonOnly = LawRules.PersonOnly.Contains(row.task.Purpose),
                Drafters = [row.DrafterId, .. submitters.Where(s => s.ItemVersionId == row.task.ItemVersionId).Select(s => s.CompletedById!)],
            };
            if (everything || card.CanWork(caller))
            {
                cards.Add(card);
            }
        }

        await AddApplicationTasksAsync(caller, everything, roles, limit, cards, cancellationToken);
        return cards;
    }

    /// <summary>
    /// Open tasks of applications (依申请公开) on the same list: the application's number stands for the
    /// version and its title for the item's; whoever drafted the reply is kept from its review and sign-off.
    /// </summary>
    private async Task AddApplicationTasksAsync(Caller caller, bool everything, List<string> roles, int limit, List<TaskCard> cards, CancellationToken cancellationToken)
    {
        var rows = await (
            from task in db.Tasks.AsNoTracking()
            where task.Status == WorkTaskStatus.Open && task.Kind == TaskKind.User && (everything || roles.Contains(task.Role))
            join application in db.Applications.AsNoTracking() on task.ItemId equals application.Id
            orderby task.DueAt == null, task.DueAt, task.CreatedAt
            select new { task, application.Title, application.ResponsibleBody })
            .Take(limit)
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return;
        }

        var subjectIds = rows.Select(r => r.task.ItemVersionId).Distinct().ToList();
        var drafters = await db.Tasks.AsNoTracking()
            .Where(t => subjectIds.Contains(t.ItemVersionId) && t.Purpose == NodePurpose.Drafting && t.Status == WorkTaskStatus.Completed && t.CompletedById != null)
            .Select(t => new { t.ItemVersionId, t.CompletedById }).ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            var card = new TaskCard(row.task.Id, row.task.ItemId, row.task.ItemVersionId, 1, row.Title, string.Empty, TimingClass.Immediate,
                row.task.NodeId, row.task.Name, row.task.Role, row.task.CreatedAt, row.task.DueAt, row.task.DueEstimated,
                row.task.ClaimedById, row.task.ClaimedByName, row.ResponsibleBody, Actor.System.Id, string.Empty, IsDrafting: false)
            {
                Department = row.task.Department,
                Countersign = row.task.CountersignGroup is not null,
                PersonOnly = LawRules.PersonOnly.Contains(row.task.Purpose),
                Drafters = [.. drafters.Where(d => d.ItemVersionId == row.task.ItemVersionId).Select(d => d.CompletedById!)],
                Subject = SubjectKind.Application,
            };
            if (everything || card.CanWork(caller))
            {
                cards.Add(card);
            }
        }
    }

    /// <summary>The task, the node it sits on in the instance's pinned definition version, and the item.</summary>
    public async Task<TaskDetail?> DetailAsync(Guid taskId, CancellationToken cancellationToken = default)
    {
        var task = await db.Tasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken);
        if (task is null)
        {
            return null;
        }

        var definitionId = await db.Instances.Where(i => i.Id == task.InstanceId).Select(i => i.DefinitionId).SingleAsync(cancellationToken);
        var definition = await definitions.GetAsync(db, definitionId, cancellationToken);
        var item = await db.Items.AsNoTracking().Include(i => i.Versions).SingleAsync(i => i.Id == task.ItemId, cancellationToken);
        var requests = await db.ConsentRequests.AsNoTracking().Where(r => r.ItemVersionId == task.ItemVersionId)
            .OrderBy(r => r.CreatedAt).ToListAsync(cancellationToken);
        var node = definition.Document.Node(task.NodeId) ?? new NodeDocument { Id = task.NodeId, Name = task.Name, Kind = NodeKind.UserTask };
        return new TaskDetail(task, node, definition.Name, definition.Number, item, item.Version(task.ItemVersionId), requests);
    }

    /// <summary>The open tasks of an item's version (several on parallel paths and countersigns); the item screen links to them.</summary>
    public async Task<IReadOnlyList<WorkflowTask>> OpenTasksOfAsync(Guid itemVersionId, CancellationToken cancellationToken = default) =>
        await db.Tasks.AsNoTracking().Where(t => t.ItemVersionId == itemVersionId && t.Status == WorkTaskStatus.Open)
            .OrderBy(t => t.CreatedAt).ThenBy(t => t.Name).ToListAsync(cancellationToken);
}
