using Disclosure.Workflows.Common;

namespace Disclosure.Workflows.Definitions;

/// <summary>One reason a definition cannot be published: the node, the rule, and plain words.</summary>
/// <param name="NodeId">The node concerned, or null for the whole definition.</param>
/// <param name="Rule">The rule broken: the stable machine code clients read (e.g. <c>missing-target</c>).</param>
/// <param name="Message">The finding in Chinese, from the message catalogue.</param>
public sealed record DefinitionError(string? NodeId, string Rule, string Message)
{
    public DefinitionError(string? nodeId, string rule, UserMessage message)
        : this(nodeId, rule, (message ?? throw new ArgumentNullException(nameof(message))).Text)
    {
    }
}
