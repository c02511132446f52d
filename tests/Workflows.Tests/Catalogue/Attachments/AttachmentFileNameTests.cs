using Disclosure.Workflows.Catalogue.Attachments;

namespace Disclosure.Workflows.Tests.Catalogue.Attachments;

public sealed class AttachmentFileNameTests
{
    [Theory]
    [InlineData("预算公开.pdf", "预算公开.pdf")]
    [InlineData(@"C:\fakepath\预算公开.pdf", "预算公开.pdf")]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("a\"b<c>d|e?f*g:h.pdf", "a＂b＜c＞d｜e？f＊g：h.pdf")]
    [InlineData("\"><script>alert(1)<\\script>.png", "script＞.png")]
    [InlineData("evil\u202Efdp.exe", "evilfdp.exe")]
    [InlineData("line\r\nbreak\t.doc", "linebreak.doc")]
    [InlineData("  ..hidden.xls.  ", "hidden.xls")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Sanitise_KeepsAReadableLastSegment_WithoutPathsControlsOrReservedCharacters(string? given, string expected) =>
        Assert.Equal(expected, AttachmentFileName.Sanitise(given));

    [Fact]
    public void Sanitise_DropsLoneSurrogates_AndShortensLongNames_KeepingTheExtension()
    {
        Assert.Equal("ab.pdf", AttachmentFileName.Sanitise("a\uD800b.pdf"));

        var longName = AttachmentFileName.Sanitise(new string('公', 300) + ".xlsx");
        Assert.Equal(AttachmentFileName.MaxLength, longName.Length);
        Assert.EndsWith("公.xlsx", longName, StringComparison.Ordinal);

        var emoji = AttachmentFileName.Sanitise(new string('a', 194) + "😀😀.pdf");
        Assert.True(emoji.Length <= AttachmentFileName.MaxLength);
        Assert.False(char.IsHighSurrogate(emoji[^5]), "a surrogate pair was split");
    }

    [Theory]
    [InlineData("报告.PDF", ".pdf")]
    [InlineData("archive.tar.gz", ".gz")]
    [InlineData("noextension", "")]
    [InlineData(".pdf", "")]
    public void Extension_IsTheLowerCaseLastSuffix(string name, string expected) =>
        Assert.Equal(expected, AttachmentFileName.Extension(name));
}
