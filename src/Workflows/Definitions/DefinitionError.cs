namespace Disclosure.Workflows.Definitions;

/// <summary>One reason a definition cannot be published: the node, the rule, and plain words.</summary>
public sealed record DefinitionError(string? NodeId, string Rule, string Message);
