using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Disclosure.Host.Tests.Browser.AdminScreens;

namespace Disclosure.Host.Tests.Browser;

/// <summary>An administrator edits a process definition on the definition screens, publishes it and moves running items over.</summary>
[Collection(BrowserHosts.Administration)]
public sealed class AdminBrowserTests : IClassFixture<BrowserClass>
{
    private readonly RunningHost host;

    public AdminBrowserTests(RunningHost host)
    {
        this.host = host;
    }

    [Fact]
    public async Task AnAdministrator_InsertsAStepWithTwoNewOutcomes_FixesTheErrorBesideIt_PublishesWithTheDiff_AndMigrates()
    {
        var session = await StaffSession.SignInAsync(host, "zhaoli");
        var page = session.Page;
        RefuseDialogs(page, session.Problems);
        await page.GetByRole(AriaRole.Link, new() { Name = "系统管理", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("系统管理");
        await page.GetByRole(AriaRole.Link, new() { Name = "流程定义", Exact = true }).First.ClickAsync();
        var standard = page.Locator("[data-definition='standard-disclosure']");
        await Assertions.Expect(standard.Locator("tr[data-version='1'] .tag")).ToHaveTextAsync("当前发布版本");
        await RunningHost.ScreenshotAsync(page, "admin");
        await AssertNoEnglishAsync(page);

        await standard.GetByRole(AriaRole.Button, new() { Name = "以当前发布版本新建草稿" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("标准公开审批流程 · 第 2 版");
        await Assertions.Expect(page.GetByTestId("standing")).ToHaveTextAsync("草稿");

        // A new step after the confidentiality review, with two outcomes of its own.
        await page.Locator("section.step[data-node='review']").GetByRole(AriaRole.Button, new() { Name = "在此后插入审核步骤" }).ClickAsync();
        var added = page.Locator("section.step[data-node='step-13']");
        await Assertions.Expect(added.Locator(".title")).ToContainTextAsync("新审核步骤");
        await added.GetByLabel("名称", new() { Exact = true }).FillAsync("合法性审查");
        // Each new outcome's row pushes the button down: the second click waits for the first row.
        await added.GetByRole(AriaRole.Button, new() { Name = "添加办理结果" }).ClickAsync();
        await Assertions.Expect(added.GetByLabel("结果 2 名称")).ToBeVisibleAsync();
        await added.GetByRole(AriaRole.Button, new() { Name = "添加办理结果" }).ClickAsync();
        await Assertions.Expect(added.GetByLabel("结果 3 名称")).ToBeVisibleAsync();
        await added.GetByLabel("结果 2 名称").FillAsync("补充说明后退回");
        await added.GetByLabel("结果 2 去向").SelectOptionAsync("draft");
        await added.GetByLabel("结果 2 须填写意见").CheckAsync();
        await added.GetByLabel("结果 3 名称").FillAsync("退回保密审查");
        await added.GetByLabel("结果 3 去向").SelectOptionAsync("review");
        await page.GetByRole(AriaRole.Button, new() { Name = "校验" }).ClickAsync();

        // No role yet: the validator's finding stands beside the step, and nowhere else.
        await Assertions.Expect(added.GetByTestId("step-errors")).ToContainTextAsync("人工任务必须指定候选角色");
        await Assertions.Expect(page.Locator("section.step[data-node='review'] [data-testid='step-errors']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("diagram").Locator("svg")).ToContainTextAsync("合法性审查");
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await RunningHost.ScreenshotAsync(page, "definition-editor");
        await AssertNoEnglishAsync(page);

        await added.GetByLabel("办理角色").SelectOptionAsync("leader");
        await Assertions.Expect(added.GetByTestId("step-errors")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("diagram-source")).ToContainTextAsync("合法性审查<br/>角色：领导");
        await page.GetByRole(AriaRole.Button, new() { Name = "发布…" }).ClickAsync();

        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToContainTextAsync("与当前发布版本（第 1 版）相比");
        await Assertions.Expect(dialog.GetByTestId("diff")).ToContainTextAsync("新增人工任务“合法性审查”（step-13）");
        await Assertions.Expect(dialog.GetByTestId("diff")).ToContainTextAsync("办理结果“审查通过”：去向由“是否涉及权利人（has-rights-holders）”改为“合法性审查（step-13）”");
        await AssertNoEnglishAsync(page);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "确认发布" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("standing")).ToHaveTextAsync("当前发布版本");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" })).ToHaveCountAsync(0);
        await page.Locator("section.step[data-node='step-13'] button.toggle").ClickAsync();
        await Assertions.Expect(page.Locator("section.step[data-node='step-13']").GetByLabel("名称", new() { Exact = true })).ToBeDisabledAsync();

        // The demo office's running items still sit on version 1: move them, node by node.
        await page.GetByTestId("migration-hint").GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("迁移运行中的实例：标准公开审批流程");
        await Assertions.Expect(page.Locator("#migrate-from")).ToHaveValueAsync("1");
        await Assertions.Expect(page.Locator("#migrate-to")).ToHaveValueAsync("2");
        await Assertions.Expect(page.Locator("tr[data-node='review'] select")).ToHaveValueAsync("review");
        await page.GetByRole(AriaRole.Button, new() { Name = "迁移", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("notice")).ToHaveTextAsync(new Regex("已将 [1-9][0-9]* 个运行中的实例从第 1 版迁移到第 2 版。"));
        await AssertNoEnglishAsync(page);

        await page.GotoAsync("/app/admin/definitions/standard-disclosure/compare?from=1&to=2");
        await Assertions.Expect(page.GetByTestId("diff")).ToContainTextAsync("新增人工任务“合法性审查”");
        await Assertions.Expect(page.GetByTestId("diff")).ToContainTextAsync("办理角色：领导");
        await Assertions.Expect(page.GetByTestId("diff")).ToContainTextAsync("补充说明后退回 → 拟稿（draft）（须填写意见）");
        session.AssertNoProblems();
    }

    [Fact]
    public async Task HostileNames_InADefinition_ShowAsText_AndNeverRun()
    {
        var session = await StaffSession.SignInAsync(host, "zhaoli");
        var page = session.Page;
        RefuseDialogs(page, session.Problems);
        await OpenDraftAsync(page, "immediate-notice");

        await page.GetByLabel("流程名称").FillAsync("流程" + Hostile);
        var step = page.Locator("section.step[data-node='draft']");
        await step.Locator("button.toggle").ClickAsync();
        await step.GetByLabel("名称", new() { Exact = true }).FillAsync("步骤" + Hostile);
        await step.GetByLabel("结果 1 名称").FillAsync("结果" + Hostile);
        await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("editor-notice")).ToHaveTextAsync("草稿已保存。");
        await page.ReloadAsync();

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("流程" + Hostile);
        await Assertions.Expect(step.Locator(".title")).ToContainTextAsync("步骤" + Hostile);
        await Assertions.Expect(step.Locator(".summary")).ToContainTextAsync("结果" + Hostile);
        await step.Locator("button.toggle").ClickAsync();
        await Assertions.Expect(step.GetByLabel("结果 1 名称")).ToHaveValueAsync("结果" + Hostile);
        await Assertions.Expect(page.GetByTestId("diagram-source")).ToContainTextAsync("步骤");
        await Assertions.Expect(page.Locator("img[src='x']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("main script")).ToHaveCountAsync(0);
        session.AssertNoProblems();
    }

    [Fact]
    public async Task AnAdministrator_CombinesConditions_OnAForm_AndTheDraftKeepsThem()
    {
        var session = await StaffSession.SignInAsync(host, "zhaoli");
        var page = session.Page;
        await OpenDraftAsync(page, "immediate-notice");
        var decision = page.Locator("section.step[data-node='has-rights-holders']");
        await decision.Locator("button.toggle").ClickAsync();

        // The fact that stood there becomes the first part; a second part says "not when withheld".
        await decision.GetByLabel("分支 1 条件", new() { Exact = true }).SelectOptionAsync("all");
        await Assertions.Expect(decision.GetByLabel("分支 1 条件 · 第 1 项：事实")).ToHaveValueAsync("HasRightsHolders");
        await decision.GetByRole(AriaRole.Button, new() { Name = "在“分支 1 条件”中添加一项" }).ClickAsync();
        await decision.GetByLabel("分支 1 条件 · 第 2 项", new() { Exact = true }).SelectOptionAsync("not");
        await decision.GetByLabel("分支 1 条件 · 第 2 项 · 不满足的条件", new() { Exact = true }).SelectOptionAsync("fact");
        await decision.GetByLabel("分支 1 条件 · 第 2 项 · 不满足的条件：事实").SelectOptionAsync("LastOutcome");
        var values = decision.GetByLabel("分支 1 条件 · 第 2 项 · 不满足的条件：取值");
        // One choice per outcome id, named by its label and the steps that have it.
        await Assertions.Expect(values.Locator("option[value='\"withhold\"']")).ToHaveTextAsync("不予公开（保密审查、公共利益裁量）");
        await values.SelectOptionAsync(new SelectOptionValue { Value = "\"withhold\"" });
        const string Described = "分支 1：同时满足：是否涉及权利人为“是”；不满足：上一步办理结果为“不予公开”";
        await Assertions.Expect(decision.Locator(".condition-text")).ToHaveTextAsync(Described);
        await page.GetByRole(AriaRole.Button, new() { Name = "校验" }).ClickAsync();
        await Assertions.Expect(decision.GetByTestId("step-errors")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("editor-notice")).ToHaveTextAsync("草稿已保存。");

        await page.ReloadAsync();
        await decision.Locator("button.toggle").ClickAsync();
        await Assertions.Expect(decision.Locator(".condition-text")).ToHaveTextAsync(Described);
        await Assertions.Expect(decision.GetByLabel("分支 1 条件 · 第 2 项 · 不满足的条件：事实")).ToHaveValueAsync("LastOutcome");
        await Assertions.Expect(page.Locator("textarea")).ToHaveCountAsync(0);
        await AssertNoEnglishAsync(page);
        session.AssertNoProblems();
    }

    /// <summary>The definition's draft: the one there is, or a new one from version 1 (the tests of this class share a Host).</summary>
    private static async Task OpenDraftAsync(IPage page, string key)
    {
        await page.GotoAsync($"/app/admin/definitions/{key}/1");
        var existing = page.GetByRole(AriaRole.Link, new() { Name = "前往草稿" });
        var create = page.GetByRole(AriaRole.Button, new() { Name = "以此版本新建草稿" });
        await Assertions.Expect(existing.Or(create)).ToBeVisibleAsync();
        await (await existing.CountAsync() > 0 ? existing : create).ClickAsync();
        await Assertions.Expect(page.GetByTestId("standing")).ToHaveTextAsync("草稿");
    }
}
