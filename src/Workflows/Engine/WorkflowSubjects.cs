using System.Data;
using System.Data.Common;
using Disclosure.Workflows.Applications;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Catalogue.Attachments;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Disclosure.Workflows.Engine;

/// <summary>What a step loaded: the instance, its subject, the tasks it may touch and the journal's last hash.</summary>
internal sealed record LoadedSubject(WorkflowInstance Instance, IWorkflowSubject Subject, IReadOnlyList<WorkflowTask> Tasks, IReadOnlyList<string> DraftingCompletedBy,
    string? LastHash);

/// <summary>The row a lock took: enough to choose and key the load that follows it.</summary>
internal readonly record struct LockedInstance(Guid Id, SubjectKind Subject, Guid SubjectId, Guid SubjectVersionId)
{
    public static LockedInstance Of(WorkflowInstance instance) => new(instance.Id, instance.Subject, instance.ItemId, instance.ItemVersionId);
}

/// <summary>
/// The lock that serialises every change to one instance, then everything a step works on in one
/// statement after it (the instance and the tasks tracked; an item only once a step changes it):
/// the instance, its subject (by the kind it records), the task acted on, every open task of the
/// instance, who completed the subject's drafting tasks (separation of
/// duties; their ids only, the tasks themselves are neither materialised nor tracked) and the
/// journal's last hash. Tasks and journal lines name their subject in item_id /
/// item_version_id whatever its kind (for an application, its id in both), so the two loads differ
/// only in the row they start from.
/// </summary>
/// <remarks>
/// Both statements cost the Host as little as they can: the lock is a plain command that reads four
/// columns, and an item's load (every catalogue step) is one statement read by hand from the model
/// (<see cref="EntityRow"/>): each table's rows come back as rows of their own, so they do not
/// multiply with every resubmission of a version, and no EF Core shaper is run, whose nested
/// lambdas a compiled query binds anew on every execution (docs/benchmarks.md, "Eighth pass" and
/// "Ninth pass"). An application's load, a few steps a year per application, is an EF Core compiled
/// query: a LINQ query written inline is rebuilt as an expression tree, walked for its parameters
/// and hashed for EF's cache on every call (docs/benchmarks.md, "Fourth pass").
/// </remarks>
internal static class WorkflowSubjects
{
    private const string LockSql = "SELECT id, subject, item_id, item_version_id FROM disclosure.workflow_instances "
        + "WHERE id = (SELECT instance_id FROM disclosure.tasks WHERE id = $1) FOR UPDATE";

    public static Task<LoadedSubject> LoadAsync(DisclosureDbContext db, LockedInstance locked, Guid taskId, CancellationToken cancellationToken) =>
        locked.Subject switch
        {
            SubjectKind.Application => LoadApplicationAsync(db, locked, taskId, cancellationToken),
            _ => LoadItemAsync(db, locked, taskId, cancellationToken),
        };

    private sealed record ApplicationRows(Application Application, WorkflowInstance Instance, List<WorkflowTask> Tasks, string[]? Drafters, string? LastHash);

    private static readonly Func<DisclosureDbContext, Guid, Guid, Guid, Guid, CancellationToken, Task<ApplicationRows>> ApplicationQuery =
        EF.CompileAsyncQuery((DisclosureDbContext db, Guid applicationId, Guid instanceId, Guid versionId, Guid taskId, CancellationToken _) =>
            db.Applications.Where(a => a.Id == applicationId).Select(a => new ApplicationRows(
                a,
                db.Instances.First(x => x.Id == instanceId),
                db.Tasks.Where(t => t.ItemId == a.Id && (t.Id == taskId || (t.InstanceId == instanceId && t.Status == WorkTaskStatus.Open))).ToList(),
                db.Tasks.Where(t => t.ItemId == a.Id && t.ItemVersionId == versionId && t.Purpose == NodePurpose.Drafting && t.Status == WorkTaskStatus.Completed
                    && t.CompletedById != null).GroupBy(t => t.ItemId).Select(g => EF.Functions.ArrayAgg(g.Select(t => t.CompletedById!))).FirstOrDefault(),
                db.Journal.Where(j => j.InstanceId == instanceId).OrderByDescending(j => j.Id).Select(j => j.Hash).FirstOrDefault())).Single());

