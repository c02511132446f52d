using Disclosure.Workflows.Catalogue.Attachments;

namespace Disclosure.Workflows.Applications;

public enum ApplicationFilePurpose
{
    /// <summary>Sent with the application.</summary>
    Application,

    /// <summary>Sent with a correction (补正材料).</summary>
    Correction,
}

/// <summary>
/// A file an applicant sent: staff only, never public. The bytes live with the attachments'
/// (<see cref="AttachmentContent"/>, stored once per content), so the same size limit, type
/// detection and storage serve both.
/// </summary>
public sealed class ApplicationFile
{
    private ApplicationFile()
    {
        FileName = Sha256 = string.Empty;
    }

    internal ApplicationFile(Guid applicationId, ApplicationFilePurpose purpose, string fileName, AttachmentKind kind, long length, string sha256, DateTimeOffset now)
        : this()
    {
        Id = Guid.CreateVersion7(now);
        ApplicationId = applicationId;
        Purpose = purpose;
        FileName = fileName;
        Kind = kind;
        Length = length;
        Sha256 = sha256;
        AddedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    public ApplicationFilePurpose Purpose { get; private set; }

    public string FileName { get; private set; }

    public AttachmentKind Kind { get; private set; }

    public long Length { get; private set; }

    public string Sha256 { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }
}

/// <summary>The last number given in a year; incremented in the transaction that stores the application.</summary>
public sealed class ApplicationCounter
{
    private ApplicationCounter()
    {
    }

    public int Year { get; private set; }

    public int Last { get; private set; }
}
