using Microsoft.Playwright;

namespace Disclosure.Host.Tests.Browser;

/// <summary>An administrator edits a process definition in the browser.</summary>
[Collection(OneBrowserAtATime.Name)]
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

        // Give the reviewer the leader role as well, and see it kept.
        var reviewerRow = page.Locator("#users tr", new() { HasText = "lijianguo" });
        await reviewerRow.GetByLabel("领导").CheckAsync();
        await reviewerRow.GetByRole(AriaRole.Button, new() { Name = "保存角色" }).ClickAsync();
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#users tr", new() { HasText = "lijianguo" }).GetByLabel("领导")).ToBeCheckedAsync();

        await page.Locator("#definitions tr", new() { HasText = "standard-disclosure" }).GetByRole(AriaRole.Link).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "以此版本新建草稿" }).ClickAsync();
        await Assertions.Expect(page.Locator("#heading")).ToHaveTextAsync("标准公开审批流程 第 2 版");

        var review = page.Locator("fieldset.step[data-node='review']");
        await review.GetByRole(AriaRole.Button, new() { Name = "在此后插入审核步骤" }).ClickAsync();
        // The inserted step is the thirteenth node.
        var added = page.Locator("fieldset.step[data-node='step-13']");
        await Assertions.Expect(added.Locator("legend")).ToContainTextAsync("新审核步骤");
        await added.GetByLabel("名称", new() { Exact = true }).FillAsync("分管领导审核");
        await page.GetByRole(AriaRole.Button, new() { Name = "校验" }).ClickAsync();
        await Assertions.Expect(added.Locator("legend")).ToContainTextAsync("分管领导审核");
        await Assertions.Expect(added.Locator("ul.error")).ToContainTextAsync("人工任务必须指定候选角色");
        await Assertions.Expect(review.Locator("ul.error")).ToHaveCountAsync(0);
        await RunningHost.ScreenshotAsync(page, "definition-editor");

        var decision = page.Locator("fieldset.step[data-node='has-rights-holders']");
        await Assertions.Expect(decision.GetByLabel("分支 1 条件")).ToHaveValueAsync("{\"fact\":\"hasRightsHolders\",\"equals\":true}");
        await added.GetByLabel("候选角色").SelectOptionAsync("leader");
        await added.GetByLabel("结果 1 名称").FillAsync("分管领导同意");
        await page.GetByRole(AriaRole.Button, new() { Name = "发布此版本" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("已发布：不可修改");
        await Assertions.Expect(page.Locator("#compare")).ToContainTextAsync("新增：分管领导审核");
        await Assertions.Expect(page.Locator("#compare-with")).ToHaveValueAsync("1");
        await Assertions.Expect(page.Locator("#diagram")).ToContainTextAsync("分管领导审核<br/>角色：领导");
        await Assertions.Expect(page.Locator("#diagram-drawing svg")).ToContainTextAsync("分管领导审核");
        await Assertions.Expect(page.Locator("#diagram")).ToContainTextAsync("分管领导同意");

        // The demo office's running instances move from version 1 to 2, node by node.
        await page.GotoAsync(host.BaseUrl + "/app/admin/definitions/standard-disclosure/1");
        await page.GetByLabel("目标版本").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "读取目标版本节点" }).ClickAsync();
        await Assertions.Expect(page.Locator("#mapping select")).ToHaveCountAsync(12);
        await page.GetByRole(AriaRole.Button, new() { Name = "迁移" }).ClickAsync();
        await Assertions.Expect(page.Locator("#migrated")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("已迁移 [1-9][0-9]* 个实例。"));
    }
}