    /// <summary>
    /// The item's statement, read by hand (<see cref="ItemLoad"/>) and untracked, and then the
    /// instance and the tasks are tracked: every step changes them. The item and its versions (with
    /// their attachments and rights-holders) are tracked only when a step changes them
    /// (<see cref="ItemSubject"/>), and most steps only read them; tracking them cost about a tenth
    /// of the Host's CPU per completion (docs/benchmarks.md, "Sixth pass"). An entity this context
    /// already tracks (a step after a start, in one transaction) is used as tracked, as a tracking
    /// query would.
    /// </summary>
    private static async Task<LoadedSubject> LoadItemAsync(DisclosureDbContext db, LockedInstance locked, Guid taskId, CancellationToken cancellationToken) =>
        Tracked(db, locked, await ItemLoad.For(db.Model).ReadAsync(db, locked, taskId, cancellationToken));

    /// <summary>
    /// Locks the instance of a task (a task never changes instance, so one statement finds and
    /// locks it) and loads what its step works on, in one round trip for an item
    /// (<see cref="ItemLoad.LockAndReadAsync"/>) and with a second statement for an application.
    /// Null when there is no such task, or when <paramref name="skipLocked"/> and another
    /// transaction holds the lock. Runs in the context's open transaction.
    /// </summary>
    public static async Task<LoadedSubject?> LockAndLoadAsync(DisclosureDbContext db, Guid taskId, bool skipLocked, CancellationToken cancellationToken)
    {
        var (locked, rows) = await ItemLoad.For(db.Model).LockAndReadAsync(db, taskId, skipLocked, cancellationToken);
        return locked switch
        {
            null => null,
            { Subject: SubjectKind.Application } application => await LoadApplicationAsync(db, application, taskId, cancellationToken),
            { } item => Tracked(db, item, rows ?? throw new InvalidOperationException($"The locked instance {item.Id} or its item {item.SubjectId} was not found.")),
        };
    }

    private static LoadedSubject Tracked(DisclosureDbContext db, LockedInstance locked, ItemRows loaded)
    {
        var tracked = db.ChangeTracker.AsTracked();
        T? Known<T>(Func<T, bool> same)
            where T : class => tracked.Select(e => e.Entity).OfType<T>().FirstOrDefault(same);
        T Attached<T>(T entity)
            where T : class
        {
            db.Attach(entity);
            return entity;
        }

        var item = Known<CatalogueItem>(i => i.Id == loaded.Item.Id) ?? loaded.Item;
        var instance = Known<WorkflowInstance>(i => i.Id == loaded.Instance.Id) ?? Attached(loaded.Instance);
        List<WorkflowTask> tasks = [.. loaded.Tasks.Select(task => Known<WorkflowTask>(t => t.Id == task.Id) ?? Attached(task))];
        return new LoadedSubject(instance, new ItemSubject(item, locked.SubjectVersionId), tasks, loaded.Drafters ?? [], loaded.LastHash);
    }

    private sealed record ItemRows(CatalogueItem Item, WorkflowInstance Instance, List<WorkflowTask> Tasks, string[]? Drafters, string? LastHash);

    /// <summary>
    /// An item's load as one statement read by hand (<see cref="RowUnion"/>, <see cref="EntityRow"/>),
    /// built once from the model: the instance, the tasks, the item, its versions, their attachments
    /// and one row of the drafters and the journal's last hash. Parameters: $1 the item, $2 the
    /// instance, $3 the version, $4 the task.
    /// </summary>
    private sealed class ItemLoad
    {
        private static ItemLoad? _last;

