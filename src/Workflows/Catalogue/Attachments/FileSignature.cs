namespace Disclosure.Workflows.Catalogue.Attachments;

/// <summary>
/// Tells what a file is from its bytes, never from its name: magic numbers for PDF and images, the
/// compound-file directory for .doc/.xls, and the package's declared main part for .docx/.xlsx. A
/// file that is none of the accepted kinds (an executable, a script, a macro-enabled workbook, a
/// zip that is not an Office document) gets null.
/// </summary>
public static class FileSignature
{
    private static ReadOnlySpan<byte> Pdf => "%PDF-"u8;

    private static ReadOnlySpan<byte> Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> Jpeg => [0xFF, 0xD8, 0xFF];

    private static ReadOnlySpan<byte> Gif87 => "GIF87a"u8;

    private static ReadOnlySpan<byte> Gif89 => "GIF89a"u8;

    private static ReadOnlySpan<byte> Riff => "RIFF"u8;

    private static ReadOnlySpan<byte> WebP => "WEBP"u8;

    private static ReadOnlySpan<byte> Zip => [0x50, 0x4B, 0x03, 0x04];

    public static AttachmentKind? Detect(ReadOnlyMemory<byte> content)
    {
        var head = content.Span;
        if (head.StartsWith(Pdf))
        {
            return AttachmentKind.Pdf;
        }

        if (head.StartsWith(Png))
        {
            return AttachmentKind.Png;
        }

        if (head.StartsWith(Jpeg))
        {
            return AttachmentKind.Jpeg;
        }

        if (head.StartsWith(Gif87) || head.StartsWith(Gif89))
        {
            return AttachmentKind.Gif;
        }

        if (head.Length >= 12 && head.StartsWith(Riff) && head[8..12].SequenceEqual(WebP))
        {
            return AttachmentKind.WebP;
        }

        if (head.StartsWith(Zip))
        {
            return OfficePackage.Detect(content);
        }

        return CompoundFile.IsCompoundFile(head) ? CompoundFile.Detect(content) : null;
    }
}
