using Disclosure.Testing;
using Microsoft.Playwright;

namespace Disclosure.Host.Tests.Browser;

/// <summary>The public disclosure column in Chromium, with JavaScript switched off, as a member of the public.</summary>
[Collection(BrowserHosts.PublicColumn)]
public sealed class PublicColumnBrowserTests(RunningHost host) : IClassFixture<BrowserClass>
{
    [Fact]
    public async Task ThePublic_BrowsesByCategory_SearchesAndReadsAnItem_WithoutJavaScript()
    {
        await using var context = await host.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, Locale = "zh-CN" });
        var page = await context.NewPageAsync();

        await page.GotoAsync(host.BaseUrl + "/gongkai");
        Assert.Equal("政府信息公开 - 永安街道办事处政府信息公开", await page.TitleAsync());
        Assert.Equal("政府信息公开", await page.Locator("h1").InnerTextAsync());
        var all = await page.Locator("ul.results li a").AllInnerTextsAsync();
        Assert.Contains("永安街道办事处领导班子成员职责分工", all);
        Assert.DoesNotContain(all, t => t.Contains("停车管理", StringComparison.Ordinal));
        await RunningHost.ScreenshotAsync(page, "public-column");

        await page.GetByLabel("公开目录").SelectOptionAsync("4.2");
        await page.GetByRole(AriaRole.Button, new() { Name = "检索" }).ClickAsync();
        // The results read from the page the search loaded, not from the one it left.
        await page.WaitForURLAsync(url => url.Contains("category=4.2", StringComparison.Ordinal));
        var duties = await page.Locator("ul.results li a").AllInnerTextsAsync();
        Assert.Equal(["永安街道办事处领导班子成员职责分工"], duties);

        await page.GetByRole(AriaRole.Link, new() { Name = "永安街道办事处领导班子成员职责分工" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/gongkai/", StringComparison.Ordinal));
        Assert.Equal("永安街道办事处领导班子成员职责分工", await page.Locator("h1").InnerTextAsync());
        var facts = await page.Locator("dl.facts").InnerTextAsync();
        Assert.Contains("党政办公室", facts, StringComparison.Ordinal);
        Assert.Contains("《中华人民共和国政府信息公开条例》第二十条", facts, StringComparison.Ordinal);

        await page.GotoAsync(host.BaseUrl + "/gongkai?q=" + Uri.EscapeDataString("低保"));
        var payouts = await page.Locator("ul.results li a").AllInnerTextsAsync();
        Assert.Single(payouts);
        Assert.Contains("城乡低保金发放情况", payouts[0], StringComparison.Ordinal);

        await page.GotoAsync(host.BaseUrl + "/gongkai?q=" + Uri.EscapeDataString("不存在的内容"));
        Assert.Contains("没有符合条件的已公开信息", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheColumn_FitsANarrowPhoneScreen()
    {
        await using var context = await host.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 740 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync(host.BaseUrl + "/gongkai");

        await RunningHost.ScreenshotAsync(page, "public-column-phone");
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        var widest = await page.EvaluateAsync<string>(
            "[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 375).map(e => e.tagName + '.' + e.className + ':' + Math.round(e.getBoundingClientRect().right)).slice(0, 5).join(', ')");
        Assert.True(scrollWidth <= 375, $"the page scrolls sideways: {scrollWidth}px wide ({widest})");
    }

    [Fact]
    public async Task ThePublic_ReadsAnItemWithAnAttachmentOnAPhone_AndDownloadsIt_WithoutJavaScript()
    {
        var pdf = SampleFiles.Pdf();
        var versionId = await PublicApiSession.PublishWithAttachmentAsync(host, SampleItems.DivisionOfDuties("2026年社区服务中心建设方案"), "建设方案（公示稿）.pdf", pdf);
        await using var context = await host.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = false,
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();

        await page.GotoAsync(host.BaseUrl + "/gongkai?q=" + Uri.EscapeDataString("社区服务中心建设方案"));
        await page.GetByRole(AriaRole.Link, new() { Name = "2026年社区服务中心建设方案" }).ClickAsync();
        Assert.EndsWith($"/gongkai/{versionId}", page.Url, StringComparison.Ordinal);
        var attachment = page.GetByRole(AriaRole.Link, new() { Name = "建设方案（公示稿）.pdf" });
        await Assertions.Expect(attachment).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("ul.attachments")).ToContainTextAsync("PDF 文档");
        var box = await attachment.BoundingBoxAsync();
        Assert.True(box is not null && box.X + box.Width <= 390, $"the attachment link does not fit the phone: {box?.X}+{box?.Width}");
        await RunningHost.ScreenshotAsync(page, "public-item-attachment-phone");

        var download = await page.RunAndWaitForDownloadAsync(() => attachment.ClickAsync());

        Assert.Equal("建设方案（公示稿）.pdf", download.SuggestedFilename);
        var saved = Path.Combine(Path.GetTempPath(), $"download-{Guid.NewGuid():N}.pdf");
        await download.SaveAsAsync(saved);
        Assert.Equal(pdf, await File.ReadAllBytesAsync(saved));
        File.Delete(saved);
    }

    [Fact]
    public async Task ARightsHolder_GetsAnErrorAtTheReason_KeepsTheChoice_ThenAnswers_WithoutJavaScript()
    {
        var link = await PublicApiSession.ConsentLinkAsync(host, SampleItems.TenderResults() with { Title = "社区食堂承包合同公示" });
        await using var context = await host.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = false,
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(link);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("社区食堂承包合同公示");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("逾期未答复的，视为不同意公开。");

        await page.GetByLabel("不同意公开").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "提交答复" }).ClickAsync();

        var error = page.Locator("#reason-error");
        await Assertions.Expect(error).ToContainTextAsync("请说明理由");
        await Assertions.Expect(page.GetByLabel("不同意公开")).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByLabel("同意公开", new() { Exact = true })).Not.ToBeCheckedAsync();
        Assert.Equal("reason-error", await page.GetByLabel("理由（不同意时必填）").GetAttributeAsync("aria-describedby"));
        await RunningHost.ScreenshotAsync(page, "consent-page-error");

        await page.GetByLabel("理由（不同意时必填）").FillAsync("承包价格属于本公司商业秘密。");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交答复" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("答复已收到");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("不同意公开的答复");
    }
}
