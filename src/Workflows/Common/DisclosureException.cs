namespace Disclosure.Workflows.Common;

/// <summary>
/// Base of the refusals every feature throws (not found, conflict, forbidden, validation, …): each
/// carries a <see cref="UserMessage"/> from the catalogue, whose text is the exception's message.
/// </summary>
public abstract class DisclosureException : Exception
{
    protected DisclosureException(UserMessage message, Exception? innerException = null)
        : base((message ?? throw new ArgumentNullException(nameof(message))).Text, innerException)
    {
        UserMessage = message;
    }

    public UserMessage UserMessage { get; }

    /// <summary>The stable machine code API clients see in the problem document.</summary>
    public string Code => UserMessage.Code;
}
