namespace Disclosure.Workflows.Catalogue.Attachments;

/// <summary>
/// A file (附件) an item version carries: its name, detected kind, length and SHA-256. The bytes are
/// stored once per distinct content (<see cref="AttachmentContent"/>), so a new version that starts
/// with its predecessor's files references the same bytes under attachments of its own: what the
/// public may download follows the version each attachment belongs to.
/// </summary>
public sealed class Attachment
{
    private Attachment()
    {
        FileName = Sha256 = AddedById = AddedByName = string.Empty;
    }

    internal Attachment(Guid versionId, string fileName, AttachmentKind kind, long length, string sha256, Actor addedBy, DateTimeOffset now)
        : this()
    {
        Id = Guid.CreateVersion7(now);
        VersionId = versionId;
        FileName = fileName;
        Kind = kind;
        Length = length;
        Sha256 = sha256;
        AddedById = addedBy.Id;
        AddedByName = addedBy.Name;
        AddedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid VersionId { get; private set; }

    /// <summary>Sanitised (<see cref="AttachmentFileName"/>); for display and download only, never a path.</summary>
    public string FileName { get; private set; }

    /// <summary>What the content is, detected from the bytes when the file was added.</summary>
    public AttachmentKind Kind { get; private set; }

    public long Length { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the content; also the key of its bytes.</summary>
    public string Sha256 { get; private set; }

    public string AddedById { get; private set; }

    public string AddedByName { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    public string MediaType => Kind.MediaType();

    /// <summary>The same file on another version: the copy keeps who added it and when.</summary>
    internal Attachment CopyTo(Guid versionId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        VersionId = versionId,
        FileName = FileName,
        Kind = Kind,
        Length = Length,
        Sha256 = Sha256,
        AddedById = AddedById,
        AddedByName = AddedByName,
        AddedAt = AddedAt,
    };
}

/// <summary>
/// The bytes of one distinct file, keyed by their SHA-256. Not part of any aggregate: attachments
/// point at it, and nothing that lists attachments ever reads it.
/// </summary>
public sealed class AttachmentContent
{
    private AttachmentContent()
    {
        Sha256 = string.Empty;
        Data = [];
    }

    public string Sha256 { get; private set; }

    public long Length { get; private set; }

    public byte[] Data { get; private set; }
}
