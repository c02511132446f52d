using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Disclosure.Host.Tests.Browser;

/// <summary>
/// The demo tender waits for its two rights-holders: one refuses through the link in the printed
/// letter, one agrees; the leader publishes in the public interest and it reaches the public column.
/// </summary>
[Collection(BrowserHosts.Parallel)]
public sealed partial class ConsentFlowBrowserTests(RunningHost host) : IClassFixture<BrowserClass>
{
    private const string Tender = "永安街道老旧小区改造工程（二期）中标结果及工程进度";

    [Fact]
    public async Task ARightsHolderRefusesThroughTheLink_AndTheLeaderPublishesInThePublicInterest()
    {
        var drafter = await StaffSession.SignInAsync(host, "wangmin");
        await drafter.Page.GotoAsync("/app/items");
        await drafter.Page.GetByTestId("items").GetByRole(AriaRole.Link, new() { Name = Tender }).ClickAsync();
        var letters = drafter.Page.GetByRole(AriaRole.Link, new() { Name = "打印征求意见书" });
        await Assertions.Expect(letters).ToHaveCountAsync(2);
        await drafter.AssertChineseAsync();
        var links = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            var letter = await drafter.Page.Context.RunAndWaitForPageAsync(() => letters.Nth(i).ClickAsync());
            await Assertions.Expect(letter.Locator("h1")).ToHaveTextAsync("政府信息公开征求意见书");
            links.Add(Link().Match(await letter.ContentAsync()).Value);
        }

        await using (var phone = await host.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 740 } }))
        {
            var page = await phone.NewPageAsync();
            await page.GotoAsync(links[0].Replace("http://localhost:5080", host.BaseUrl, StringComparison.Ordinal));
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync(Tender);
            await page.GetByLabel("不同意公开").CheckAsync();
            await page.GetByLabel("理由（不同意时必填）").FillAsync("投标报价明细属于本公司商业秘密。");
            await RunningHost.ScreenshotAsync(page, "consent-page");
            await page.GetByRole(AriaRole.Button, new() { Name = "提交答复" }).ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("答复已收到");

            await page.GotoAsync(links[1].Replace("http://localhost:5080", host.BaseUrl, StringComparison.Ordinal));
            await page.GetByLabel("同意公开", new() { Exact = true }).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "提交答复" }).ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("答复已收到");
        }

        var leader = await StaffSession.SignInAsync(host, "zhangzhiqiang");
        await leader.Page.GetByTestId("tasks").GetByRole(AriaRole.Link, new() { Name = Tender }).ClickAsync();
        await Assertions.Expect(leader.Page.Locator("h1")).ToContainTextAsync("公共利益裁量");
        await Assertions.Expect(leader.Page.GetByTestId("rights-holders")).ToContainTextAsync("投标报价明细属于本公司商业秘密。");
        await Assertions.Expect(leader.Page.GetByTestId("rights-holders")).ToContainTextAsync("不同意公开");
        await leader.AssertChineseAsync();
        await leader.Page.GetByLabel("意见").FillAsync("工程涉及辖区全体居民切身利益，中标价格应当公开。");
        await leader.Page.GetByRole(AriaRole.Button, new() { Name = "因公共利益决定公开" }).ClickAsync();
        await Assertions.Expect(leader.Page.GetByTestId("notice")).ToContainTextAsync("下一环节：领导签发");
        await leader.Page.GotoAsync("/app");
        await leader.Page.GetByTestId("tasks").GetByRole(AriaRole.Link, new() { Name = Tender }).ClickAsync();
        await Assertions.Expect(leader.Page.Locator("h1")).ToContainTextAsync("领导签发");
        await leader.Page.GetByRole(AriaRole.Button, new() { Name = "同意发布" }).ClickAsync();
        await Assertions.Expect(leader.Page.GetByTestId("task-done")).ToBeVisibleAsync();
        await leader.AssertChineseAsync();

        var reader = await host.NewPageAsync();
        await reader.GotoAsync(host.BaseUrl + "/gongkai?category=3.1");
        await Assertions.Expect(reader.GetByRole(AriaRole.Link, new() { Name = Tender })).ToBeVisibleAsync();
        drafter.AssertNoProblems();
        leader.AssertNoProblems();
    }

    [GeneratedRegex(@"http://[^\s<""]+/consent/[A-Za-z0-9_\-]+")]
    private static partial Regex Link();
}
