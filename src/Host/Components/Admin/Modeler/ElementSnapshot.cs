namespace Disclosure.Host.Components.Admin.Modeler;

/// <summary>
/// What the canvas reports of the selected element (or of the process when nothing is selected):
/// the node as the BPMN importer will read it, its outgoing flows and the nodes a flow may lead to.
/// Written by <c>wwwroot/js/modeler/describe.js</c>; the properties panel renders it.
/// </summary>
public sealed record ElementSnapshot
{
    public string ElementId { get; init; } = string.Empty;

    public string? NodeId { get; init; }

    /// <summary>start, end, userTask, consent, decision, parallelSplit, parallelJoin, publish, notify, process, other.</summary>
    public string Kind { get; init; } = string.Empty;

    public string? BpmnType { get; init; }

    public string? Name { get; init; }

    /// <summary>The flow the user clicked, shown as part of the node it leaves.</summary>
    public string? SelectedFlowId { get; init; }

    public string? Role { get; init; }

    public string? Purpose { get; init; }

    public bool ByResponsibleBody { get; init; }

    public string? Result { get; init; }

    public string? To { get; init; }

    public string? Message { get; init; }

    public DueSnapshot? Due { get; init; }

    public IReadOnlyList<FlowSnapshot> Flows { get; init; } = [];

    public int Incoming { get; init; }

    public CountersignSnapshot? Countersign { get; init; }

    public string? EnglishName { get; init; }

    public SettingsSnapshot? Settings { get; init; }

    /// <summary>The process's consent-silence setting (refuse or officeDecides), for the words of a consent step's answers.</summary>
    public string? ProcessSilence { get; init; }

    public IReadOnlyList<TargetSnapshot> Targets { get; init; } = [];

    /// <summary>Every outcome of the process's user tasks, with its label and step (a condition on the last outcome names one by id).</summary>
    public IReadOnlyList<OutcomeSnapshot> Outcomes { get; init; } = [];

    public FlowSnapshot? Flow(string? flowId) => Flows.FirstOrDefault(f => f.FlowId == flowId);
}

public sealed record DueSnapshot(string TimerId, int? WorkingDays, string? Duration, bool Interrupting);

public sealed record FlowSnapshot
{
    public string FlowId { get; init; } = string.Empty;

    public string? Label { get; init; }

    public string? Outcome { get; init; }

    public TargetSnapshot? Target { get; init; }

    public bool RequiresComment { get; init; }

    public bool RequiresExemption { get; init; }

    /// <summary>Leaves from the timer on the task's border: the deadline outcome.</summary>
    public bool FromTimer { get; init; }

    public string? Consent { get; init; }

    /// <summary>The branch's condition as the definition's declarative JSON.</summary>
    public string? Condition { get; init; }

    public bool IsDefault { get; init; }

    /// <summary>The outcome id the importer will read: gk:outcome, else the flow id.</summary>
    public string OutcomeId => string.IsNullOrEmpty(Outcome) ? FlowId : Outcome;
}

/// <summary>An outcome of a user task as the importer will read it: its id, its label (the flow's name) and the step's name or id.</summary>
public sealed record OutcomeSnapshot(string Id, string? Label, string Step);

public sealed record TargetSnapshot(string ElementId, string NodeId, string? Name, string? Kind = null)
{
    public string Display => string.IsNullOrWhiteSpace(Name) ? NodeId : $"{Name}（{NodeId}）";
}

public sealed record CountersignSnapshot
{
    public bool MultiInstance { get; init; }

    public string? Signers { get; init; }

    public IReadOnlyList<string> Roles { get; init; } = [];

    public IReadOnlyList<string> Departments { get; init; } = [];

    public string? Completion { get; init; }

    public int? AtLeast { get; init; }

    public string? OnReject { get; init; }

    public string? Approve { get; init; }

    public string? Reject { get; init; }
}

public sealed record SettingsSnapshot(string? ConsentSilence, bool HasSelection, int? Priority, string? When);

/// <summary>What the canvas reports after each command: whether undo and redo are possible.</summary>
public sealed record CanvasState(bool CanUndo, bool CanRedo);
