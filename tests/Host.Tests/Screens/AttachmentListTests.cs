using Bunit;
using Disclosure.Host.Components.Items;
using Disclosure.Workflows.Catalogue.Attachments;
using Disclosure.Workflows.Common;

namespace Disclosure.Host.Tests.Screens;

/// <summary>A version's files as staff see them: downloads through the staff route, removal only while the drafter may change them.</summary>
public sealed class AttachmentListTests : IDisposable
{
    private const string Hostile = "ACME\" onmouseover=\"alert(1)<script>x</script>.pdf";
    private readonly BunitContext _context = new();

    private static readonly AttachmentView Pdf = View(Hostile, AttachmentKind.Pdf, 35_000);
    private static readonly AttachmentView Sheet = View("片区责任表.xlsx", AttachmentKind.Excel, 812);

    [Fact]
    public void EachFile_LinksToTheStaffDownload_WithItsKindAndSize_AndAHostileNameStaysText()
    {
        var list = _context.Render<AttachmentList>(ps => ps
            .Add(p => p.Attachments, [Pdf, Sheet])
            .Add(p => p.VersionNumber, 2));

        var items = list.FindAll("[data-testid=attachments] li");
        Assert.Equal(2, items.Count);
        var download = items[0].QuerySelector("a[download]")!;
        Assert.Equal($"/api/attachments/{Pdf.Id}", download.GetAttribute("href"));
        Assert.Equal(Hostile, download.TextContent);
        Assert.Equal(Hostile, download.GetAttribute("download"));
        Assert.Null(download.GetAttribute("onmouseover"));
        Assert.Empty(list.FindAll("script"));
        Assert.Contains("PDF 文档 · 34.2 KB", items[0].TextContent, StringComparison.Ordinal);
        Assert.Equal($"/api/attachments/{Pdf.Id}?inline=true", items[0].QuerySelector("a.open")!.GetAttribute("href"));
        Assert.Contains("Excel 工作簿 · 812 字节", items[1].TextContent, StringComparison.Ordinal);
        Assert.Null(items[1].QuerySelector("a.open"));
        Assert.Empty(list.FindAll("button"));
    }

    [Fact]
    public void WhileTheDrafterMayChangeThem_EachFileHasARemoveButton_ThatNamesIt()
    {
        AttachmentView? removed = null;
        var list = _context.Render<AttachmentList>(ps => ps
            .Add(p => p.Attachments, [Pdf, Sheet])
            .Add(p => p.VersionNumber, 1)
            .Add(p => p.CanRemove, true)
            .Add(p => p.Remove, file => removed = file));

        var buttons = list.FindAll("button");
        Assert.Equal(["删除附件 " + Hostile, "删除附件 片区责任表.xlsx"], buttons.Select(b => b.GetAttribute("aria-label")));
        buttons[1].Click();
        Assert.Equal(Sheet, removed);
    }

    [Fact]
    public void AVersionWithoutFiles_SaysSo()
    {
        var list = _context.Render<AttachmentList>(ps => ps.Add(p => p.Attachments, []).Add(p => p.VersionNumber, 3));

        Assert.Equal(Messages.AttachmentsNone(3).Text, list.Find("[data-testid=no-attachments]").TextContent);
    }

    public void Dispose() => _context.Dispose();

    private static AttachmentView View(string name, AttachmentKind kind, long length) =>
        new(Guid.NewGuid(), Guid.NewGuid(), name, kind, Messages.Label(kind), kind.MediaType(), length, Messages.Size(length),
            new string('a', 64), new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero), "王敏");
}
