using System.Net;
using System.Text;
using Disclosure.Host.Tests.Api;
using Disclosure.Testing;
using Disclosure.Workflows.Definitions;
using Microsoft.Playwright;

namespace Disclosure.Host.Tests.Browser;

/// <summary>
/// Issue 12 on screen: an administrator draws a new step and a 会签 (countersign) on the canvas, sets
/// roles and outcomes in the panel, sees the legal-path error on the shape, fixes it and publishes
/// with the comparison shown; an item then runs through the new version, its position drawn on the
/// diagram, and the two signers complete it on the task screen.
/// </summary>
[Collection(BrowserHosts.Countersign)]
public sealed class ModelerBrowserTests(RunningHost host) : IClassFixture<BrowserClass>
{
    private const string Key = "joint-review";

    private const string Title = "永安街道办事处领导班子成员职责分工（会签测试）";

    [Fact]
    public async Task AnAdministrator_DrawsACountersign_FixesTheLegalPathOnTheShape_Publishes_AndAnItemRunsThroughIt()
    {
        await ModelerSetup.PublishVersionOneWithDraftAsync(host, Key, "会签审批流程");
        var session = await StaffSession.SignInAsync(host, "zhaoli", 1440, 1000);
        var errors = ModelerCanvas.WatchErrors(session.Page);
        var external = ModelerCanvas.WatchExternalRequests(session.Page, host.BaseUrl);
        var modeler = new ModelerCanvas(session.Page);
        await modeler.OpenAsync(Key, 2);
        await Assertions.Expect(modeler.Page.GetByTestId("problems")).ToContainTextAsync("未发现问题");

        // The palette offers the engine's node kinds and nothing else (besides the hand, lasso and connect tools).
        var palette = await modeler.Page.Locator(".djs-palette .entry").EvaluateAllAsync<string[]>("es => es.map(e => e.dataset.action)");
        Assert.Equal(
            ["hand-tool", "lasso-tool", "global-connect-tool", "create.start-event", "create.end-event", "create.timer", "create.user-task", "create.countersign",
             "create.consent", "create.publish", "create.notify", "create.decision", "create.parallel"],
            palette);

        // Moving a shape by the pointer changes its place in the drawing, not the process.
        var before = (await modeler.Shape("draft").BoundingBoxAsync())!;
        await modeler.DragAsync("draft", 0, 90);
        await Assertions.Expect(modeler.Page.GetByTestId("unsaved")).ToBeVisibleAsync();
        Assert.True((await modeler.Shape("draft").BoundingBoxAsync())!.Y > before.Y + 40, "the drafting step did not move");

        // A new step from the palette: a countersign by the section heads of two departments.
        await modeler.CreateAsync("create.countersign", 0.45, 0.12);
        await modeler.TypeAsync("步骤编号", "countersign");
        await Assertions.Expect(modeler.Panel).ToHaveAttributeAsync("data-node", "countersign");
        await modeler.TypeAsync("名称", "相关科室会签");
        await modeler.ChooseAsync("办理角色", Roles.SectionHead);
        await Assertions.Expect(modeler.Panel.Locator("#p-countersign")).ToBeCheckedAsync();
        await modeler.Panel.GetByLabel("按指定科室（各科室的办理角色）").CheckAsync();
        await modeler.Panel.GetByLabel("财政所").CheckAsync();
        await Assertions.Expect(modeler.Panel.GetByLabel("财政所")).ToBeCheckedAsync();
        await modeler.Panel.GetByLabel("社会事务办公室").CheckAsync();
        await Assertions.Expect(modeler.Panel.GetByLabel("社会事务办公室")).ToBeCheckedAsync();

        // The review now leads to the countersign.
        await modeler.SelectAsync("review");
        await modeler.ChooseAsync("去向 1", "countersign");

        // A second new step appended from the countersign's context pad: the deputy's review.
        await modeler.SelectAsync("countersign");
        await modeler.ContextPadAsync("append.user-task");
        await Assertions.Expect(modeler.Panel).Not.ToHaveAttributeAsync("data-node", "countersign");
        await modeler.TypeAsync("步骤编号", "deputy-review");
        await modeler.TypeAsync("名称", "分管领导审核");
        await modeler.ChooseAsync("办理角色", Roles.Deputy);
        // Its outcome drawn on the canvas: the context pad's connect tool, then a click on the publish step.
        await modeler.ConnectAsync("deputy-review", "publish");
        await modeler.SelectAsync("deputy-review");
        await Assertions.Expect(modeler.Panel.GetByLabel("去向 1", new() { Exact = true })).ToHaveValueAsync("publish");
        await modeler.TypeAsync("结果名称 1", "审核通过");

        // The countersign's outcomes: approve to the deputy (drawn by appending), return to drafting.
        await modeler.SelectAsync("countersign");
        await modeler.TypeAsync("结果名称 1", "会签同意");
        await modeler.AddFlowAsync("添加办理结果", "draft", "结果名称 2");
        await modeler.TypeAsync("结果名称 2", "退回修改");
        await modeler.TypeAsync("结果编号 2", "return");
        await modeler.Panel.Locator(".outcome[data-flow]").Nth(1).GetByLabel("须填写意见").CheckAsync();
        await modeler.ChooseAsync("表示同意的结果", "result-1");
        await modeler.ChooseAsync("表示退回的结果", "return");

        // The deputy's approval publishes without the leader's sign-off: the path rule says so on the publish step.
        await Assertions.Expect(modeler.ProblemOn("publish")).ToContainTextAsync("跳过了领导签发");
        await RunningHost.ScreenshotAsync(modeler.Page, "modeler-legal-path-error");

        await modeler.SelectAsync("deputy-review");
        await modeler.ChooseAsync("去向 1", "rh");
        await modeler.CheckedAsync();
        await Assertions.Expect(modeler.Page.Locator(".gk-problem-box")).ToHaveCountAsync(0);
        await Assertions.Expect(modeler.Page.GetByTestId("problems")).ToContainTextAsync("未发现问题");

        // Undo puts the error back; redo removes it again.
        await modeler.Page.GetByRole(AriaRole.Button, new() { Name = "撤销", Exact = true }).ClickAsync();
        await Assertions.Expect(modeler.ProblemOn("publish")).ToContainTextAsync("跳过了领导签发");
        await modeler.Page.GetByRole(AriaRole.Button, new() { Name = "重做", Exact = true }).ClickAsync();
        await modeler.CheckedAsync();
        await Assertions.Expect(modeler.Page.Locator(".gk-problem-box")).ToHaveCountAsync(0);

        // The decision's condition from the form over the item's facts. Both lines must hold: then an item
        // with rights-holders outside category 4.2 would skip their consent, and the check says so.
        await modeler.SelectAsync("rh");
        var condition = modeler.Panel.GetByTestId("p-branch1-condition");
        await condition.GetByRole(AriaRole.Button, new() { Name = "添加条件" }).ClickAsync();
        await condition.Locator("#p-branch1-row2-fact").SelectOptionAsync("Category");
        await condition.GetByLabel("3.4 政府财政年度预算、决算及执行情况").CheckAsync();
        await Assertions.Expect(condition.GetByLabel("满足以下全部条件")).ToBeCheckedAsync();
        await Assertions.Expect(modeler.ProblemOn("publish")).ToContainTextAsync("权利人");
        // Either line is enough: every item with rights-holders is asked, and budget items too.
        await condition.GetByLabel("满足以下任一条件").CheckAsync();
        await modeler.CheckedAsync();
        await Assertions.Expect(modeler.Page.Locator(".gk-problem-box")).ToHaveCountAsync(0);
        // No red border left either, also on the steps whose id was typed after a problem was drawn on them.
        await Assertions.Expect(modeler.Page.Locator(".djs-element.gk-problem")).ToHaveCountAsync(0);
        await Assertions.Expect(modeler.Page.GetByTestId("problems")).ToContainTextAsync("未发现问题");

        await modeler.SelectAsync("countersign");
        await RunningHost.ScreenshotAsync(modeler.Page, "modeler");
        await session.AssertChineseAsync();
        await modeler.AssertAllChineseAsync();
        await modeler.ContextPadAsync("replace");
        await Assertions.Expect(modeler.Page.Locator(".djs-popup")).ToBeVisibleAsync();
        await modeler.AssertAllChineseAsync();
        await modeler.Page.Keyboard.PressAsync("Escape");

        await modeler.Page.GetByRole(AriaRole.Button, new() { Name = "发布此版本", Exact = true }).ClickAsync();
        var dialog = modeler.Page.GetByTestId("publish-dialog");
        await Assertions.Expect(dialog).ToContainTextAsync("与当前发布的第 1 版相比");
        var changes = dialog.GetByTestId("diff");
        await Assertions.Expect(changes.Locator("li[data-node='countersign']")).ToContainTextAsync("新增人工任务“相关科室会签”（countersign）");
        await Assertions.Expect(changes.Locator("li[data-node='deputy-review']")).ToContainTextAsync("新增人工任务“分管领导审核”（deputy-review）");
        await Assertions.Expect(changes.Locator("li[data-node='review']")).ToContainTextAsync("修改“保密审查”（review）");
        await Assertions.Expect(changes.Locator("li[data-node='rh']")).ToContainTextAsync("修改“是否涉及权利人”（rh）");
        // Moving shapes changes no step: the drafting step's new position is not reported.
        await Assertions.Expect(changes.Locator("li")).ToHaveCountAsync(4);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "确认发布" }).ClickAsync();
        await Assertions.Expect(modeler.Page.GetByTestId("notice")).ToHaveTextAsync("第 2 版已发布。");
        await Assertions.Expect(modeler.Page.GetByTestId("title")).ToHaveTextAsync("会签审批流程 · 第 2 版");

        // The published version as a BPMN file, from the modeler's link.
        var download = await modeler.Page.RunAndWaitForDownloadAsync(() => modeler.Page.GetByRole(AriaRole.Link, new() { Name = "导出 BPMN 文件" }).ClickAsync());
        var file = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Equal($"{Key}-v2.bpmn", download.SuggestedFilename);
        Assert.Contains("<gk:countersign signers=\"departments\"", file, StringComparison.Ordinal);

        // What was drawn is what runs: an item of category 4.2 takes the new version.
        using var admin = await PublicApiSession.SignInAsync(host, "zhaoli");
        var published = await admin.GetJson($"/api/process-definitions/{Key}/versions/2");
        var countersign = published.GetProperty("document").GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == "countersign");
        Assert.Equal("departments", countersign.GetProperty("countersign").GetProperty("signers").GetString());
        Assert.Equal(["财政所", "社会事务办公室"], countersign.GetProperty("countersign").GetProperty("departments").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(("result-1", "return"), (countersign.GetProperty("countersign").GetProperty("approve").GetString(), countersign.GetProperty("countersign").GetProperty("reject").GetString()));
        var rh = published.GetProperty("document").GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == "rh");
        var when = rh.GetProperty("branches")[0].GetProperty("when").GetProperty("any");
        Assert.Equal(["hasRightsHolders", "category"], when.EnumerateArray().Select(c => c.GetProperty("fact").GetString()));
        var itemId = await ModelerSetup.SubmitAndReviewAsync(host, Title);

        // Running items on the diagram: two open signer tasks on the countersign; its items listed on a click; the path so far.
        await session.Page.GotoAsync($"/app/admin/definitions/{Key}/2/activity");
        var badges = session.Page.Locator(".gk-badges[data-node='countersign'] [data-count='open']");
        await Assertions.Expect(badges).ToHaveTextAsync("2");
        await modeler.Shape("countersign").ClickAsync(new() { Position = new() { X = 5, Y = 5 }, Force = true });
        var waiting = session.Page.GetByTestId("waiting");
        await Assertions.Expect(waiting).ToContainTextAsync(Title);
        await Assertions.Expect(waiting).ToContainTextAsync("财政所科室负责人");
        await waiting.GetByRole(AriaRole.Button, new() { Name = "显示路径" }).ClickAsync();
        await Assertions.Expect(session.Page.GetByTestId("path-shown")).ToBeVisibleAsync();
        await Assertions.Expect(modeler.Shape("review")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("gk-path"));
        await Assertions.Expect(modeler.Shape("countersign")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("gk-current"));
        await RunningHost.ScreenshotAsync(session.Page, "running-items");
        await session.AssertChineseAsync();

        // The two signers, each the section head of one department, sign on the task screen.
        foreach (var (user, signer) in new[] { ("zhoufang", "财政所科室负责人"), ("wugang", "社会事务办公室科室负责人") })
        {
            var staff = await StaffSession.SignInAsync(host, user);
            await staff.Page.GetByTestId("tasks").GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
            await Assertions.Expect(staff.Page.Locator("h1")).ToHaveTextAsync($"相关科室会签：{Title}");
            await staff.Page.GetByRole(AriaRole.Button, new() { Name = "会签同意", Exact = true }).ClickAsync();
            await Assertions.Expect(staff.Page.GetByTestId("history")).ToContainTextAsync($"会签（{signer}）");
        }

        using (var deputy = await PublicApiSession.SignInAsync(host, "liuyang"))
        {
            await deputy.CompleteTask(itemId, new { outcome = "result-1" });
        }

        using (var leader = await PublicApiSession.SignInAsync(host, "zhangzhiqiang"))
        {
            await leader.CompleteTask(itemId, new { outcome = "approve" });
        }

        var path = (await admin.GetJson($"/api/items/{itemId}/path"))[0];
        Assert.Equal("Completed", path.GetProperty("status").GetString());
        var nodes = path.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("nodeId").GetString()).ToList();
        Assert.Equal(["countersign", "deputy-review", "sign-off", "publish"], nodes.Where(n => n is "countersign" or "deputy-review" or "sign-off" or "publish"));
        Assert.Empty(errors);
        Assert.Empty(external);
    }

    [Fact]
    public async Task ADryRun_OnScreen_WalksTheThreeLevelReview_WithACountersignOfTheDepartmentsChosen_AndCreatesNothing()
    {
        var session = await StaffSession.SignInAsync(host, "zhaoli", 1440, 1000);
        using var admin = await PublicApiSession.SignInAsync(host, "zhaoli");
        var itemsBefore = (await admin.GetJson("/api/items")).GetArrayLength();
        var page = session.Page;
        var errors = ModelerCanvas.WatchErrors(page);
        await page.GotoAsync("/app/admin/definitions/three-level-review/1/dry-run");
        // The start day is written as the office writes days; another way is refused at the field.
        await page.GetByLabel("开始日期").FillAsync("12/01/2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "开始试运行" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("d-start-message")).ToHaveTextAsync("开始日期须写作 yyyy-MM-dd 格式。");
        await Assertions.Expect(page.GetByTestId("waiting")).ToHaveCountAsync(0);
        await page.GetByLabel("开始日期").FillAsync("2026-12-01");
        await page.GetByLabel("目录类别").SelectOptionAsync("3.4");
        await page.GetByLabel("公开时限").SelectOptionAsync("Periodic");
        await page.GetByTestId("facts").GetByLabel("财政所").CheckAsync();
        await page.GetByTestId("facts").GetByLabel("城市管理办公室").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "开始试运行" }).ClickAsync();

        var waiting = page.GetByTestId("waiting");
        await Assertions.Expect(waiting).ToHaveAttributeAsync("data-node", "draft");
        await Assertions.Expect(waiting).ToContainTextAsync("拟稿人");
        await waiting.GetByRole(AriaRole.Button).First.ClickAsync();
        await Assertions.Expect(waiting).ToHaveAttributeAsync("data-node", "first-review");
        await Assertions.Expect(waiting).ToContainTextAsync("科室负责人");
        await waiting.GetByRole(AriaRole.Button).First.ClickAsync();

        // The countersign of the departments chosen: one signer each, then the step closes.
        await Assertions.Expect(waiting).ToContainTextAsync("财政所科室负责人");
        await Assertions.Expect(waiting).ToContainTextAsync("城市管理办公室科室负责人");
        foreach (var signer in new[] { "财政所科室负责人", "城市管理办公室科室负责人" })
        {
            await waiting.GetByLabel(signer).SelectOptionAsync(new SelectOptionValue { Index = 1 });
        }

        await waiting.GetByRole(AriaRole.Button, new() { Name = "选择此结果" }).ClickAsync();
        var steps = page.GetByTestId("steps");
        await Assertions.Expect(steps.Locator("tr[data-node='countersign']")).ToContainTextAsync("会签");
        await Assertions.Expect(steps.Locator("tr[data-node='draft']")).ToContainTextAsync("2026-12-01 09:00");
        await Assertions.Expect(waiting).Not.ToHaveAttributeAsync("data-node", "countersign");
        await RunningHost.ScreenshotAsync(page, "dry-run");
        await session.AssertChineseAsync();

        Assert.Equal(itemsBefore, (await admin.GetJson("/api/items")).GetArrayLength());
        Assert.Empty(errors);
    }
}
