using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Workflows.Engine;

public sealed record ActivityTask(Guid TaskId, string Role, string? Department, DateTimeOffset CreatedAt, DateTimeOffset? DueAt, bool Overdue, string? ClaimedByName);

public sealed record ActivityItem(Guid ItemId, Guid InstanceId, string Title, string ResponsibleBody, IReadOnlyList<ActivityTask> Tasks, int? JoinArrived);

/// <summary>One node of a version with what runs there now (Cockpit-style counts and the items).</summary>
public sealed record NodeActivity(string NodeId, string? Name, string Kind, int OpenTasks, int OverdueTasks, int Items, IReadOnlyList<ActivityItem> Waiting);

public sealed record VersionActivity(string Key, int Number, int RunningInstances, IReadOnlyList<NodeActivity> Nodes);

public sealed record PathEdge(string From, string To, int Times);

public sealed record PathNode(string NodeId, string? Name, DateTimeOffset FirstAt, DateTimeOffset LastAt, int Lines);

/// <summary>The path one instance took so far, for highlighting on its version's diagram.</summary>
public sealed record InstancePath(Guid InstanceId, string DefinitionKey, int DefinitionNumber, string Status, IReadOnlyList<PathNode> Nodes, IReadOnlyList<PathEdge> Edges, IReadOnlyList<string> Current);

/// <summary>
/// Where running items are on a version (open and overdue tasks and the items waiting, per node),
/// and the path an item took (from the journal). Reads go through the partial indexes on running
/// instances by definition, open tasks by instance and journal lines by item.
/// </summary>
public sealed class ActivityQueries(DisclosureDbContext db, DefinitionService definitions, TimeProvider clock)
{
    /// <summary>Items listed per node at most; the counts are always complete.</summary>
    public const int MaxItemsPerNode = 200;

    public async Task<VersionActivity> ActivityAsync(string key, int number, CancellationToken cancellationToken = default)
    {
        var version = await definitions.GetAsync(key, number, cancellationToken);
        var now = clock.GetUtcNow();
        var running = db.Instances.AsNoTracking().Where(i => i.DefinitionId == version.Id && i.Status == InstanceStatus.Running);
        var tasks = await (
            from task in db.Tasks.AsNoTracking()
            join instance in running on task.InstanceId equals instance.Id
            join item in db.ItemVersions.AsNoTracking() on task.ItemVersionId equals item.Id
            join owner in db.Items.AsNoTracking() on task.ItemId equals owner.Id
            where task.Status == WorkTaskStatus.Open
            select new { task.NodeId, task.Id, task.InstanceId, task.ItemId, task.Role, task.Department, task.CreatedAt, task.DueAt, task.ClaimedByName, item.Title, owner.ResponsibleBody })
            .ToListAsync(cancellationToken);
        // Instances some of whose paths wait at a join (jsonb keys; GIN index on running instances).
        var joins = await db.Database.SqlQuery<JoinWait>($"""
            SELECT i.id AS instance_id, i.item_id, j.key AS node_id, j.value::int AS arrived, v.title, it.responsible_body
            FROM disclosure.workflow_instances i
            CROSS JOIN LATERAL jsonb_each_text(i.join_arrivals) j
            JOIN disclosure.item_versions v ON v.id = i.item_version_id
            JOIN disclosure.items it ON it.id = i.item_id
            WHERE i.definition_id = {version.Id} AND i.status = 'Running' AND i.join_arrivals <> jsonb_build_object()
            """).ToListAsync(cancellationToken);
        var instances = await running.CountAsync(cancellationToken);

        var nodes = version.Document.Nodes.Select(node =>
        {
            var here = tasks.Where(t => t.NodeId == node.Id).ToList();
            var waiting = here.GroupBy(t => t.InstanceId).Select(g => new ActivityItem(g.First().ItemId, g.Key, g.First().Title, g.First().ResponsibleBody,
                    [.. g.Select(t => new ActivityTask(t.Id, t.Role, t.Department, t.CreatedAt, t.DueAt, t.DueAt < now, t.ClaimedByName))], null))
                .Concat(joins.Where(j => j.NodeId == node.Id).Select(j => new ActivityItem(j.ItemId, j.InstanceId, j.Title, j.ResponsibleBody, [], j.Arrived)))
                .ToList();
            return new NodeActivity(node.Id, node.Name, System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(node.Kind.ToString()),
                here.Count, here.Count(t => t.DueAt < now), waiting.Count, [.. waiting.OrderBy(w => w.Tasks.Select(t => t.DueAt).Min() ?? DateTimeOffset.MaxValue).Take(MaxItemsPerNode)]);
        }).ToList();
        return new VersionActivity(key, number, instances, nodes);
    }

