using Disclosure.Workflows.Calendar;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Disclosure.Workflows.Engine;

/// <summary>Everything one step of one locked instance works on, loaded once per transaction.</summary>
internal sealed class StepContext
{
    private string _lastHash = string.Empty;
    private int _journalWritten;

    private StepContext(DisclosureDbContext db, WorkflowInstance instance, ProcessDefinitionVersion definition, IWorkflowSubject subject,
        DisclosureDeadlines deadlines, DateTimeOffset now)
    {
        Db = db;
        Instance = instance;
        Definition = definition;
        Subject = subject;
        Deadlines = deadlines;
        Now = now;
    }

    public DisclosureDbContext Db { get; }

    public WorkflowInstance Instance { get; }

    public ProcessDefinitionVersion Definition { get; }

    public ProcessDocument Document => Definition.Document;

    /// <summary>What the instance runs for (an item's version, an application).</summary>
    public IWorkflowSubject Subject { get; }

    /// <summary>The item, for an instance that runs for one.</summary>
    public CatalogueItem Item => AsItem.Item;

    public ItemVersion Version => AsItem.Version;

    private ItemSubject AsItem => Subject as ItemSubject
        ?? throw new InvalidOperationException($"Instance {Instance.Id} runs for {Subject.Kind}, not for a catalogue item.");

    public DisclosureDeadlines Deadlines { get; }

    public DateTimeOffset Now { get; }

    public DateOnly Today => WorkingDayCalendar.DateOf(Now);

    /// <summary>Journal lines written in this transaction, in order.</summary>
    public List<JournalEntry> NewJournal { get; } = [];

    /// <summary>The publish step the instance passed in this transaction, checked against the law before commit.</summary>
    public NodeDocument? PassedPublish { get; set; }

    /// <summary>Who completed a drafting task of the instance's version (with the version's author, the people the law keeps from reviewing it).</summary>
    public IReadOnlyCollection<string> DraftingCompletedBy { get; private init; } = [];

    /// <summary>
    /// One statement after the instance's lock (<see cref="WorkflowSubjects"/>): the instance, the
    /// subject (an item with its versions, or an application), the task acted on, every open task
    /// of the instance (so the answer's open tasks need no second read), who completed the
    /// version's drafting tasks (separation of duties) and the journal's last hash. Run after the
    /// lock, so it sees what the lock's previous holder committed; the definition comes from the cache.
    /// </summary>
    public static async Task<(StepContext Context, WorkflowTask? Task)> LoadAsync(DisclosureDbContext db, LockedInstance locked, DefinitionCache definitions,
        DisclosureDeadlines deadlines, DateTimeOffset now, Guid taskId, CancellationToken cancellationToken) =>
        await OfAsync(db, await WorkflowSubjects.LoadAsync(db, locked, taskId, cancellationToken), definitions, deadlines, now, taskId, cancellationToken);

    /// <summary>The context of what a lock and its load gave (<see cref="LoadAsync"/>, <see cref="WorkflowSubjects.LockAndLoadAsync"/>).</summary>
    public static async Task<(StepContext Context, WorkflowTask? Task)> OfAsync(DisclosureDbContext db, LoadedSubject loaded, DefinitionCache definitions,
        DisclosureDeadlines deadlines, DateTimeOffset now, Guid taskId, CancellationToken cancellationToken)
    {
        var instance = loaded.Instance;
        var definition = await definitions.GetAsync(db, instance.DefinitionId, cancellationToken);
        var context = new StepContext(db, instance, definition, loaded.Subject, deadlines, now)
        {
            _lastHash = loaded.LastHash ?? string.Empty,
            DraftingCompletedBy = loaded.DraftingCompletedBy,
        };
        return (context, loaded.Tasks.SingleOrDefault(t => t.Id == taskId));
    }

    public static StepContext ForNewInstance(DisclosureDbContext db, WorkflowInstance instance, ProcessDefinitionVersion definition,
        CatalogueItem item, DisclosureDeadlines deadlines, DateTimeOffset now) => new(db, instance, definition, new ItemSubject(item, instance.ItemVersionId), deadlines, now);

    public static StepContext ForNewInstance(DisclosureDbContext db, WorkflowInstance instance, ProcessDefinitionVersion definition,
        IWorkflowSubject subject, DisclosureDeadlines deadlines, DateTimeOffset now) => new(db, instance, definition, subject, deadlines, now);

    public void Journal(string action, Actor actor, NodeDocument node, string? outcome = null, string? comment = null, string? details = null)
    {
        var entry = new JournalEntry(Instance, action, actor, node.Id, node.Name, Now, outcome, comment, details, _lastHash);
        _lastHash = entry.Hash;
        NewJournal.Add(entry);
    }

