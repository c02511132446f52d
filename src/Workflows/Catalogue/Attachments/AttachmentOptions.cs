namespace Disclosure.Workflows.Catalogue.Attachments;

/// <summary>Configuration section <c>Attachments</c>.</summary>
public sealed class AttachmentOptions
{
    public const string Section = "Attachments";

    /// <summary>Largest file accepted, in bytes (20 MB: a scanned multi-page notice fits, a video does not).</summary>
    public long MaxBytes { get; set; } = 20L * 1024 * 1024;
}
