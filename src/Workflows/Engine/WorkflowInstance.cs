using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Definitions;

namespace Disclosure.Workflows.Engine;

public enum InstanceStatus
{
    Running,
    Completed,
}

/// <summary>
/// One run of a process for one item version, pinned to the definition version it started on.
/// Outside parallel blocks an instance sits on one node (<see cref="CurrentNodeId"/>); inside one it
/// waits at several: its open tasks, and the joins some paths have reached (<see cref="JoinArrivals"/>).
/// Every change to an instance happens under a row lock on it (taken by the engine), which is what
/// makes a join count each arriving path exactly once.
/// </summary>
public sealed class WorkflowInstance
{
    private WorkflowInstance()
    {
        DefinitionKey = CurrentNodeId = StartedBy = string.Empty;
        JoinArrivals = [];
    }

    public WorkflowInstance(Guid itemId, Guid itemVersionId, ProcessDefinitionVersion definition, Actor starter, DateTimeOffset now)
        : this(SubjectKind.Item, itemId, itemVersionId, definition, starter, now)
    {
    }

    /// <summary>An instance for a subject of any kind: for an application, its id serves as both ids.</summary>
    public WorkflowInstance(SubjectKind subject, Guid subjectId, Guid subjectVersionId, ProcessDefinitionVersion definition, Actor starter, DateTimeOffset now)
        : this()
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(starter);
        Id = Guid.CreateVersion7(now);
        Subject = subject;
        ItemId = subjectId;
        ItemVersionId = subjectVersionId;
        DefinitionId = definition.Id;
        DefinitionKey = definition.Key;
        DefinitionNumber = definition.Number;
        CurrentNodeId = definition.Document.Nodes.Single(n => n.Kind == NodeKind.Start).Id;
        Status = InstanceStatus.Running;
        StartedAt = now;
        StartedBy = starter.Name;
    }

    public Guid Id { get; private set; }

    /// <summary>What the instance runs for; <see cref="ItemId"/> and <see cref="ItemVersionId"/> name it.</summary>
    public SubjectKind Subject { get; private set; }

    /// <summary>The subject's id: the catalogue item, or the application.</summary>
    public Guid ItemId { get; private set; }

    /// <summary>The item version the instance runs for (for an application: the application's id again).</summary>
    public Guid ItemVersionId { get; private set; }

    /// <summary>The definition's legal clock, when it has one.</summary>
    public ProcessClock? Clock { get; private set; }

    public Guid DefinitionId { get; private set; }

    public string DefinitionKey { get; private set; }

    public int DefinitionNumber { get; private set; }

    public InstanceStatus Status { get; private set; }

    /// <summary>The node entered last: where a sequential instance waits (or ended).</summary>
    public string CurrentNodeId { get; private set; }

    /// <summary>Joins some paths have reached, with how many have arrived so far (empty outside parallel blocks).</summary>
    public Dictionary<string, int> JoinArrivals { get; private set; }

    public EndResult? Result { get; private set; }

    /// <summary>The outcome of the step just left (a decision may look at it).</summary>
    public string? LastOutcome { get; private set; }

    public string? LastComment { get; private set; }

    /// <summary>The ground a reviewer or leader gave when choosing to withhold.</summary>
    public Exemption? Exemption { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public string StartedBy { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    internal void MoveTo(string nodeId) => CurrentNodeId = nodeId;

    internal void StartClock(ProcessClock clock) => Clock = clock;

    /// <summary>Counts one path arriving at a join; true (and the count cleared) when it was the last.</summary>
    internal bool ArriveAtJoin(string joinId, int expected)
    {
        var arrived = JoinArrivals.GetValueOrDefault(joinId) + 1;
        // A new dictionary, so EF sees the change of the jsonb value.
        var next = new Dictionary<string, int>(JoinArrivals, StringComparer.Ordinal);
        if (arrived >= expected)
        {
            next.Remove(joinId);
        }
        else
        {
            next[joinId] = arrived;
        }

        JoinArrivals = next;
        return arrived >= expected;
    }

    internal void RecordOutcome(string outcome, string? comment, Exemption? exemption)
    {
        LastOutcome = outcome;
        LastComment = comment;
        if (exemption is not null)
        {
            Exemption = exemption;
        }
    }

    internal void Complete(EndResult result, DateTimeOffset at)
    {
        Status = InstanceStatus.Completed;
        Result = result;
        CompletedAt = at;
        Clock?.Stop(at);
    }

    internal void Repin(ProcessDefinitionVersion definition, string nodeId)
    {
        DefinitionId = definition.Id;
        DefinitionNumber = definition.Number;
        CurrentNodeId = nodeId;
    }
}
