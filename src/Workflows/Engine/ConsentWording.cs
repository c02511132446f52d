using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;

namespace Disclosure.Workflows.Engine;

/// <summary>
/// The words of one consent request, from the catalogue: the message, the letter and the page are
/// built from these three sentences and nothing else, so they cannot drift apart.
/// </summary>
public sealed record ConsentWording(string Invitation, string Deadline, string Silence)
{
    public static ConsentWording For(string holderName, string itemTitle, RightsConcern concern, string details, DateTimeOffset dueAt, ConsentSilence silence) => new(
        Messages.ConsentInvitation(holderName, itemTitle, Labels.Of(concern), details).Text,
        Messages.ConsentDeadline(dueAt).Text,
        Messages.ConsentSilenceRule(silence).Text);

    /// <summary>The text of the message sent by the outbox (the link is added when it is sent).</summary>
    public string MessageBody => Invitation + Deadline + Silence;
}
