using Disclosure.Testing;
using Disclosure.Workflows.Catalogue.Attachments;

namespace Disclosure.Workflows.Tests.Catalogue.Attachments;

/// <summary>The type of an upload comes from its bytes; impostors and broken structures are refused, never a crash.</summary>
public sealed class FileSignatureTests
{
    public static TheoryData<string, AttachmentKind> Accepted => new()
    {
        { nameof(SampleFiles.Pdf), AttachmentKind.Pdf },
        { nameof(SampleFiles.Docx), AttachmentKind.Word },
        { nameof(SampleFiles.Doc), AttachmentKind.WordLegacy },
        { nameof(SampleFiles.Xlsx), AttachmentKind.Excel },
        { nameof(SampleFiles.Xls), AttachmentKind.ExcelLegacy },
        { nameof(SampleFiles.Png), AttachmentKind.Png },
        { nameof(SampleFiles.Jpeg), AttachmentKind.Jpeg },
        { nameof(SampleFiles.Gif), AttachmentKind.Gif },
        { nameof(SampleFiles.WebP), AttachmentKind.WebP },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Detect_RecognisesEachAcceptedKind_ByContent(string sample, AttachmentKind expected) =>
        Assert.Equal(expected, FileSignature.Detect(Sample(sample)));

    [Theory]
    [InlineData(nameof(SampleFiles.Exe))]
    [InlineData(nameof(SampleFiles.PlainZip))]
    [InlineData(nameof(SampleFiles.Docm))]
    [InlineData(nameof(SampleFiles.Msi))]
    public void Detect_RefusesFilesOfOtherKinds(string sample) =>
        Assert.Null(FileSignature.Detect(Sample(sample)));

    [Fact]
    public void Detect_RefusesTextAndMarkup_WhateverTheyClaimToBe()
    {
        Assert.Null(FileSignature.Detect("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"u8.ToArray()));
        Assert.Null(FileSignature.Detect("<html><script>alert(1)</script></html>"u8.ToArray()));
        Assert.Null(FileSignature.Detect(" %PDF-1.4"u8.ToArray()));
        Assert.Null(FileSignature.Detect(Array.Empty<byte>()));
    }

    [Fact]
    public void Detect_RefusesATruncatedOrCorruptedPackage_WithoutThrowing()
    {
        var docx = SampleFiles.Docx();
        Assert.Null(FileSignature.Detect(docx.AsMemory(0, docx.Length / 2)));
        var corrupted = (byte[])docx.Clone();
        Array.Fill(corrupted, (byte)0x41, 30, corrupted.Length - 60);
        Assert.Null(FileSignature.Detect(corrupted));
    }

    [Fact]
    public void Detect_RefusesACompoundFileWhoseChainsLoopOrPointOutside_WithoutHanging()
    {
        var looping = SampleFiles.Doc();
        // FAT entry of the directory sector points back at itself: an endless chain.
        BitConverter.GetBytes(1u).CopyTo(looping, 512 + 4);
        Assert.Null(FileSignature.Detect(looping));

        var outside = SampleFiles.Xls();
        BitConverter.GetBytes(9999u).CopyTo(outside, 48);
        Assert.Null(FileSignature.Detect(outside));

        var huge = SampleFiles.Xls();
        BitConverter.GetBytes(uint.MaxValue).CopyTo(huge, 44);
        Assert.Null(FileSignature.Detect(huge));

        Assert.Null(FileSignature.Detect(SampleFiles.Doc().AsMemory(0, 300)));
    }

    [Fact]
    public void Detect_RandomBytesAfterEachSignature_NeverThrow()
    {
        var random = new Random(20261127);
        byte[][] prefixes = [[0x50, 0x4B, 0x03, 0x04], [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "RIFF"u8.ToArray()];
        foreach (var prefix in prefixes)
        {
            for (var i = 0; i < 200; i++)
            {
                var bytes = new byte[random.Next(prefix.Length, 4096)];
                random.NextBytes(bytes);
                prefix.CopyTo(bytes, 0);
                var detected = FileSignature.Detect(bytes);
                Assert.True(detected is null or AttachmentKind.WebP, $"random bytes after {Convert.ToHexString(prefix)} detected as {detected}");
            }
        }
    }

    private static byte[] Sample(string name) =>
        (byte[])typeof(SampleFiles).GetMethod(name)!.Invoke(null, null)!;
}
