using System.Net;
using System.Xml.Linq;
using Disclosure.Host.Tests.Api;
using Disclosure.Testing;

namespace Disclosure.Host.Tests.PublicPages;

/// <summary>The public column's pages and feed over HTTP: hostile text stays text, published files are listed and fed.</summary>
public sealed class PublicPagesTests(DisclosureAppFactory factory) : IClassFixture<DisclosureAppFactory>
{
    private const string HostileTitle = "通知<script>alert('t')</script>\"><img src=x onerror=alert(1)><a href=\"javascript:alert(2)\">点我</a>";

    [Fact]
    public async Task HostileTitlesBodiesAndFileNames_RenderAsText_OnTheColumnAndTheItemPage()
    {
        var office = await Office.SignInAsync(factory);
        var input = SampleItems.DivisionOfDuties(HostileTitle) with
        {
            ResponsibleBody = "党政办<b onmouseover=alert(3)>公室</b>",
            LegalBasis = "\" autofocus onfocus=\"alert(4)",
            AudienceNote = "</dd><script>alert(5)</script>",
            Audience = "SpecificGroup",
            Body = "<p>正文</p><script>alert(6)</script><img src=x onerror=alert(7)><a href=\"javascript:alert(8)\">链接</a>",
        };
        var itemId = await ApprovalPathApiTests.CreateAsync(office.Drafter, input);
        await office.Drafter.UploadJson(itemId, "\"><svg onload=alert(9)>.png", SampleFiles.Png());
        await AttachmentsApiTests.PublishAsync(office, itemId);
        var versionId = (await office.Drafter.GetJson($"/api/items/{itemId}")).GetProperty("versions")[0].GetProperty("id").GetGuid();

        var column = await office.Anonymous.GetStringAsync(new Uri("/gongkai?q=" + Uri.EscapeDataString("通知<script>"), UriKind.Relative));
        var page = await office.Anonymous.GetStringAsync(new Uri($"/gongkai/{versionId}", UriKind.Relative));

        foreach (var html in new[] { column, page })
        {
            Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("onerror=alert", html.Replace("onerror=alert(1)&gt;", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("通知&lt;script&gt;alert(&#x27;t&#x27;)&lt;/script&gt;", html, StringComparison.Ordinal);
        }

        Assert.Contains("党政办&lt;b onmouseover=alert(3)&gt;公室&lt;/b&gt;", page, StringComparison.Ordinal);
        Assert.Contains("&quot; autofocus onfocus=&quot;alert(4)", page, StringComparison.Ordinal);
        Assert.Contains("&lt;/dd&gt;&lt;script&gt;alert(5)&lt;/script&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("＂＞＜svg onload=alert(9)＞.png", page, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(6)", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePublishedFiles_AreListedOnTheItemPage_AndFedAsEnclosures_AndEntriesLinkToTheColumn()
    {
        var office = await Office.SignInAsync(factory);
        var itemId = await ApprovalPathApiTests.CreateAsync(office.Drafter, SampleItems.DivisionOfDuties("附件随事项公开"));
        var pdf = SampleFiles.Pdf();
        var file = await office.Drafter.UploadJson(itemId, "领导分工.pdf", pdf);
        var fileId = file.GetProperty("id").GetGuid();
        var draftVersion = (await office.Drafter.GetJson($"/api/items/{itemId}")).GetProperty("versions")[0].GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await office.Anonymous.GetAsync(new Uri($"/gongkai/{draftVersion}", UriKind.Relative))).StatusCode);

        await AttachmentsApiTests.PublishAsync(office, itemId);

        var page = await office.Anonymous.GetStringAsync(new Uri($"/gongkai/{draftVersion}", UriKind.Relative));
        Assert.Contains($"href=\"/gongkai/attachments/{fileId}\"", page, StringComparison.Ordinal);
        Assert.Contains("领导分工.pdf", page, StringComparison.Ordinal);
        Assert.Contains("PDF 文档", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/gongkai/attachments/{fileId}?inline=true\"", page, StringComparison.Ordinal);

        var feed = XDocument.Parse(await office.Anonymous.GetStringAsync(new Uri("/api/public/feed.atom", UriKind.Relative)));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = feed.Root!.Elements(atom + "entry").Single(e => e.Element(atom + "id")!.Value == $"urn:uuid:{draftVersion}");
        var links = entry.Elements(atom + "link").ToList();
        var alternate = links.Single(l => (string?)l.Attribute("rel") == "alternate");
        Assert.EndsWith($"/gongkai/{draftVersion}", (string)alternate.Attribute("href")!, StringComparison.Ordinal);
        var enclosure = links.Single(l => (string?)l.Attribute("rel") == "enclosure");
        Assert.EndsWith($"/gongkai/attachments/{fileId}", (string)enclosure.Attribute("href")!, StringComparison.Ordinal);
        Assert.Equal(pdf.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)enclosure.Attribute("length"));
        Assert.Equal("application/pdf", (string?)enclosure.Attribute("type"));
        Assert.DoesNotContain(feed.Descendants(atom + "link"), l => ((string?)l.Attribute("href"))?.Contains("/api/public/items", StringComparison.Ordinal) == true);
        var enclosureUrl = new Uri((string)enclosure.Attribute("href")!);
        Assert.Equal(pdf, await office.Anonymous.GetByteArrayAsync(new Uri(enclosureUrl.PathAndQuery, UriKind.Relative)));
    }

    [Fact]
    public async Task AnUnknownOrUnpublishedItem_IsA404Page_InChinese()
    {
        var response = await factory.CreateClient().GetAsync(new Uri($"/gongkai/{Guid.NewGuid()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("未找到该信息", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