        private readonly IModel _model;
        private readonly RowUnion _union;
        private readonly string _byTaskSql;
        private readonly EntityRow _instance;
        private readonly EntityRow _task;
        private readonly EntityRow _item;
        private readonly EntityRow _version;
        private readonly EntityRow _attachment;
        private readonly IClrCollectionAccessor _versions;
        private readonly IClrCollectionAccessor _attachments;

        private ItemLoad(IModel model)
        {
            _model = model;
            EntityRow Row<T>() => EntityRow.Of(model.FindEntityType(typeof(T))!);
            _instance = Row<WorkflowInstance>();
            _task = Row<WorkflowTask>();
            _item = Row<CatalogueItem>();
            _version = Row<ItemVersion>();
            _attachment = Row<Attachment>();
            _versions = _item.Type.FindNavigation(nameof(CatalogueItem.Versions))!.GetCollectionAccessor()!;
            _attachments = _version.Type.FindNavigation(nameof(ItemVersion.Attachments))!.GetCollectionAccessor()!;
            string Literal<T>(EntityRow row, string property, T value) => row.Type.FindProperty(property)!.GetRelationalTypeMapping().GenerateSqlLiteral(value);
            var open = Literal(_task, nameof(WorkflowTask.Status), WorkTaskStatus.Open);
            var completed = Literal(_task, nameof(WorkflowTask.Status), WorkTaskStatus.Completed);
            var drafting = Literal(_task, nameof(WorkflowTask.Purpose), NodePurpose.Drafting);
            var journal = EntityRow.Of(model.FindEntityType(typeof(JournalEntry))!).Table;
            RowUnion Union(string item, string instance, string version, string task) => new(
                RowSet.Rows(_instance, $"id = {instance}"),
                RowSet.Rows(_task, $"item_id = {item} AND (id = {task} OR (instance_id = {instance} AND status = {open}))"),
                RowSet.Rows(_item, $"id = {item}"),
                RowSet.Rows(_version, $"item_id = {item}"),
                RowSet.Rows(_attachment, $"version_id IN (SELECT id FROM {_version.Table} WHERE item_id = {item})"),
                RowSet.Values(
                    ($"(SELECT array_agg(completed_by_id) FROM {_task.Table} WHERE item_id = {item} AND item_version_id = {version} AND purpose = {drafting} "
                        + $"AND status = {completed} AND completed_by_id IS NOT NULL)", "text[]"),
                    ($"(SELECT hash FROM {journal} WHERE instance_id = {instance} ORDER BY id DESC LIMIT 1)", "text")));
            _union = Union("$1", "$2", "$3", "$4");
            _byTaskSql = $"WITH step AS (SELECT t.item_id, t.instance_id, i.item_version_id FROM {_task.Table} t JOIN {_instance.Table} i ON i.id = t.instance_id WHERE t.id = $1) "
                + Union("(SELECT item_id FROM step)", "(SELECT instance_id FROM step)", "(SELECT item_version_id FROM step)", "$1").Sql;
        }

        /// <summary>The load for this model (one per process, in practice), built on first use.</summary>
        public static ItemLoad For(IModel model) =>
            _last is { } last && ReferenceEquals(last._model, model) ? last : _last = new ItemLoad(model);

