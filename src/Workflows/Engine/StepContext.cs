using Disclosure.Workflows.Calendar;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Workflows.Engine;

/// <summary>Everything one step of one locked instance works on, loaded once per transaction.</summary>
internal sealed class StepContext
{
    private string _lastHash = string.Empty;

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

    /// <summary>Tasks opened in this transaction whose deadline needs a timer after commit.</summary>
    public List<WorkflowTask> NewTimedTasks { get; } = [];

    /// <summary>Journal lines written in this transaction, in order.</summary>
    public List<JournalEntry> NewJournal { get; } = [];

    /// <summary>The publish step the instance passed in this transaction, checked against the law before commit.</summary>
    public NodeDocument? PassedPublish { get; set; }

    public static async Task<StepContext> LoadAsync(DisclosureDbContext db, WorkflowInstance instance, ProcessDefinitionVersion definition,
        DisclosureDeadlines deadlines, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var subject = await WorkflowSubjects.LoadAsync(db, instance, cancellationToken);
        var context = new StepContext(db, instance, definition, subject, deadlines, now);
        context._lastHash = await db.Journal.Where(j => j.InstanceId == instance.Id).OrderByDescending(j => j.Id)
            .Select(j => j.Hash).FirstOrDefaultAsync(cancellationToken) ?? string.Empty;
        return context;
    }

    public static StepContext ForNewInstance(DisclosureDbContext db, WorkflowInstance instance, ProcessDefinitionVersion definition,
        CatalogueItem item, DisclosureDeadlines deadlines, DateTimeOffset now) => new(db, instance, definition, new ItemSubject(item, instance.ItemVersionId), deadlines, now);

    public static StepContext ForNewInstance(DisclosureDbContext db, WorkflowInstance instance, ProcessDefinitionVersion definition,
        IWorkflowSubject subject, DisclosureDeadlines deadlines, DateTimeOffset now) => new(db, instance, definition, subject, deadlines, now);

    public void Journal(string action, Actor actor, NodeDocument node, string? outcome = null, string? comment = null, string? details = null)
    {
        var entry = new JournalEntry(Instance, action, actor, node.Id, node.Name, Now, outcome, comment, details, _lastHash);
        _lastHash = entry.Hash;
        Db.Journal.Add(entry);
        NewJournal.Add(entry);
    }
}
