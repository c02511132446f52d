using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Definitions;

namespace Disclosure.Workflows.Engine;

public enum TaskKind
{
    /// <summary>A person with the role decides.</summary>
    User,

    /// <summary>Waiting for rights-holders to answer consent requests.</summary>
    Consent,
}

public enum WorkTaskStatus
{
    Open,
    Completed,
    Cancelled,
}

/// <summary>A step waiting for people: a user task for a role, or the wait for consent answers.</summary>
public sealed class WorkflowTask
{
    private WorkflowTask()
    {
        NodeId = Name = Role = string.Empty;
    }

    internal WorkflowTask(WorkflowInstance instance, NodeDocument node, TaskKind kind, DateTimeOffset now, DateTimeOffset? dueAt, bool dueEstimated,
        Signer? signer = null, Guid? countersignGroup = null)
        : this()
    {
        Id = Guid.CreateVersion7(now);
        InstanceId = instance.Id;
        ItemId = instance.ItemId;
        ItemVersionId = instance.ItemVersionId;
        NodeId = node.Id;
        Name = node.Name ?? node.Id;
        Role = signer?.Role ?? node.Role ?? string.Empty;
        Department = signer?.Department;
        CountersignGroup = countersignGroup;
        Purpose = node.Purpose;
        Kind = kind;
        Status = WorkTaskStatus.Open;
        CreatedAt = now;
        DueAt = dueAt;
        DueEstimated = dueEstimated;
        DeadlineOutcome = node.DeadlineOutcome;
    }

    public Guid Id { get; private set; }

    public Guid InstanceId { get; private set; }

    public Guid ItemId { get; private set; }

    public Guid ItemVersionId { get; private set; }

    public string NodeId { get; private set; }

    public string Name { get; private set; }

    /// <summary>Candidate role (empty for consent waits).</summary>
    public string Role { get; private set; }

    /// <summary>Only holders of the role in this department may act (a countersign signer, or a task of the responsible body).</summary>
    public string? Department { get; private set; }

    /// <summary>The signer tasks of one countersign share this id (null for other tasks).</summary>
    public Guid? CountersignGroup { get; private set; }

    /// <summary>What the step means for the law (copied from the node), so inboxes and the separation of duties need no definition.</summary>
    public NodePurpose Purpose { get; private set; }

    public TaskKind Kind { get; private set; }

    public WorkTaskStatus Status { get; private set; }

    public string? ClaimedById { get; private set; }

    public string? ClaimedByName { get; private set; }

    public DateTimeOffset? ClaimedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? DueAt { get; private set; }

    /// <summary>The due date crosses a year whose holiday schedule is not entered yet.</summary>
    public bool DueEstimated { get; private set; }

    /// <summary>The outcome taken by itself when the due time passes (null: reminders only).</summary>
    public string? DeadlineOutcome { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public string? CompletedById { get; private set; }

    public string? CompletedByName { get; private set; }

    public string? Outcome { get; private set; }

    public string? Comment { get; private set; }

    internal void Claim(Actor actor, DateTimeOffset at)
    {
        ClaimedById = actor.Id;
        ClaimedByName = actor.Name;
        ClaimedAt = at;
    }

    internal void Unclaim()
    {
        ClaimedById = null;
        ClaimedByName = null;
        ClaimedAt = null;
    }

    internal void Complete(string outcome, string? comment, Actor actor, DateTimeOffset at)
    {
        Status = WorkTaskStatus.Completed;
        Outcome = outcome;
        Comment = comment;
        CompletedById = actor.Id;
        CompletedByName = actor.Name;
        CompletedAt = at;
    }

    internal void Cancel(DateTimeOffset at, string reason)
    {
        Status = WorkTaskStatus.Cancelled;
        CompletedAt = at;
        Comment = reason;
    }

    internal void Remap(NodeDocument node)
    {
        NodeId = node.Id;
        Name = node.Name ?? node.Id;
        // A signer keeps the role (and department) they were asked to sign for.
        Role = CountersignGroup is null ? node.Role ?? string.Empty : Role;
        Purpose = node.Purpose;
        DeadlineOutcome = node.DeadlineOutcome;
    }

    /// <summary>The clock will not act on this task: its deadline outcome would break a rule of law.</summary>
    internal void DisarmDeadline() => DeadlineOutcome = null;
}

/// <summary>Who may act on a task: holders of the role, in the department when one is named.</summary>
public sealed record Signer(string Role, string? Department);
