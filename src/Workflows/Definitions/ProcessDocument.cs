using System.Text.Json;
using System.Text.Json.Serialization;
using Disclosure.Workflows.Common;

namespace Disclosure.Workflows.Definitions;

/// <summary>
/// A process definition as data: the JSON document administrators edit and the engine runs.
/// Its shape is published as <c>docs/process-definition.schema.json</c>.
/// </summary>
public sealed record ProcessDocument
{
    public string Key { get; init; } = string.Empty;

    /// <summary>Chinese name users see, e.g. 标准公开审批流程.</summary>
    public string Name { get; init; } = string.Empty;

    public string EnglishName { get; init; } = string.Empty;

    public ProcessSettings Settings { get; init; } = new();

    public IReadOnlyList<NodeDocument> Nodes { get; init; } = [];

    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>Reads a document; a malformed one is refused with the JSON path of the problem.</summary>
    public static ProcessDocument FromJson(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<ProcessDocument>(json, JsonOptions)
                ?? throw new DefinitionFormatException(Messages.DefinitionEmpty);
        }
        catch (JsonException ex)
        {
            throw new DefinitionFormatException(Messages.DefinitionMalformed(ex.Path), ex);
        }
    }

    public NodeDocument? Node(string? id) => Nodes.FirstOrDefault(n => n.Id == id);
}

public sealed record ProcessSettings
{
    /// <summary>
    /// What a rights-holder's silence at the consent deadline means: refusal (the office plan's
    /// rule, the default) or that the office decides (2019 regulation Art. 32).
    /// </summary>
    public ConsentSilence ConsentSilence { get; init; } = ConsentSilence.Refuse;

    /// <summary>
    /// Which items start on this definition (see <see cref="Engine.ProcessSelection"/>); null: none by
    /// choice, only as the fallback when it is the default.
    /// </summary>
    public SelectionDocument? Selection { get; init; }

    /// <summary>What the instances run for: catalogue items (null, the default) or applications.</summary>
    public SubjectKind? Subject { get; init; }

    /// <summary>The subject, the default filled in.</summary>
    public SubjectKind SubjectOrDefault() => Subject ?? SubjectKind.Item;

    /// <summary>A legal clock over each instance (e.g. the 20 working days to answer an application); null: none.</summary>
    public ClockDocument? Clock { get; init; }
}

public enum ConsentSilence
{
    Refuse,
    OfficeDecides,
}

public enum NodeKind
{
    Start,
    End,
    UserTask,
    Consent,
    Decision,
    Publish,
    Notify,

    /// <summary>Starts every one of its <see cref="NodeDocument.Paths"/> at once (BPMN parallel gateway, diverging).</summary>
    ParallelSplit,

    /// <summary>Waits until every path of its split has arrived, then goes on (BPMN parallel gateway, converging).</summary>
    ParallelJoin,
}

/// <summary>What a step means for the law, so validation can check every path honours it.</summary>
public enum NodePurpose
{
    None,
    Drafting,
    ConfidentialityReview,
    LeaderSignOff,
    PublicInterestDecision,
}

public enum EndResult
{
    Published,
    Withheld,
    Withdrawn,
}

/// <summary>
/// One node. Which members matter depends on <see cref="Kind"/>; validation reports members a
/// kind needs and lacks.
/// </summary>
public sealed record NodeDocument
{
    public string Id { get; init; } = string.Empty;

    public NodeKind Kind { get; init; }

    public string? Name { get; init; }

    /// <summary>Start, publish, notify: the node that follows.</summary>
    public string? Next { get; init; }

    /// <summary>End: what became of the item.</summary>
    public EndResult? Result { get; init; }

    /// <summary>User task: the candidate role.</summary>
    public string? Role { get; init; }

    public NodePurpose Purpose { get; init; }

    /// <summary>User task and consent: how long the step may take.</summary>
    public DueTime? Due { get; init; }

    public IReadOnlyList<OutcomeDocument>? Outcomes { get; init; }

    /// <summary>User task: the outcome taken by itself when the due time passes.</summary>
    public string? DeadlineOutcome { get; init; }

    /// <summary>Consent: where to go when every rights-holder agrees.</summary>
    public string? OnAgreed { get; init; }

    /// <summary>Consent: where to go when any rights-holder refuses (or is silent, by default).</summary>
    public string? OnRefused { get; init; }

    /// <summary>Consent with <see cref="ConsentSilence.OfficeDecides"/>: where silence leads.</summary>
    public string? OnNoReply { get; init; }

    /// <summary>Decision: branches tried in order; the first whose condition holds is taken.</summary>
    public IReadOnlyList<BranchDocument>? Branches { get; init; }

    /// <summary>Decision: where to go when no branch holds.</summary>
    public string? Otherwise { get; init; }

    /// <summary>Notify: who is told (a role, "drafter" or "rightsHolders").</summary>
    public string? To { get; init; }

    public string? Message { get; init; }

    /// <summary>Parallel split: the first node of each path; all start together.</summary>
    public IReadOnlyList<string>? Paths { get; init; }

    /// <summary>User task: a countersign (会签) by several signers instead of one person.</summary>
    public CountersignDocument? Countersign { get; init; }

    /// <summary>
    /// User task: only holders of the role in the item's responsible body (公开主体) may act,
    /// e.g. the section head of the drafting department for the first review (初审).
    /// </summary>
    public bool ByResponsibleBody { get; init; }

    /// <summary>User task and consent: what waiting here does to the instance's clock (<see cref="ProcessSettings.Clock"/>).</summary>
    public ClockEffect? Clock { get; init; }

    /// <summary>Where a modeler drew the node (BPMN diagram coordinates); the engine ignores it.</summary>
    public NodeLayout? Layout { get; init; }
}

/// <summary>A node's shape on the canvas: top-left corner and size, in BPMN diagram units.</summary>
public sealed record NodeLayout
{
    public int X { get; init; }

    public int Y { get; init; }

    public int Width { get; init; }

    public int Height { get; init; }
}

public sealed record DueTime
{
    /// <summary>Working days on the office calendar (end of the N-th working day).</summary>
    public int? WorkingDays { get; init; }

    /// <summary>ISO-8601 duration for hour-scale steps, e.g. PT4H.</summary>
    public string? Duration { get; init; }
}

public sealed record OutcomeDocument
{
    public string Id { get; init; } = string.Empty;

    public string Label { get; init; } = string.Empty;

    public string? Next { get; init; }

    public bool RequiresComment { get; init; }

    public bool RequiresExemption { get; init; }
}

public sealed record BranchDocument
{
    public ConditionDocument? When { get; init; }

    public string? Next { get; init; }

    public string? Label { get; init; }
}

/// <summary>
/// A declarative condition on item facts: either a comparison (<c>fact</c> with <c>equals</c> or
/// <c>in</c>) or a combination (<c>all</c>, <c>any</c>, <c>not</c>). No code is ever evaluated.
/// </summary>
public sealed record ConditionDocument
{
    public Fact? Fact { get; init; }

    [JsonPropertyName("equals")]
    public JsonElement? EqualTo { get; init; }

    public IReadOnlyList<JsonElement>? In { get; init; }

    public IReadOnlyList<ConditionDocument>? All { get; init; }

    public IReadOnlyList<ConditionDocument>? Any { get; init; }

    public ConditionDocument? Not { get; init; }
}

public enum Fact
{
    /// <summary>The item's category code; "3" matches 3 and every sub-item 3.x.</summary>
    Category,
    Timing,
    HasRightsHolders,
    WithheldGround,
    LastOutcome,
}
