using Microsoft.Playwright;

namespace Disclosure.Host.Tests.Browser;

/// <summary>The start page, signing in and out, and the Chinese pages for mistakes.</summary>
[Collection(BrowserHosts.Administration)]
public sealed class SignInBrowserTests(RunningHost host) : IClassFixture<BrowserClass>
{
    [Fact]
    public async Task FromTheStartPage_AMemberOfStaffSignsIn_SeesTheirTasks_AndSignsOut()
    {
        var session = await StaffSession.OpenAsync(host);
        var page = session.Page;
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "政府信息公开" })).ToHaveAttributeAsync("href", "/gongkai");
        await page.GetByRole(AriaRole.Link, new() { Name = "工作人员登录" }).ClickAsync();

        await page.GetByLabel("用户名").FillAsync("wangmin");
        await page.GetByLabel("密码").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("sign-in-error")).ToHaveTextAsync("用户名或密码不正确。");

        await page.GetByLabel("用户名").FillAsync("wangmin");
        await page.GetByLabel("密码").FillAsync(StaffSession.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync("**/app");
        await Assertions.Expect(page.GetByTestId("user-name")).ToHaveTextAsync("王敏");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("待办任务");

        await page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();
        await page.WaitForURLAsync("**/login");
        await page.GotoAsync("/app");
        await page.WaitForURLAsync("**/login?ReturnUrl=%2Fapp");
        session.AssertNoProblems();
    }

    [Fact]
    public async Task AnUnknownAddress_AndAScreenWithoutTheRole_AreChinesePages()
    {
        var session = await StaffSession.SignInAsync(host, "wangmin");
        var page = session.Page;

        var missing = await page.GotoAsync("/app/no-such-screen");
        Assert.Equal(404, missing!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("页面不存在");

        var dashboard = await page.GotoAsync("/hangfire");
        Assert.Equal(403, dashboard!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("无权访问");
    }
}
