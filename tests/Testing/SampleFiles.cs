using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Disclosure.Testing;

/// <summary>
/// Small but structurally real files of every accepted kind, and the impostors the upload must
/// refuse. Built in code so every byte a test relies on is visible here.
/// </summary>
public static class SampleFiles
{
    /// <summary>A one-page PDF reading "Yong'an notice" (valid cross-reference table, opens in Chromium).</summary>
    public static byte[] Pdf()
    {
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length 44 >>\nstream\nBT /F1 18 Tf 20 70 Td (Yong'an notice) Tj ET\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];
        var text = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(text.Length);
            text.Append(FormattableString.Invariant($"{i + 1} 0 obj\n{objects[i]}\nendobj\n"));
        }

        var xref = text.Length;
        text.Append(FormattableString.Invariant($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets)
        {
            text.Append(FormattableString.Invariant($"{offset:D10} 00000 n \n"));
        }

        text.Append(FormattableString.Invariant($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"));
        return Encoding.ASCII.GetBytes(text.ToString());
    }

    /// <summary>A 1×1 red PNG.</summary>
    public static byte[] Png() => Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC");

    /// <summary>A 1×1 JPEG (JFIF).</summary>
    public static byte[] Jpeg() => Convert.FromBase64String(
        "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8QEBEQCgwSExIQEw8QEBD/yQALCAABAAEBAREA/8wABgAQEAX/2gAIAQEAAD8A0s8g/9k=");

    /// <summary>A 1×1 GIF.</summary>
    public static byte[] Gif() => Convert.FromBase64String("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    /// <summary>A 1×1 lossy WebP.</summary>
    public static byte[] WebP() => Convert.FromBase64String("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");

    /// <summary>A Word document: the package parts Word itself writes first.</summary>
    public static byte[] Docx() => Package(
        "word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        """<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>永安街道</w:t></w:r></w:p></w:body></w:document>""");

    /// <summary>An Excel workbook.</summary>
    public static byte[] Xlsx() => Package(
        "xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        """<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>""");

    /// <summary>A macro-enabled Word document (.docm): a zip with Word's structure, but not an accepted kind.</summary>
    public static byte[] Docm() => Package(
        "word/document.xml", "application/vnd.ms-word.document.macroEnabled.main+xml",
        """<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>""");

    /// <summary>A zip of a text file: what a .docx that is not a Word document looks like.</summary>
    public static byte[] PlainZip()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("not a document");
        }

        return buffer.ToArray();
    }

    /// <summary>A Word 97–2003 document: a compound file with a WordDocument stream.</summary>
    public static byte[] Doc() => CompoundFile("WordDocument", "1Table");

    /// <summary>An Excel 97–2003 workbook: a compound file with a Workbook stream.</summary>
    public static byte[] Xls() => CompoundFile("Workbook");

    /// <summary>A compound file of another kind (an installer's streams).</summary>
    public static byte[] Msi() => CompoundFile("\u4840\u3f3f\u4577\u446c\u3b6a\u45e4\u4824");

    /// <summary>The start of a Windows executable.</summary>
    public static byte[] Exe()
    {
        var bytes = new byte[512];
        "MZ"u8.CopyTo(bytes);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(0x3C), 0x80);
        "PE\0\0"u8.CopyTo(bytes.AsSpan(0x80));
        return bytes;
    }

    private static byte[] Package(string mainPart, string mainType, string mainXml)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", $"""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/{mainPart}" ContentType="{mainType}"/></Types>
                """);
            Write(zip, "_rels/.rels", $"""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="{mainPart}"/></Relationships>
                """);
            Write(zip, mainPart, mainXml);
        }

        return buffer.ToArray();
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }

    /// <summary>
    /// A version 3 compound file ([MS-CFB]): header, one FAT sector, one directory sector holding the
    /// root entry and the named (empty) streams.
    /// </summary>
    private static byte[] CompoundFile(params string[] streams)
    {
        const int Sector = 512;
        const uint Free = 0xFFFFFFFF, EndOfChain = 0xFFFFFFFE, FatSector = 0xFFFFFFFD;
        var file = new byte[Sector * 3];
        var header = file.AsSpan(0, Sector);
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[24..], 0x3E);
        BinaryPrimitives.WriteUInt16LittleEndian(header[26..], 3);
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(header[30..], 9);
        BinaryPrimitives.WriteUInt16LittleEndian(header[32..], 6);
        BinaryPrimitives.WriteUInt32LittleEndian(header[44..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(header[48..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(header[56..], 4096);
        BinaryPrimitives.WriteUInt32LittleEndian(header[60..], EndOfChain);
        BinaryPrimitives.WriteUInt32LittleEndian(header[68..], EndOfChain);
        BinaryPrimitives.WriteUInt32LittleEndian(header[76..], 0);
        for (var i = 1; i < 109; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header[(76 + (i * 4))..], Free);
        }

        var fat = file.AsSpan(Sector, Sector);
        fat.Fill(0xFF);
        BinaryPrimitives.WriteUInt32LittleEndian(fat, FatSector);
        BinaryPrimitives.WriteUInt32LittleEndian(fat[4..], EndOfChain);

        var directory = file.AsSpan(Sector * 2, Sector);
        string[] names = ["Root Entry", .. streams];
        if (names.Length > 4)
        {
            throw new ArgumentException("One directory sector holds four entries.", nameof(streams));
        }

        for (var i = 0; i < names.Length; i++)
        {
            var entry = directory.Slice(i * 128, 128);
            var name = Encoding.Unicode.GetBytes(names[i] + "\0");
            name.CopyTo(entry);
            BinaryPrimitives.WriteUInt16LittleEndian(entry[64..], (ushort)name.Length);
            entry[66] = (byte)(i == 0 ? 5 : 2);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[68..], Free);
            // Siblings as a chain to the right, the root's child the first stream: a valid (if unbalanced) tree.
            BinaryPrimitives.WriteUInt32LittleEndian(entry[72..], i > 0 && i + 1 < names.Length ? (uint)(i + 1) : Free);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[76..], i == 0 && names.Length > 1 ? 1u : Free);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[116..], EndOfChain);
        }

        for (var i = names.Length; i < 4; i++)
        {
            var entry = directory.Slice(i * 128, 128);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[68..], Free);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[72..], Free);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[76..], Free);
        }

        return file;
    }
}
