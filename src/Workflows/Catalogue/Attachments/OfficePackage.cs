using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Xml;

namespace Disclosure.Workflows.Catalogue.Attachments;

/// <summary>
/// Tells a Word (.docx) or Excel (.xlsx) file from any other zip by its Office Open XML structure:
/// <c>[Content_Types].xml</c> must declare a document or workbook main part, and that part must be
/// in the package. Macro-enabled documents and templates declare other types and are refused.
/// </summary>
internal static class OfficePackage
{
    private const string WordMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string ExcelMain = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    // [Content_Types].xml is a few kilobytes; a bigger one is a decompression bomb, not a document.
    private const int MaxContentTypesBytes = 1 << 20;

    public static AttachmentKind? Detect(ReadOnlyMemory<byte> content)
    {
        try
        {
            using var zip = new ZipArchive(ReadOnlyStream(content), ZipArchiveMode.Read);
            var types = zip.GetEntry("[Content_Types].xml");
            if (types is null || types.Length > MaxContentTypesBytes)
            {
                return null;
            }

            foreach (var (partName, contentType) in Overrides(types))
            {
                var kind = contentType switch
                {
                    WordMain => AttachmentKind.Word,
                    ExcelMain => AttachmentKind.Excel,
                    _ => (AttachmentKind?)null,
                };
                if (kind is not null && zip.GetEntry(partName.TrimStart('/')) is not null)
                {
                    return kind;
                }
            }

            return null;
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or IOException or NotSupportedException)
        {
            // Not a readable zip, or its content-type list is not XML: not an Office document.
            return null;
        }
    }

    private static List<(string PartName, string ContentType)> Overrides(ZipArchiveEntry types)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = MaxContentTypesBytes };
        using var stream = types.Open();
        using var reader = XmlReader.Create(stream, settings);
        var overrides = new List<(string, string)>();
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Override"
                && reader.GetAttribute("PartName") is { Length: > 1 } part && reader.GetAttribute("ContentType") is { } type)
            {
                overrides.Add((part, type));
            }
        }

        return overrides;
    }

    private static MemoryStream ReadOnlyStream(ReadOnlyMemory<byte> content) =>
        MemoryMarshal.TryGetArray(content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
}
