namespace Disclosure.Workflows.Common;

// The refusals every feature throws. Each carries a message from the catalogue (Messages); the
// HTTP layer maps the kind to a status and puts the message's code and text in the problem.

/// <summary>The thing asked for does not exist (HTTP 404).</summary>
public sealed class NotFoundException(UserMessage message, Exception? innerException = null)
    : DisclosureException(message, innerException);

/// <summary>Someone else got there first, or the state moved on (HTTP 409).</summary>
public sealed class ConflictException(UserMessage message, Exception? innerException = null)
    : DisclosureException(message, innerException);

/// <summary>The caller lacks the role or the right to act (HTTP 403).</summary>
public sealed class ForbiddenException(UserMessage message, Exception? innerException = null)
    : DisclosureException(message, innerException);

/// <summary>An operation is not allowed in the current state of an item or definition (HTTP 409).</summary>
public sealed class CatalogueRuleException(UserMessage message, Exception? innerException = null)
    : DisclosureException(message, innerException);

/// <summary>A definition document that cannot even be read (HTTP 400).</summary>
public sealed class DefinitionFormatException(UserMessage message, Exception? innerException = null)
    : DisclosureException(message, innerException);

/// <summary>
/// The consent link is wrong, used or expired: deliberately one message for all three (HTTP 404), so
/// the answer tells a guesser nothing.
/// </summary>
public sealed class ConsentLinkInvalidException() : DisclosureException(Messages.ConsentLinkInvalid);