    /// <summary>
    /// The instance's open tasks as this transaction leaves them (every one was loaded or added
    /// here), oldest first. Read from the tracked entities themselves (their status is the object's),
    /// so without EF Core's scan for changes, which a step's save has just made.
    /// </summary>
    public IReadOnlyList<WorkflowTask> OpenTasks() =>
        [.. Db.ChangeTracker.AsTracked<WorkflowTask>().Select(e => e.Entity)
            .Where(t => t.InstanceId == Instance.Id && t.Status == WorkTaskStatus.Open)
            .OrderBy(t => t.CreatedAt).ThenBy(t => t.Id)];

    private const int JournalColumns = 16;

    /// <summary>The insert of n lines, one text per count so each is prepared once per connection.</summary>
    private static readonly string[] InsertJournalTexts = [.. Enumerable.Range(0, 9).Select(InsertJournalText)];

    private static string InsertJournalText(int lines) =>
        "INSERT INTO disclosure.journal (instance_id, item_id, item_version_id, definition_key, definition_number, action, actor_id, actor_name, "
        + "node_id, node_name, at, outcome, comment, details, previous_hash, hash) VALUES "
        + string.Join(", ", Enumerable.Range(0, lines).Select(line =>
            "(" + string.Join(", ", Enumerable.Range(line * JournalColumns + 1, JournalColumns).Select(n => $"${n}")) + ")"));

    /// <summary>
    /// Writes the lines journaled since the last call in one statement. Rows of one <c>VALUES</c>
    /// list are inserted in order, so the identity keeps the chain's order.
    /// </summary>
    public async Task WriteJournalAsync(CancellationToken cancellationToken)
    {
        if (UnwrittenJournalStatement() is not ({ } text, { } parameters))
        {
            return;
        }

        var transaction = Db.Database.CommandTransaction()
            ?? throw new InvalidOperationException("Journal lines are written inside the step's transaction.");
        await using var command = new NpgsqlCommand(text, transaction.Connection, transaction);
        command.Parameters.AddRange(parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
        JournalWritten();
    }

    /// <summary>The lines journaled since the last write as one statement for a batch; <see cref="JournalWritten"/> once it ran.</summary>
    public NpgsqlBatchCommand? UnwrittenJournal()
    {
        if (UnwrittenJournalStatement() is not ({ } text, { } parameters))
        {
            return null;
        }

        var command = new NpgsqlBatchCommand(text);
        command.Parameters.AddRange(parameters);
        return command;
    }

    private (string Text, NpgsqlParameter[] Parameters)? UnwrittenJournalStatement()
    {
        var count = NewJournal.Count - _journalWritten;
        if (count == 0)
        {
            return null;
        }

        var parameters = new NpgsqlParameter[count * JournalColumns];
        var p = 0;
        foreach (var j in NewJournal.Skip(_journalWritten))
        {
            parameters[p++] = new NpgsqlParameter<Guid> { TypedValue = j.InstanceId };
            parameters[p++] = new NpgsqlParameter<Guid> { TypedValue = j.ItemId };
            parameters[p++] = new NpgsqlParameter<Guid> { TypedValue = j.ItemVersionId };
            parameters[p++] = Text(j.DefinitionKey);
            parameters[p++] = new NpgsqlParameter<int> { TypedValue = j.DefinitionNumber };
            parameters[p++] = Text(j.Action);
            parameters[p++] = Text(j.ActorId);
            parameters[p++] = Text(j.ActorName);
            parameters[p++] = Text(j.NodeId);
            parameters[p++] = Text(j.NodeName);
            parameters[p++] = new NpgsqlParameter<DateTime> { TypedValue = j.At.UtcDateTime, NpgsqlDbType = NpgsqlDbType.TimestampTz };
            parameters[p++] = Text(j.Outcome);
            parameters[p++] = Text(j.Comment);
            parameters[p++] = Text(j.Details);
            parameters[p++] = Text(j.PreviousHash);
            parameters[p++] = Text(j.Hash);
        }

        return (count < InsertJournalTexts.Length ? InsertJournalTexts[count] : InsertJournalText(count), parameters);
    }

    private static NpgsqlParameter Text(string? value) => value is null
        ? new NpgsqlParameter { Value = DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text }
        : new NpgsqlParameter<string> { TypedValue = value, NpgsqlDbType = NpgsqlDbType.Text };

    public void JournalWritten() => _journalWritten = NewJournal.Count;
}
