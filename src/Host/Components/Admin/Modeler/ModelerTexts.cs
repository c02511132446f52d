using Disclosure.Workflows.Common;

namespace Disclosure.Host.Components.Admin.Modeler;

/// <summary>
/// The canvas's words, all from the catalogue: our palette and context pad (keys the canvas module
/// uses), and bpmn-js's own tool tips (keyed by its English text, which its translate service looks up).
/// </summary>
public static class ModelerTexts
{
    public static IReadOnlyDictionary<string, string> Canvas { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["palette.start"] = Word(ModelerWord.PaletteStart),
        ["palette.end"] = Word(ModelerWord.PaletteEnd),
        ["palette.timer"] = Word(ModelerWord.PaletteTimer),
        ["palette.user-task"] = Word(ModelerWord.PaletteUserTask),
        ["palette.countersign"] = Word(ModelerWord.PaletteCountersign),
        ["palette.consent"] = Word(ModelerWord.PaletteConsent),
        ["palette.publish"] = Word(ModelerWord.PalettePublish),
        ["palette.notify"] = Word(ModelerWord.PaletteNotify),
        ["palette.decision"] = Word(ModelerWord.PaletteDecision),
        ["palette.parallel"] = Word(ModelerWord.PaletteParallel),
        ["append.user-task"] = Word(ModelerWord.AppendUserTask),
        ["append.decision"] = Word(ModelerWord.AppendDecision),
        ["append.parallel"] = Word(ModelerWord.AppendParallel),
        ["append.end"] = Word(ModelerWord.AppendEnd),
        ["Activate hand tool"] = Word(ModelerWord.ToolHand),
        ["Activate lasso tool"] = Word(ModelerWord.ToolLasso),
        ["Activate create/remove space tool"] = Word(ModelerWord.ToolSpace),
        ["Activate global connect tool"] = Word(ModelerWord.ToolConnect),
        ["Delete"] = Word(ModelerWord.ToolDelete),
        ["Connect to other element"] = Word(ModelerWord.ToolConnectTo),
        ["Change element"] = Word(ModelerWord.ToolChangeKind),
        ["Search in diagram"] = Word(ModelerWord.ToolSearch),
    };

    private static string Word(ModelerWord word) => Messages.Modeler(word).Text;
}

/// <summary>A problem to draw: on the node (by node id) or element (a flow, a timer) it concerns, or on none.</summary>
public sealed record ModelerProblem(string? NodeId, string? ElementId, string Message);
