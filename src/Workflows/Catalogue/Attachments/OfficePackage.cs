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

            var (overrides, defaults) = ContentTypes(types);
            foreach (var (partName, contentType) in overrides)
            {
                if (KindOf(contentType) is { } kind && zip.GetEntry(partName.TrimStart('/')) is not null)
                {
                    return kind;
                }
            }

            // Writers built on System.IO.Packaging (the Open XML SDK among them) may declare the main
            // part's type by its extension instead: find the main part through the package's
            // relationships and take the type its extension has.
            if (MainPart(zip) is { } main && zip.GetEntry(main) is not null && overrides.All(o => o.PartName.TrimStart('/') != main)
                && defaults.TryGetValue(Path.GetExtension(main).TrimStart('.').ToLowerInvariant(), out var byExtension))
            {
                return KindOf(byExtension);
            }

            return null;
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or IOException or NotSupportedException)
        {
            // Not a readable zip, or its content-type list is not XML: not an Office document.
            return null;
        }
    }

    private static AttachmentKind? KindOf(string contentType) => contentType switch
    {
        WordMain => AttachmentKind.Word,
        ExcelMain => AttachmentKind.Excel,
        _ => null,
    };

    private static (List<(string PartName, string ContentType)> Overrides, Dictionary<string, string> Defaults) ContentTypes(ZipArchiveEntry types)
    {
        using var stream = types.Open();
        using var reader = XmlReader.Create(stream, Settings());
        var overrides = new List<(string, string)>();
        var defaults = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Override"
                && reader.GetAttribute("PartName") is { Length: > 1 } part && reader.GetAttribute("ContentType") is { } type)
            {
                overrides.Add((part, type));
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Default"
                && reader.GetAttribute("Extension") is { Length: > 0 } extension && reader.GetAttribute("ContentType") is { } defaultType)
            {
                defaults[extension.ToLowerInvariant()] = defaultType;
            }
        }

        return (overrides, defaults);
    }

    /// <summary>The target of the package's officeDocument relationship (<c>_rels/.rels</c>), as a zip entry name.</summary>
    private static string? MainPart(ZipArchive zip)
    {
        var rels = zip.GetEntry("_rels/.rels");
        if (rels is null || rels.Length > MaxContentTypesBytes)
        {
            return null;
        }

        using var stream = rels.Open();
        using var reader = XmlReader.Create(stream, Settings());
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship"
                && reader.GetAttribute("Type")?.EndsWith("/officeDocument", StringComparison.Ordinal) == true
                && reader.GetAttribute("Target") is { Length: > 0 } target)
            {
                return target.TrimStart('/');
            }
        }

        return null;
    }

    private static XmlReaderSettings Settings() =>
        new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = MaxContentTypesBytes };

    private static MemoryStream ReadOnlyStream(ReadOnlyMemory<byte> content) =>
        MemoryMarshal.TryGetArray(content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
}