    /// <summary>Every instance of the item, oldest first, with the nodes and edges it took (from the journal).</summary>
    public async Task<IReadOnlyList<InstancePath>> PathAsync(Guid itemId, CancellationToken cancellationToken = default)
    {
        if (!await db.Items.AnyAsync(i => i.Id == itemId, cancellationToken))
        {
            throw new NotFoundException(Messages.ItemNotFound(itemId));
        }

        var lines = await db.Journal.AsNoTracking().Where(j => j.ItemId == itemId).OrderBy(j => j.Id).ToListAsync(cancellationToken);
        var instances = await db.Instances.AsNoTracking().Where(i => i.ItemId == itemId).OrderBy(i => i.StartedAt).ToListAsync(cancellationToken);
        var open = await db.Tasks.AsNoTracking().Where(t => t.ItemId == itemId && t.Status == WorkTaskStatus.Open).Select(t => new { t.InstanceId, t.NodeId }).ToListAsync(cancellationToken);
        var documents = new Dictionary<(string, int), ProcessDocument>();
        foreach (var (key, number) in lines.Select(l => (l.DefinitionKey, l.DefinitionNumber)).Distinct())
        {
            documents[(key, number)] = (await definitions.GetAsync(key, number, cancellationToken)).Document;
        }

        return [.. instances.Select(instance =>
        {
            var mine = lines.Where(l => l.InstanceId == instance.Id).ToList();
            var nodes = mine.GroupBy(l => l.NodeId).Select(g => new PathNode(g.Key, g.First().NodeName, g.First().At, g.Last().At, g.Count())).ToList();
            var edges = mine.SelectMany(l => Taken(documents[(l.DefinitionKey, l.DefinitionNumber)], l)).GroupBy(e => e)
                .Select(g => new PathEdge(g.Key.From, g.Key.To, g.Count())).ToList();
            var current = open.Where(t => t.InstanceId == instance.Id).Select(t => t.NodeId).Concat(instance.JoinArrivals.Keys).Distinct().ToList();
            return new InstancePath(instance.Id, instance.DefinitionKey, instance.DefinitionNumber, instance.Status.ToString(), nodes, edges, current);
        })];
    }

    /// <summary>The edges a journal line says were taken: a step left with an outcome, or an automatic node passed.</summary>
    internal static IEnumerable<(string From, string To)> Taken(ProcessDocument document, JournalEntry line)
    {
        if (document.Node(line.NodeId) is not { } node)
        {
            return [];
        }

        IEnumerable<string?> targets = (line.Action, node.Kind) switch
        {
            ("started", _) or ("published", _) or ("notified", _) or ("joined", _) => One(node.Next),
            ("split", _) => node.Paths ?? [],
            ("completed" or "deadline", NodeKind.UserTask) when node.Countersign is null => One(node.Outcomes?.FirstOrDefault(o => o.Id == line.Outcome)?.Next),
            ("countersign-closed" or "countersign-skipped", _) => One(node.Outcomes?.FirstOrDefault(o => o.Id == line.Outcome)?.Next),
            ("consent-closed", _) => One(line.Outcome switch { "agreed" => node.OnAgreed, "refused" => node.OnRefused, _ => node.OnNoReply }),
            ("consent-skipped", _) => One(node.OnAgreed),
            ("decided", _) => One(line.Details == "否则" ? node.Otherwise : node.Branches?.FirstOrDefault(b => (b.Label ?? b.Next) == line.Details)?.Next),
            _ => [],
        };
        return targets.OfType<string>().Select(to => (node.Id, to));
    }

    private static IEnumerable<string?> One(string? target) => [target];

    private sealed record JoinWait(Guid InstanceId, Guid ItemId, string NodeId, int Arrived, string Title, string ResponsibleBody);
}
