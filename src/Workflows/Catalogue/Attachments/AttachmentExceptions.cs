using Disclosure.Workflows.Common;

namespace Disclosure.Workflows.Catalogue.Attachments;

/// <summary>The upload is not an acceptable file (maps to HTTP 400, naming the form field).</summary>
public sealed class AttachmentRejectedException(UserMessage message) : DisclosureException(message)
{
    /// <summary>The multipart form field the file travels in.</summary>
    public const string Field = "file";
}

/// <summary>The upload is larger than <c>Attachments:MaxBytes</c> (maps to HTTP 413).</summary>
public sealed class AttachmentTooLargeException(long maxBytes) : DisclosureException(Messages.AttachmentTooLarge(maxBytes))
{
    public long MaxBytes { get; } = maxBytes;
}
