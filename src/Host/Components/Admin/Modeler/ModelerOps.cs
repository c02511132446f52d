namespace Disclosure.Host.Components.Admin.Modeler;

/// <summary>
/// The changes the properties panel asks the canvas to make (<c>wwwroot/js/modeler/apply.js</c>),
/// in BPMN terms (docs/bpmn-interchange.md). A list of them is applied as one undoable command.
/// </summary>
public static class ModelerOps
{
    public const string Role = "camunda:candidateGroups";
    public const string Purpose = "gk:purpose";
    public const string ByResponsibleBody = "gk:byResponsibleBody";
    public const string Result = "gk:result";
    public const string To = "gk:to";
    public const string Message = "gk:message";
    public const string EnglishName = "gk:englishName";
    public const string Outcome = "gk:outcome";
    public const string OutcomeOrder = "gk:index";
    public const string RequiresComment = "gk:requiresComment";
    public const string RequiresExemption = "gk:requiresExemption";
    public const string Consent = "gk:consent";
    public const string BranchOrder = "gk:branch";
    public const string PathOrder = "gk:path";

    public static object Name(string? value) => new { op = "name", value = Blank(value) };

    public static object Id(string value) => new { op = "id", value };

    public static object Attr(string name, string? value) => new { op = "attr", name, value = Blank(value) };

    public static object Flag(string name, bool value) => Attr(name, value ? "true" : null);

    public static object FlowName(string flowId, string? value) => new { op = "flowName", flowId, value = Blank(value) };

    public static object FlowAttr(string flowId, string name, string? value) => new { op = "flowAttr", flowId, name, value = Blank(value) };

    public static object FlowFlag(string flowId, string name, bool value) => FlowAttr(flowId, name, value ? "true" : null);

    public static object Target(string flowId, string targetId) => new { op = "target", flowId, targetId };

    /// <summary>A new flow from the element to a node, with its attributes (outcome id, consent answer…).</summary>
    public static object Connect(string targetId, string? label, IReadOnlyDictionary<string, string> attrs) => new { op = "connect", targetId, label = Blank(label), attrs };

    public static object Remove(string flowId) => new { op = "remove", flowId };

    /// <summary>The timer on the task's border; both null removes it (and the deadline flow with it).</summary>
    public static object Due(int? workingDays, string? duration, string? label) => new { op = "due", workingDays, duration = Blank(duration), label };

    public static object Deadline(string? flowId) => new { op = "deadline", flowId };

    /// <summary>The whole countersign (turning it on with a first guess), or null to turn it off.</summary>
    public static object Countersign(CountersignSnapshot? value) => new { op = "countersign", value };

    /// <summary>
    /// Some of a countersign's rules (camelCase members of <see cref="CountersignSnapshot"/>), applied to
    /// the drawing as it is when the change arrives: a change made before the panel was drawn again is kept.
    /// </summary>
    public static object CountersignFields(object fields) => new { op = "countersignPatch", fields };

    /// <summary>One role or department (<paramref name="list"/>: "roles" or "departments") added to or taken from the signers.</summary>
    public static object CountersignSigner(string list, string item, bool on) => new { op = "countersignPatch", list, item, on };

    /// <summary>An outcome id changed: the countersign's approve or reject naming the old id follows it.</summary>
    public static object CountersignRenamed(string from, string to) => new { op = "countersignPatch", renamed = new { from, to } };

    public static object Condition(string flowId, string? json) => new { op = "condition", flowId, value = json };

    public static object Otherwise(string? flowId) => new { op = "otherwise", flowId };

    public static object Order(string name, IEnumerable<string> flowIds) => new { op = "order", name, flowIds = flowIds.ToArray() };

    public static object Settings(string consentSilence, bool hasSelection, int priority, string? when) =>
        new { op = "settings", consentSilence, hasSelection, priority, when };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>One change of the panel: the element it concerns (null: the process) and the operations.</summary>
public sealed record PanelChange(string? ElementId, IReadOnlyList<object> Ops);
