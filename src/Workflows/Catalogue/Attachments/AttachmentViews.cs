using Disclosure.Workflows.Common;

namespace Disclosure.Workflows.Catalogue.Attachments;

/// <summary>An attachment as staff see it (never its bytes).</summary>
public sealed record AttachmentView(
    Guid Id, Guid VersionId, string FileName, AttachmentKind Kind, string KindLabel, string MediaType, long Length, string SizeLabel,
    string Sha256, DateTimeOffset AddedAt, string AddedByName)
{
    public static AttachmentView Of(Attachment a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.Id, a.VersionId, a.FileName, a.Kind, Messages.Label(a.Kind), a.MediaType, a.Length, Messages.Size(a.Length), a.Sha256, a.AddedAt, a.AddedByName);
    }
}

/// <summary>The files of one version, and whether its drafter may still add or remove them.</summary>
public sealed record VersionAttachments(Guid ItemId, Guid VersionId, int VersionNumber, bool Editable, IReadOnlyList<AttachmentView> Attachments);

/// <summary>An attachment of a published version, as the public column and the feed list it.</summary>
public sealed record PublicAttachment(Guid Id, string FileName, string MediaType, string KindLabel, long Length, string SizeLabel, bool MayOpenInline);

/// <summary>What a download needs: the name to offer, the detected type, the length and the key of the bytes.</summary>
public sealed record AttachmentFile(Guid Id, string FileName, AttachmentKind Kind, long Length, string Sha256)
{
    public string MediaType => Kind.MediaType();
}
