using Microsoft.Playwright;

namespace Disclosure.Host.Tests.Browser;

/// <summary>Every staff screen on a phone (390 px): the page never scrolls sideways, the task list becomes cards.</summary>
[Collection(BrowserHosts.Administration)]
public sealed class PhoneBrowserTests(RunningHost host) : IClassFixture<BrowserClass>
{
    private const int Width = 390;

    [Fact]
    public async Task EveryStaffScreen_FitsAPhone_InChinese()
    {
        var drafter = await StaffSession.SignInAsync(host, "wangmin", Width, 844);
        await drafter.AssertFitsWidthAsync();
        await Assertions.Expect(drafter.Page.GetByTestId("tasks").Locator("thead")).ToBeHiddenAsync();
        await RunningHost.ScreenshotAsync(drafter.Page, "task-list-phone");
        await drafter.AssertChineseAsync();
        foreach (var path in new[] { "/app/items", "/app/items/new" })
        {
            await drafter.Page.GotoAsync(path);
            await Assertions.Expect(drafter.Page.Locator("h1")).ToBeVisibleAsync();
            await drafter.AssertFitsWidthAsync();
            await drafter.AssertChineseAsync();
        }

        await drafter.Page.GetByRole(AriaRole.Button, new() { Name = "添加权利人" }).ClickAsync();
        await drafter.Page.GetByLabel("权利人名称").FillAsync("永安街道某某物业管理有限公司（第二分公司）");
        await drafter.AssertFitsWidthAsync();
        var name = await drafter.Page.GetByLabel("权利人名称").BoundingBoxAsync();
        var contact = await drafter.Page.GetByLabel("联系方式（邮箱、手机或地址）").BoundingBoxAsync();
        Assert.True(name!.X + name.Width <= Width && contact!.X + contact.Width <= Width, "a rights-holder field runs off the screen");
        await RunningHost.ScreenshotAsync(drafter.Page, "item-editor-phone");

        await drafter.Page.GotoAsync("/app/items");
        await drafter.Page.GetByTestId("items").GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(drafter.Page.GetByTestId("versions")).ToBeVisibleAsync();
        await drafter.AssertFitsWidthAsync();
        await drafter.AssertChineseAsync();

        var leader = await StaffSession.SignInAsync(host, "zhangzhiqiang", Width, 844);
        var count = leader.Page.GetByTestId("task-count");
        var workable = await count.InnerTextAsync();
        await leader.Page.GetByLabel("视图").SelectOptionAsync(new SelectOptionValue { Label = "全部（含他人办理中）" });
        // The whole office's tasks listed (more than the leader's own) before the width is measured.
        await Assertions.Expect(count).Not.ToHaveTextAsync(workable);
        await leader.AssertFitsWidthAsync();
        await leader.AssertChineseAsync();

        var reviewer = await StaffSession.SignInAsync(host, "lijianguo", Width, 844);
        await reviewer.Page.GetByTestId("tasks").Locator("td[data-label=事项] a").First.ClickAsync();
        await Assertions.Expect(reviewer.Page.GetByTestId("task-bar")).ToBeVisibleAsync();
        await Assertions.Expect(reviewer.Page.GetByRole(AriaRole.Group, new() { Name = "办理结果" })).ToBeVisibleAsync();
        await reviewer.AssertFitsWidthAsync();
        await reviewer.AssertChineseAsync();
        await RunningHost.ScreenshotAsync(reviewer.Page, "review-phone");
        foreach (var session in new[] { drafter, leader, reviewer })
        {
            session.AssertNoProblems();
        }
    }
}
