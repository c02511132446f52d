using Microsoft.Playwright;

namespace Disclosure.Host.Tests.Browser;

/// <summary>An administrator edits a process definition in the browser.</summary>
public sealed class AdminBrowserTests(RunningHost host) : IClassFixture<RunningHost>
{
    [Fact]
    public async Task AnAdministrator_AddsAStep_SeesTheValidationErrorBesideIt_FixesItAndPublishes()
    {
        var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(host.BaseUrl + "/login");
        await page.GetByLabel("用户名").FillAsync("zhaoli");
        await page.GetByLabel("密码").FillAsync("Yongan@2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync("**/app");
        await page.GetByRole(AriaRole.Link, new() { Name = "系统管理" }).ClickAsync();
        await Assertions.Expect(page.Locator("#definitions tr")).ToHaveCountAsync(2);
        await RunningHost.ScreenshotAsync(page, "admin");

        await page.Locator("#definitions tr", new() { HasText = "standard-disclosure" }).GetByRole(AriaRole.Link).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "以此版本新建草稿" }).ClickAsync();
        await Assertions.Expect(page.Locator("#heading")).ToHaveTextAsync("标准公开审批流程 第 2 版");

        var review = page.Locator("fieldset.step[data-node='review']");
        await review.GetByRole(AriaRole.Button, new() { Name = "在此后插入审核步骤" }).ClickAsync();
        var added = page.Locator("fieldset.step", new() { HasText = "新审核步骤" });
        await added.GetByLabel("名称").FillAsync("分管领导审核");
        await page.GetByRole(AriaRole.Button, new() { Name = "校验" }).ClickAsync();
        // The steps are drawn again with the errors; the new one now carries its new name.
        added = page.Locator("fieldset.step", new() { HasText = "分管领导审核" });
        await Assertions.Expect(added.Locator("ul.error")).ToContainTextAsync("人工任务必须指定候选角色");
        await Assertions.Expect(review.Locator("ul.error")).ToHaveCountAsync(0);
        await RunningHost.ScreenshotAsync(page, "definition-editor");

        await added.GetByLabel("候选角色").SelectOptionAsync("leader");
        await page.GetByRole(AriaRole.Button, new() { Name = "发布此版本" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("已发布：不可修改");
        await Assertions.Expect(page.Locator("#compare")).ToContainTextAsync("新增：分管领导审核");
        await Assertions.Expect(page.Locator("#diagram")).ToContainTextAsync("分管领导审核<br/>角色: 领导");
        await Assertions.Expect(page.Locator("#diagram-drawing svg")).ToContainTextAsync("分管领导审核");

        // The demo office's running instances move from version 1 to 2, node by node.
        await page.GotoAsync(host.BaseUrl + "/app/admin/definitions/standard-disclosure/1");
        await page.GetByLabel("目标版本").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "读取目标版本节点" }).ClickAsync();
        await Assertions.Expect(page.Locator("#mapping select")).ToHaveCountAsync(12);
        await page.GetByRole(AriaRole.Button, new() { Name = "迁移" }).ClickAsync();
        await Assertions.Expect(page.Locator("#migrated")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("已迁移 [1-9][0-9]* 个实例。"));
    }
}