        public async Task<ItemRows> ReadAsync(DisclosureDbContext db, LockedInstance locked, Guid taskId, CancellationToken cancellationToken)
        {
            var transaction = db.Database.CommandTransaction()
                ?? throw new InvalidOperationException("A step's load runs inside the command's transaction.");
            await using var command = new NpgsqlCommand(_union.Sql, transaction.Connection, transaction);
            command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = locked.SubjectId });
            command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = locked.Id });
            command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = locked.SubjectVersionId });
            command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = taskId });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await ReadRowsAsync(reader, db, cancellationToken)
                ?? throw new InvalidOperationException($"The locked instance {locked.Id} or its item {locked.SubjectId} was not found.");
        }

        /// <summary>
        /// The lock and then the load keyed by the task, sent together as one batch: one round trip
        /// instead of two. Each statement of a batch takes its own snapshot when it starts (READ
        /// COMMITTED), and the load starts only once the lock is held, so it sees what the lock's
        /// previous holder committed, as a load sent after the lock would. The load's rows are
        /// null when nothing was locked or the subject is not an item.
        /// </summary>
        public async Task<(LockedInstance? Locked, ItemRows? Rows)> LockAndReadAsync(DisclosureDbContext db, Guid taskId, bool skipLocked, CancellationToken cancellationToken)
        {
            var transaction = db.Database.CommandTransaction()
                ?? throw new InvalidOperationException("The instance lock is taken inside the command's transaction.");
            await using var batch = new NpgsqlBatch(transaction.Connection, transaction);
            var lockCommand = new NpgsqlBatchCommand(skipLocked ? LockSql + " SKIP LOCKED" : LockSql);
            lockCommand.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = taskId });
            var load = new NpgsqlBatchCommand(_byTaskSql);
            load.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = taskId });
            batch.BatchCommands.Add(lockCommand);
            batch.BatchCommands.Add(load);
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            LockedInstance? locked = await reader.ReadAsync(cancellationToken)
                ? new LockedInstance(reader.GetGuid(0), Enum.Parse<SubjectKind>(reader.GetString(1)), reader.GetGuid(2), reader.GetGuid(3))
                : null;
            if (locked is not { Subject: SubjectKind.Item })
            {
                return (locked, null);
            }

            await reader.NextResultAsync(cancellationToken);
            return (locked, await ReadRowsAsync(reader, db, cancellationToken));
        }

        /// <summary>The union's rows as the item with its versions and their attachments, the instance, the tasks and the two values; null without the item or the instance.</summary>
        private async Task<ItemRows?> ReadRowsAsync(DbDataReader reader, DisclosureDbContext db, CancellationToken cancellationToken)
        {
            CatalogueItem? item = null;
            WorkflowInstance? instance = null;
            List<WorkflowTask> tasks = [];
            List<ItemVersion> versions = [];
            List<Attachment> attachments = [];
            string[]? drafters = null;
            string? lastHash = null;
            while (await reader.ReadAsync(cancellationToken))
            {
                var set = reader.GetInt32(0);
                var ordinals = _union.Ordinals(set);
                switch (set)
                {
                    case 0:
                        instance = (WorkflowInstance)_instance.Read(reader, ordinals, db);
                        break;
                    case 1:
                        tasks.Add((WorkflowTask)_task.Read(reader, ordinals, db));
                        break;
                    case 2:
                        item = (CatalogueItem)_item.Read(reader, ordinals, db);
                        break;
                    case 3:
                        versions.Add((ItemVersion)_version.Read(reader, ordinals, db));
                        break;
                    case 4:
                        attachments.Add((Attachment)_attachment.Read(reader, ordinals, db));
                        break;
                    default:
                        drafters = reader.IsDBNull(ordinals[0]) ? null : reader.GetFieldValue<string[]>(ordinals[0]);
                        lastHash = reader.IsDBNull(ordinals[1]) ? null : reader.GetString(ordinals[1]);
                        break;
                }
            }

            if (item is null || instance is null)
            {
                return null;
            }

            foreach (var version in versions)
            {
                _versions.Add(item, version, forMaterialization: true);
                foreach (var attachment in attachments.Where(a => a.VersionId == version.Id))
                {
                    _attachments.Add(version, attachment, forMaterialization: true);
                }
            }

            return new ItemRows(item, instance, tasks, drafters, lastHash);
        }
    }

    private static async Task<LoadedSubject> LoadApplicationAsync(DisclosureDbContext db, LockedInstance locked, Guid taskId, CancellationToken cancellationToken)
    {
        var loaded = await ApplicationQuery(db, locked.SubjectId, locked.Id, locked.SubjectVersionId, taskId, cancellationToken);
        return new LoadedSubject(loaded.Instance, new ApplicationSubject(loaded.Application), loaded.Tasks, loaded.Drafters ?? [], loaded.LastHash);
    }
}
