using Microsoft.Playwright;

namespace Disclosure.Host.Tests.Browser;

/// <summary>The public disclosure column in Chromium, with JavaScript switched off, as a member of the public.</summary>
[Collection(OneBrowserAtATime.Name)]
public sealed class PublicColumnBrowserTests(RunningHost host) : IClassFixture<RunningHost>
{
    [Fact]
    public async Task ThePublic_BrowsesByCategory_SearchesAndReadsAnItem_WithoutJavaScript()
    {
        await using var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, Locale = "zh-CN" });
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
        var duties = await page.Locator("ul.results li a").AllInnerTextsAsync();
        Assert.Equal(["永安街道办事处领导班子成员职责分工"], duties);

        await page.GetByRole(AriaRole.Link, new() { Name = "永安街道办事处领导班子成员职责分工" }).ClickAsync();
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
        await using var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 740 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync(host.BaseUrl + "/gongkai");

        await RunningHost.ScreenshotAsync(page, "public-column-phone");
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        var widest = await page.EvaluateAsync<string>(
            "[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 375).map(e => e.tagName + '.' + e.className + ':' + Math.round(e.getBoundingClientRect().right)).slice(0, 5).join(', ')");
        Assert.True(scrollWidth <= 375, $"the page scrolls sideways: {scrollWidth}px wide ({widest})");
    }
}
