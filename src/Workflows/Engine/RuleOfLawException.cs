using Disclosure.Workflows.Common;

namespace Disclosure.Workflows.Engine;

/// <summary>How a refusal on a rule of law answers: the person may not act (403), or the state may not move (409).</summary>
public enum LawRefusal
{
    NotThisPerson,
    NotNow,
}

/// <summary>
/// The engine refused a step because it would break a rule of law that no definition can change
/// (ADR 0005): the message names the step and the rule, the code is stable for clients.
/// </summary>
public sealed class RuleOfLawException(UserMessage message, LawRefusal refusal) : DisclosureException(message)
{
    public LawRefusal Refusal { get; } = refusal;
}
