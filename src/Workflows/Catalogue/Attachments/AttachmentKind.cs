namespace Disclosure.Workflows.Catalogue.Attachments;

/// <summary>The kinds of file an item version may carry, as detected from the file's content.</summary>
public enum AttachmentKind
{
    Pdf,

    /// <summary>Word 2007 and later (.docx), an Office Open XML package.</summary>
    Word,

    /// <summary>Word 97–2003 (.doc), a compound file holding a WordDocument stream.</summary>
    WordLegacy,

    /// <summary>Excel 2007 and later (.xlsx).</summary>
    Excel,

    /// <summary>Excel 97–2003 (.xls), a compound file holding a Workbook stream.</summary>
    ExcelLegacy,

    Png,
    Jpeg,
    Gif,
    WebP,
}

/// <summary>What each kind is called on the wire and on disk.</summary>
public static class AttachmentKinds
{
    public static string MediaType(this AttachmentKind kind) => kind switch
    {
        AttachmentKind.Pdf => "application/pdf",
        AttachmentKind.Word => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        AttachmentKind.WordLegacy => "application/msword",
        AttachmentKind.Excel => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        AttachmentKind.ExcelLegacy => "application/vnd.ms-excel",
        AttachmentKind.Png => "image/png",
        AttachmentKind.Jpeg => "image/jpeg",
        AttachmentKind.Gif => "image/gif",
        AttachmentKind.WebP => "image/webp",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The file-name extensions (lower case, with the dot) that may carry the kind; the first is the usual one.</summary>
    public static IReadOnlyList<string> Extensions(this AttachmentKind kind) => kind switch
    {
        AttachmentKind.Pdf => [".pdf"],
        AttachmentKind.Word => [".docx"],
        AttachmentKind.WordLegacy => [".doc"],
        AttachmentKind.Excel => [".xlsx"],
        AttachmentKind.ExcelLegacy => [".xls"],
        AttachmentKind.Png => [".png"],
        AttachmentKind.Jpeg => [".jpg", ".jpeg"],
        AttachmentKind.Gif => [".gif"],
        AttachmentKind.WebP => [".webp"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>
    /// Browsers show these themselves without running anything of the page's origin, so they may be
    /// opened in the browser; everything else is always a download.
    /// </summary>
    public static bool MayOpenInline(this AttachmentKind kind) =>
        kind is AttachmentKind.Pdf or AttachmentKind.Png or AttachmentKind.Jpeg or AttachmentKind.Gif or AttachmentKind.WebP;

    public static bool IsImage(this AttachmentKind kind) =>
        kind is AttachmentKind.Png or AttachmentKind.Jpeg or AttachmentKind.Gif or AttachmentKind.WebP;

    /// <summary>Every extension accepted, for the file picker's accept attribute and for messages.</summary>
    public static IReadOnlyList<string> AllExtensions { get; } = [.. Enum.GetValues<AttachmentKind>().SelectMany(Extensions)];
}
