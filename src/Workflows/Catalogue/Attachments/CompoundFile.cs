using System.Buffers.Binary;
using System.Text;

namespace Disclosure.Workflows.Catalogue.Attachments;

/// <summary>
/// Reads just enough of a Compound File Binary ([MS-CFB]) to tell a Word 97–2003 document (a
/// WordDocument stream) from an Excel 97–2003 workbook (Workbook or Book) and from every other
/// compound file (installers, Outlook messages, PowerPoint). Every offset read is bounds-checked and
/// every chain is bounded, so a crafted file is refused, never a crash or an endless loop.
/// </summary>
internal static class CompoundFile
{
    private const uint EndOfChain = 0xFFFFFFFE;
    private const int HeaderDifatEntries = 109;
    private const int DirectoryEntrySize = 128;

    private static ReadOnlySpan<byte> Signature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static bool IsCompoundFile(ReadOnlySpan<byte> head) => head.StartsWith(Signature);

    public static AttachmentKind? Detect(ReadOnlyMemory<byte> content)
    {
        var names = StreamNames(content.Span);
        if (names is null)
        {
            return null;
        }

        if (names.Contains("WordDocument"))
        {
            return AttachmentKind.WordLegacy;
        }

        return names.Contains("Workbook") || names.Contains("Book") ? AttachmentKind.ExcelLegacy : null;
    }

    /// <summary>The names of the streams in the file's directory, or null when the structure is broken.</summary>
    private static HashSet<string>? StreamNames(ReadOnlySpan<byte> file)
    {
        if (file.Length < 512)
        {
            return null;
        }

        var sectorShift = BinaryPrimitives.ReadUInt16LittleEndian(file[30..]);
        if (sectorShift is not (9 or 12))
        {
            return null;
        }

        var sectorSize = 1 << sectorShift;
        var sectorCount = (file.Length / sectorSize) - 1;
        var fat = ReadFat(file, sectorSize, sectorCount);
        if (fat is null)
        {
            return null;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var sector = BinaryPrimitives.ReadUInt32LittleEndian(file[48..]);
        for (var visited = 0; sector != EndOfChain; visited++)
        {
            if (visited > sectorCount || sector >= (uint)sectorCount || sector >= (uint)fat.Length)
            {
                return null;
            }

            var data = Sector(file, sector, sectorSize);
            for (var offset = 0; offset + DirectoryEntrySize <= data.Length; offset += DirectoryEntrySize)
            {
                var entry = data.Slice(offset, DirectoryEntrySize);
                var nameBytes = BinaryPrimitives.ReadUInt16LittleEndian(entry[64..]);
                var type = entry[66];
                if (type == 2 && nameBytes is >= 2 and <= 64 && nameBytes % 2 == 0)
                {
                    names.Add(Encoding.Unicode.GetString(entry[..(nameBytes - 2)]));
                }
            }

            sector = fat[sector];
        }

        return names;
    }

    /// <summary>The file allocation table: the sectors it lives in are listed by the header and the DIFAT chain.</summary>
    private static uint[]? ReadFat(ReadOnlySpan<byte> file, int sectorSize, int sectorCount)
    {
        var fatSectorCount = BinaryPrimitives.ReadUInt32LittleEndian(file[44..]);
        var entriesPerSector = sectorSize / 4;
        if (fatSectorCount == 0 || fatSectorCount > (uint)sectorCount)
        {
            return null;
        }

        var fatSectors = new List<uint>((int)fatSectorCount);
        for (var i = 0; i < HeaderDifatEntries && fatSectors.Count < fatSectorCount; i++)
        {
            fatSectors.Add(BinaryPrimitives.ReadUInt32LittleEndian(file[(76 + (i * 4))..]));
        }

        var difat = BinaryPrimitives.ReadUInt32LittleEndian(file[68..]);
        for (var visited = 0; fatSectors.Count < fatSectorCount; visited++)
        {
            if (visited > sectorCount || difat >= (uint)sectorCount)
            {
                return null;
            }

            var data = Sector(file, difat, sectorSize);
            for (var i = 0; i < entriesPerSector - 1 && fatSectors.Count < fatSectorCount; i++)
            {
                fatSectors.Add(BinaryPrimitives.ReadUInt32LittleEndian(data[(i * 4)..]));
            }

            difat = BinaryPrimitives.ReadUInt32LittleEndian(data[((entriesPerSector - 1) * 4)..]);
        }

        var fat = new uint[fatSectors.Count * entriesPerSector];
        for (var s = 0; s < fatSectors.Count; s++)
        {
            if (fatSectors[s] >= (uint)sectorCount)
            {
                return null;
            }

            var data = Sector(file, fatSectors[s], sectorSize);
            for (var i = 0; i < entriesPerSector; i++)
            {
                fat[(s * entriesPerSector) + i] = BinaryPrimitives.ReadUInt32LittleEndian(data[(i * 4)..]);
            }
        }

        return fat;
    }

    // Sector n starts after the header, which takes one sector's room (512 bytes, or 4096 in version 4).
    private static ReadOnlySpan<byte> Sector(ReadOnlySpan<byte> file, uint index, int sectorSize) =>
        file.Slice((int)((index + 1) * (uint)sectorSize), sectorSize);
}
