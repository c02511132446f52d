using Microsoft.Playwright;

namespace Disclosure.Host.Tests.Browser;

/// <summary>Staff clicking through the approval path in Chromium, as the demo office's people.</summary>
public sealed class StaffFlowBrowserTests(RunningHost host) : IClassFixture<RunningHost>
{
    private const string Password = "Yongan@2026";

    [Fact]
    public async Task ADrafterCreatesAndSubmits_TheReviewerReturns_TheDrafterFixes_AndItIsPublished()
    {
        var title = "永安街道2026年冬季供暖保障工作安排";
        var drafter = await SignInAsync("wangmin");
        await drafter.GetByRole(AriaRole.Link, new() { Name = "新建公开事项" }).ClickAsync();
        await drafter.GetByLabel("标题").FillAsync(title);
        await drafter.GetByLabel("公开目录").SelectOptionAsync("2.2");
        await drafter.GetByLabel("公开时限").SelectOptionAsync("Immediate");
        await drafter.GetByLabel("微信公众平台").CheckAsync();
        await drafter.GetByLabel("公开依据").FillAsync("《中华人民共和国政府信息公开条例》第二十条");
        await drafter.GetByLabel("公开主体").FillAsync("社会事务办公室");
        await drafter.GetByLabel("信息形成或变更日期").FillAsync("2026-11-26");
        await drafter.GetByLabel("正文", new() { Exact = true }).FillAsync("供暖期自11月15日起。");
        await drafter.GetByRole(AriaRole.Button, new() { Name = "小标题" }).ClickAsync();
        await drafter.GetByLabel("政策解读（可选").FillAsync("<p>本安排明确了供暖保障的责任分工。</p>");
        await drafter.GetByRole(AriaRole.Button, new() { Name = "添加权利人" }).ClickAsync();
        await drafter.GetByLabel("权利人名称").FillAsync("永安供热有限公司");
        await drafter.GetByRole(AriaRole.Button, new() { Name = "删除" }).ClickAsync();
        await Assertions.Expect(drafter.GetByLabel("权利人名称")).ToHaveCountAsync(0);
        await drafter.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(drafter.Locator("#preview h3")).ToHaveTextAsync("供暖期自11月15日起。");
        await RunningHost.ScreenshotAsync(drafter, "item-editor");
        await drafter.GetByRole(AriaRole.Button, new() { Name = "提交审查" }).ClickAsync();
        await drafter.WaitForURLAsync("**/app");

        var reviewer = await SignInAsync("lijianguo");
        var row = reviewer.Locator("#tasks tr", new() { HasText = title });
        await Assertions.Expect(row).ToContainTextAsync("个工作日");
        await reviewer.GetByLabel("筛选").FillAsync("不存在的事项");
        await Assertions.Expect(row).ToBeHiddenAsync();
        await reviewer.GetByLabel("筛选").FillAsync("供暖");
        await Assertions.Expect(row).ToBeVisibleAsync();
        await RunningHost.ScreenshotAsync(reviewer, "task-inbox");
        await reviewer.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(reviewer.Locator("#item-body")).ToHaveTextAsync("供暖期自11月15日起。");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "退回修改" }).ClickAsync();
        await Assertions.Expect(reviewer.Locator("#error")).ToContainTextAsync("必须填写意见");
        await reviewer.GetByLabel("意见").FillAsync("请补充供暖服务热线电话。");
        await RunningHost.ScreenshotAsync(reviewer, "review");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "退回修改" }).ClickAsync();
        await reviewer.WaitForURLAsync("**/app");

        await drafter.ReloadAsync();
        await drafter.GetByRole(AriaRole.Link, new() { Name = title }).First.ClickAsync();
        await Assertions.Expect(drafter.Locator("#returned")).ToContainTextAsync("请补充供暖服务热线电话。");
        await drafter.GetByLabel("正文", new() { Exact = true }).FillAsync("供暖期自11月15日起。服务热线：0533-6412345。");
        await drafter.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(drafter.Locator("#preview")).ToContainTextAsync("0533-6412345");
        await drafter.GetByRole(AriaRole.Button, new() { Name = "提交审查" }).ClickAsync();
        await drafter.WaitForURLAsync("**/app");

        await reviewer.ReloadAsync();
        await reviewer.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "审查通过" }).ClickAsync();
        await reviewer.WaitForURLAsync("**/app");

        var leader = await SignInAsync("zhangzhiqiang");
        await leader.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await leader.GetByRole(AriaRole.Button, new() { Name = "同意发布" }).ClickAsync();
        await leader.WaitForURLAsync("**/app");

        var publicPage = await host.Browser.NewPageAsync();
        await publicPage.GotoAsync(host.BaseUrl + "/gongkai?q=" + Uri.EscapeDataString("供暖"));
        await publicPage.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(publicPage.Locator(".body").First).ToContainTextAsync("0533-6412345");
        await Assertions.Expect(publicPage.Locator("article")).ToContainTextAsync("政策解读");
        await Assertions.Expect(publicPage.Locator("article")).ToContainTextAsync("本安排明确了供暖保障的责任分工。");
        Assert.DoesNotContain("<script", await publicPage.ContentAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheInbox_FitsAPhone()
    {
        var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 740 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(host.BaseUrl + "/login");
        await page.GetByLabel("用户名").FillAsync("lijianguo");
        await page.GetByLabel("密码").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync("**/app");
        await Assertions.Expect(page.Locator("#tasks tr").First).ToBeVisibleAsync();

        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 375, $"the inbox scrolls sideways: {scrollWidth}px wide");
    }

    [Fact]
    public async Task AWrongPassword_IsExplainedOnTheSignInPage()
    {
        var page = await host.Browser.NewPageAsync();
        await page.GotoAsync(host.BaseUrl + "/login");
        await page.GetByLabel("用户名").FillAsync("wangmin");
        await page.GetByLabel("密码").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("sign-in-error")).ToContainTextAsync("用户名或密码不正确");
    }

    private async Task<IPage> SignInAsync(string userName)
    {
        var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(host.BaseUrl + "/login");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync("**/app");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("待办任务");
        return page;
    }
}
