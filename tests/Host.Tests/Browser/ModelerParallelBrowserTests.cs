using System.Net;
using System.Text;
using Disclosure.Host.Tests.Api;
using Disclosure.Testing;
using Disclosure.Workflows.Definitions;
using Microsoft.Playwright;

namespace Disclosure.Host.Tests.Browser;

/// <summary>
/// Issue 12 on screen, the parallel half: an administrator draws a parallel split into two steps,
/// sees on the split that its paths never join, draws the join, puts a timer on one step's border
/// and makes one of its outcomes the deadline outcome, all from the palette and the Chinese panel;
/// publishes; an item then goes through both paths and the join on the task screens.
/// </summary>
[Collection(BrowserHosts.Parallel)]
public sealed class ModelerParallelBrowserTests(RunningHost host) : IClassFixture<BrowserClass>
{
    private const string Key = "parallel-drawn";

    private const string Title = "永安街道办事处领导班子成员职责分工（并行审核测试）";

    private const string TitleOnVersionOne = "永安街道办事处领导班子成员职责分工（迁移测试）";

    [Fact]
    public async Task AnAdministrator_DrawsAParallelSplitAndJoin_AndATimerWithADeadlineOutcome_Publishes_AndAnItemGoesThroughBothPaths()
    {
        await ModelerSetup.PublishVersionOneWithDraftAsync(host, Key, "并行审核流程");
        // An item already under way on version 1, waiting for its review: migrated once version 2 is out.
        var onVersionOne = await ModelerSetup.SubmitAsync(host, TitleOnVersionOne);
        var session = await StaffSession.SignInAsync(host, "zhaoli", 1440, 1000);
        var errors = ModelerCanvas.WatchErrors(session.Page);
        // bpmn-js (what Camunda Modeler is built on) reads the exported file without a complaint.
        var warnings = new List<string>();
        session.Page.Console += (_, message) =>
        {
            if (message.Type == "warning" && message.Text.Contains("bpmn-js", StringComparison.Ordinal))
            {
                warnings.Add(message.Text);
            }
        };
        var modeler = new ModelerCanvas(session.Page);
        await modeler.OpenAsync(Key, 2);
        await Assertions.Expect(modeler.Page.GetByTestId("problems")).ToContainTextAsync("未发现问题");

        // The split, from the palette (a parallel gateway with no paths yet reads as a join), after the review.
        await modeler.CreateAsync("create.parallel", 0.40, 0.10, "parallelJoin");
        await modeler.TypeAsync("步骤编号", "split");
        await modeler.TypeAsync("名称", "分头审核");
        await modeler.SelectAsync("review");
        await modeler.ChooseAsync("去向 1", "split");

        // Its two paths, appended from its context pad, each leading on to the rights-holder decision.
        foreach (var (id, name, role, outcome) in new[] { ("legal", "合法性审核", Roles.Deputy, "审核通过"), ("dept-opinion", "科室意见", Roles.SectionHead, "无意见") })
        {
            await modeler.SelectAsync("split");
            await modeler.ContextPadAsync("append.user-task");
            await Assertions.Expect(modeler.Panel).ToHaveAttributeAsync("data-kind", "userTask");
            await modeler.TypeAsync("步骤编号", id);
            await modeler.TypeAsync("名称", name);
            await modeler.ChooseAsync("办理角色", role);
            await modeler.AddFlowAsync("添加办理结果", "rh", "结果名称 1");
            await modeler.TypeAsync("结果名称 1", outcome);
        }

        await modeler.SelectAsync("split");
        await Assertions.Expect(modeler.Panel).ToHaveAttributeAsync("data-kind", "parallelSplit");
        await Assertions.Expect(modeler.Panel.GetByLabel("并行路径（同时开始） 2", new() { Exact = true })).ToHaveValueAsync("dept-opinion");

        // Both paths run on to the decision without meeting: the check says so on the split.
        await Assertions.Expect(modeler.ProblemOn("split")).ToContainTextAsync("汇合");
        await RunningHost.ScreenshotAsync(modeler.Page, "modeler-parallel-unjoined");

        // The join, from the palette: both paths lead to it, and it to the decision.
        await modeler.CreateAsync("create.parallel", 0.62, 0.10, "parallelJoin");
        await modeler.TypeAsync("步骤编号", "join");
        await modeler.TypeAsync("名称", "汇合");
        await modeler.AddFlowAsync("连接下一步", "rh", "下一步");
        foreach (var step in new[] { "legal", "dept-opinion" })
        {
            await modeler.SelectAsync(step);
            await modeler.ChooseAsync("去向 1", "join");
        }

        // A timer on the department's step: two working days, then the clock takes "no opinion".
        await modeler.AttachTimerAsync("dept-opinion");
        await modeler.ChooseAsync("办理期限", "days");
        await modeler.TypeAsync("办理期限（工作日）", "2");
        var deadline = modeler.Panel.Locator("#p-deadline");
        await Assertions.Expect(deadline).ToBeEnabledAsync();
        await deadline.SelectOptionAsync(new SelectOptionValue { Label = "无意见" });
        await Assertions.Expect(deadline.Locator("option:checked")).ToHaveTextAsync("无意见");

        await modeler.CheckedAsync();
        await Assertions.Expect(modeler.Page.Locator(".gk-problem-box")).ToHaveCountAsync(0);
        await Assertions.Expect(modeler.Page.GetByTestId("problems")).ToContainTextAsync("未发现问题");

        // A decision's condition on the previous step's outcome offers each outcome by its label and
        // steps (the two new steps' outcomes share the id the canvas gave them, so they are one choice).
        await modeler.SelectAsync("rh");
        var condition = modeler.Panel.GetByTestId("p-branch1-condition");
        await condition.GetByRole(AriaRole.Button, new() { Name = "添加条件" }).ClickAsync();
        await condition.Locator("#p-branch1-row2-fact").SelectOptionAsync("LastOutcome");
        var outcomes = condition.Locator(".condition-row").Nth(1).Locator(".values label");
        await Assertions.Expect(outcomes.Filter(new() { HasText = "退回修改（保密审查、领导签发）" })).ToHaveCountAsync(1);
        await Assertions.Expect(outcomes.Filter(new() { HasText = "审核通过/无意见（合法性审核、科室意见）" })).ToHaveCountAsync(1);
        await Assertions.Expect(outcomes.Filter(new() { HasText = "result-" })).ToHaveCountAsync(0);
        await modeler.SelectAsync("dept-opinion");
        await RunningHost.ScreenshotAsync(modeler.Page, "modeler-parallel");
        await modeler.AssertAllChineseAsync();

        await modeler.Page.GetByRole(AriaRole.Button, new() { Name = "发布此版本", Exact = true }).ClickAsync();
        var dialog = modeler.Page.GetByTestId("publish-dialog");
        var changes = dialog.GetByTestId("diff");
        foreach (var added in new[] { "split", "legal", "dept-opinion", "join" })
        {
            await Assertions.Expect(changes.Locator($"li[data-node='{added}']")).ToContainTextAsync("新增");
        }

        await Assertions.Expect(changes.Locator("li[data-node='review']")).ToContainTextAsync("修改“保密审查”（review）");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "确认发布" }).ClickAsync();
        await Assertions.Expect(modeler.Page.GetByTestId("notice")).ToHaveTextAsync("第 2 版已发布。");

        // What was drawn is what runs.
        using var admin = await PublicApiSession.SignInAsync(host, "zhaoli");
        var nodes = (await admin.GetJson($"/api/process-definitions/{Key}/versions/2")).GetProperty("document").GetProperty("nodes").EnumerateArray()
            .ToDictionary(n => n.GetProperty("id").GetString()!);
        Assert.Equal("parallelSplit", nodes["split"].GetProperty("kind").GetString());
        Assert.Equal(["legal", "dept-opinion"], nodes["split"].GetProperty("paths").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(("parallelJoin", "rh"), (nodes["join"].GetProperty("kind").GetString(), nodes["join"].GetProperty("next").GetString()));
        var opinion = nodes["dept-opinion"];
        Assert.Equal(2, opinion.GetProperty("due").GetProperty("workingDays").GetInt32());
        var noOpinion = opinion.GetProperty("outcomes").EnumerateArray().Single();
        Assert.Equal(("无意见", "join"), (noOpinion.GetProperty("label").GetString(), noOpinion.GetProperty("next").GetString()));
        Assert.Equal(noOpinion.GetProperty("id").GetString(), opinion.GetProperty("deadlineOutcome").GetString());

        // An item: reviewed, then both paths at once, each on its own task screen, then the join and sign-off.
        var itemId = await ModelerSetup.SubmitAndReviewAsync(host, Title);
        foreach (var (user, step, outcome) in new[] { ("liuyang", "合法性审核", "审核通过"), ("zhoufang", "科室意见", "无意见") })
        {
            var staff = await StaffSession.SignInAsync(host, user);
            await staff.Page.GetByTestId("tasks").GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
            await Assertions.Expect(staff.Page.Locator("h1")).ToHaveTextAsync($"{step}：{Title}");
            await staff.Page.GetByRole(AriaRole.Button, new() { Name = outcome, Exact = true }).ClickAsync();
            await Assertions.Expect(staff.Page.GetByTestId("task-done")).ToContainTextAsync(outcome);
            await staff.AssertChineseAsync();
        }

        using (var leader = await PublicApiSession.SignInAsync(host, "zhangzhiqiang"))
        {
            await leader.CompleteTask(itemId, new { outcome = "approve" });
        }

        var path = (await admin.GetJson($"/api/items/{itemId}/path"))[0];
        Assert.Equal("Completed", path.GetProperty("status").GetString());
        var walked = path.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("nodeId").GetString()).ToList();
        Assert.Subset(walked.ToHashSet(), new HashSet<string?> { "split", "legal", "dept-opinion", "join", "sign-off", "publish" });
        Assert.True(walked.IndexOf("join") > Math.Max(walked.IndexOf("legal"), walked.IndexOf("dept-opinion")), string.Join(" → ", walked));

        // The item left on version 1, from that version's running items: migrated, it takes both new paths.
        await session.Page.GotoAsync($"/app/admin/definitions/{Key}/1/activity");
        await Assertions.Expect(session.Page.Locator(".gk-badges[data-node='review'] [data-count='open']")).ToHaveTextAsync("1");
        await session.Page.GetByRole(AriaRole.Link, new() { Name = "迁移运行中的实例" }).ClickAsync();
        await Assertions.Expect(session.Page.Locator("#migrate-from")).ToHaveValueAsync("1");
        await Assertions.Expect(session.Page.Locator("#migrate-to")).ToHaveValueAsync("2");
        await Assertions.Expect(session.Page.Locator("tr[data-node='review'] select")).ToHaveValueAsync("review");
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "迁移", Exact = true }).ClickAsync();
        await Assertions.Expect(session.Page.GetByTestId("notice")).ToHaveTextAsync("已将 1 个运行中的实例从第 1 版迁移到第 2 版。");
        using (var reviewer = await PublicApiSession.SignInAsync(host, "lijianguo"))
        {
            await reviewer.CompleteTask(onVersionOne, new { outcome = "approve" });
        }

        var migrated = (await admin.GetJson($"/api/items/{onVersionOne}/path")).EnumerateArray().Single(i => i.GetProperty("status").GetString() == "Running");
        Assert.Equal(["dept-opinion", "legal"], migrated.GetProperty("current").EnumerateArray().Select(c => c.GetString()).Order(StringComparer.Ordinal));
        Assert.Empty(errors);
        Assert.Empty(warnings);
    }

    [Fact]
    public async Task AnAdministrator_ImportsABpmnFile_OnTheDefinitionsScreen_SeesRefusedElementsByName_ThenOpensTheDraftInTheModeler()
    {
        var fixture = await File.ReadAllTextAsync(Path.Combine(RepositoryFiles.Root(), "tests", "Workflows.Tests", "Definitions", "Bpmn", "Fixtures", "joint-review.bpmn"));
        var session = await StaffSession.SignInAsync(host, "zhaoli", 1440, 1000);
        var page = session.Page;
        await page.GotoAsync("/app/admin/definitions");
        var form = page.GetByTestId("bpmn-import");
        await form.GetByLabel("流程标识").FillAsync("imported-review");

        // A script task the engine will not run: named by its id, and nothing stored.
        await form.GetByLabel("BPMN 文件").SetInputFilesAsync(new FilePayload
        {
            Name = "scripted.bpmn", MimeType = "application/xml",
            Buffer = Encoding.UTF8.GetBytes(fixture.Replace("bpmn:serviceTask", "bpmn:scriptTask", StringComparison.Ordinal)),
        });
        await form.GetByRole(AriaRole.Button, new() { Name = "导入为新草稿" }).ClickAsync();
        await Assertions.Expect(form.GetByTestId("bpmn-import-problems")).ToContainTextAsync("元素“Activity_0publsh”：本系统不执行脚本或业务规则代码。");
        using var admin = await PublicApiSession.SignInAsync(host, "zhaoli");
        Assert.DoesNotContain("imported-review", (await admin.GetJson("/api/process-definitions")).EnumerateArray().Select(d => d.GetProperty("key").GetString()));
        await session.AssertChineseAsync();

        // The file as drawn: a new draft, opened in the modeler.
        await form.GetByLabel("BPMN 文件").SetInputFilesAsync(new FilePayload { Name = "joint-review.bpmn", MimeType = "application/xml", Buffer = Encoding.UTF8.GetBytes(fixture) });
        await form.GetByRole(AriaRole.Button, new() { Name = "导入为新草稿" }).ClickAsync();
        await page.WaitForURLAsync("**/app/admin/definitions/imported-review/1/modeler");
        await Assertions.Expect(page.GetByTestId("title")).ToContainTextAsync("第 1 版（草稿）");
        await Assertions.Expect(new ModelerCanvas(page).Shape("Activity_1csign")).ToBeVisibleAsync();
    }
}
