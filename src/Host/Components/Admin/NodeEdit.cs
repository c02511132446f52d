using Disclosure.Workflows.Definitions;

namespace Disclosure.Host.Components.Admin;

/// <summary>A change a step's form asks for: the step it concerns and the edit of the whole document.</summary>
public sealed record NodeEdit(string NodeId, Func<ProcessDocument, ProcessDocument> Change);
