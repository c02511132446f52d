using Disclosure.Workflows.Common;

namespace Disclosure.Workflows.Definitions.Bpmn;

/// <summary>One thing in a .bpmn file the engine cannot run: the element's id and type, and why.</summary>
public sealed record BpmnProblem(string? ElementId, string? ElementType, string Message);

/// <summary>A .bpmn file was refused; nothing was stored (maps to HTTP 400 with every problem).</summary>
public sealed class BpmnImportException : DisclosureException
{
    public BpmnImportException(IReadOnlyList<BpmnProblem> problems)
        : base(Messages.BpmnRefused((problems ?? throw new ArgumentNullException(nameof(problems))).Count))
    {
        Problems = problems;
    }

    public BpmnImportException(BpmnProblem problem)
        : this([problem])
    {
    }

    public IReadOnlyList<BpmnProblem> Problems { get; }
}
