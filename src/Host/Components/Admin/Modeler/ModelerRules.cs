using System.Text.RegularExpressions;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions.Bpmn;

namespace Disclosure.Host.Components.Admin.Modeler;

/// <summary>The checks the panel makes as the administrator types, before anything reaches the canvas.</summary>
public static partial class ModelerRules
{
    public const int MaxStepId = 64;

    /// <summary>A due duration as the schema allows it (docs/process-definition.schema.json).</summary>
    public static bool IsDuration(string text) => DurationShape().IsMatch(text);

    /// <summary>
    /// Why a step id cannot be used, or null. Step ids are written as the element's own id, so they
    /// must be XML ids not shaped like the ids the BPMN exporter generates (one rule: BpmnExporter.IsOwnId).
    /// </summary>
    public static UserMessage? StepIdProblem(string id) =>
        id.Length is 0 or > MaxStepId || !BpmnExporter.IsOwnId(id) ? Messages.ModelerStepIdInvalid(MaxStepId, "Flow_、Timer_、Node_") : null;

    [GeneratedRegex(@"^P(?!$)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$")]
    private static partial Regex DurationShape();
}
