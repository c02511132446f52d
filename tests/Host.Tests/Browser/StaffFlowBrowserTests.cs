using Microsoft.Playwright;

namespace Disclosure.Host.Tests.Browser;

/// <summary>
/// Every member of staff doing their job in Chromium: the drafter writes an item with a table and
/// submits it, the reviewer returns it with a comment, the drafter fixes and resubmits, the reviewer
/// approves, the leader signs off, and the public reads it. Every staff screen visited is checked
/// for English and for script errors.
/// </summary>
[Collection(OneBrowserAtATime.Name)]
public sealed class StaffFlowBrowserTests(RunningHost host) : IClassFixture<RunningHost>
{
    [Fact]
    public async Task ADrafterWritesAnItemWithATable_TheReviewerReturnsIt_TheDrafterFixesIt_AndTheLeaderSignsItOff()
    {
        const string title = "永安街道2026年冬季供暖保障工作安排";
        var drafter = await StaffSession.SignInAsync(host, "wangmin");
        var page = drafter.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "新建公开事项" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("新建公开事项");
        await page.GetByLabel("标题", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("公开目录").SelectOptionAsync("2.2");
        await page.GetByLabel("公开时限").SelectOptionAsync("Immediate");
        await page.GetByLabel("微信公众平台").CheckAsync();
        await page.GetByLabel("公开依据").FillAsync("《中华人民共和国政府信息公开条例》第二十条");
        await page.GetByLabel("公开主体").FillAsync("社会事务办公室");
        await page.GetByLabel("信息形成或变更日期").FillAsync("2026-11-26");
        await page.GetByLabel("政策解读（可选").FillAsync("<p>本安排明确了供暖保障的责任分工。</p>");
        var body = page.GetByRole(AriaRole.Textbox, new() { Name = "正文", Exact = true });
        await body.ClickAsync();
        await page.Keyboard.TypeAsync("供暖期自11月15日起。");
        await page.GetByRole(AriaRole.Button, new() { Name = "插入表格" }).ClickAsync();
        await page.Keyboard.TypeAsync("片区");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("责任单位");
        await Assertions.Expect(body.Locator("table th").First).ToHaveTextAsync("片区");
        await page.GetByRole(AriaRole.Button, new() { Name = "添加权利人" }).ClickAsync();
        await page.GetByLabel("权利人名称").FillAsync("永安供热有限公司");
        await page.GetByRole(AriaRole.Button, new() { Name = "删除权利人 1" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("权利人名称")).ToHaveCountAsync(0);
        await drafter.AssertChineseAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("notice")).ToHaveTextAsync("已保存第 1 版。");
        await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "正文", Exact = true }).Locator("table td, table th")).ToHaveCountAsync(9);
        await RunningHost.ScreenshotAsync(page, "item-editor");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交审查" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("notice")).ToHaveTextAsync("第 1 版已提交，进入“保密审查”环节。");
        await Assertions.Expect(page.GetByTestId("read-only-reason")).ToContainTextAsync("正在审核中");
        await drafter.AssertChineseAsync();

        var reviewer = await StaffSession.SignInAsync(host, "lijianguo");
        var list = reviewer.Page;
        var row = list.GetByTestId("tasks").Locator("tr", new() { HasText = title });
        await Assertions.Expect(row).ToContainTextAsync("保密审查");
        await Assertions.Expect(row).ToContainTextAsync("2.2 扶贫、优抚、教育、社会保障、劳动就业等方面的标准、条件及实施情况");
        await list.GetByPlaceholder("事项标题").FillAsync("不存在的事项");
        await Assertions.Expect(row).ToHaveCountAsync(0);
        await list.GetByPlaceholder("事项标题").FillAsync("供暖");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await RunningHost.ScreenshotAsync(list, "task-inbox");
        await reviewer.AssertChineseAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "认领" }).ClickAsync();
        await Assertions.Expect(list.GetByTestId("notice")).ToHaveTextAsync("已认领“保密审查”任务。");
        await list.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(list.Locator("h1")).ToHaveTextAsync($"保密审查：{title}");
        await Assertions.Expect(list.GetByTestId("item-body").Locator("table th").First).ToHaveTextAsync("片区");
        await Assertions.Expect(list.GetByTestId("channels")).ToHaveTextAsync("政府网站信息公开专栏、微信公众平台");
        await Assertions.Expect(list.GetByTestId("time-left")).ToContainTextAsync("剩余");
        await list.GetByRole(AriaRole.Button, new() { Name = "退回修改" }).ClickAsync();
        await Assertions.Expect(list.Locator("[data-field=comment] .field-error")).ToContainTextAsync("必须填写意见");
        await list.GetByLabel("意见").FillAsync("请补充供暖服务热线电话。");
        await RunningHost.ScreenshotAsync(list, "review");
        await reviewer.AssertChineseAsync();
        await list.GetByRole(AriaRole.Button, new() { Name = "退回修改" }).ClickAsync();
        await Assertions.Expect(list.GetByTestId("notice")).ToContainTextAsync("“保密审查”已办理：退回修改。下一环节：拟稿。");
        await Assertions.Expect(list.GetByTestId("history")).ToContainTextAsync("请补充供暖服务热线电话。");
        await reviewer.AssertChineseAsync();

        await page.GotoAsync("/app");
        await page.GetByTestId("tasks").GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("returned")).ToContainTextAsync("请补充供暖服务热线电话。");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "正文", Exact = true }).Locator("p").First.ClickAsync();
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.TypeAsync("服务热线：0533-6412345。");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交审查" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("notice")).ToHaveTextAsync("第 1 版已提交，进入“保密审查”环节。");

        await list.GotoAsync("/app");
        await list.GetByTestId("tasks").GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(list.GetByTestId("item-body")).ToContainTextAsync("0533-6412345");
        await list.GetByRole(AriaRole.Button, new() { Name = "审查通过" }).ClickAsync();
        await Assertions.Expect(list.GetByTestId("notice")).ToContainTextAsync("下一环节：领导签发");

        var leader = await StaffSession.SignInAsync(host, "zhangzhiqiang");
        await leader.Page.GetByTestId("tasks").GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(leader.Page.GetByTestId("history")).ToContainTextAsync("审查通过");
        await leader.Page.GetByRole(AriaRole.Button, new() { Name = "同意发布" }).ClickAsync();
        await Assertions.Expect(leader.Page.GetByTestId("task-done")).ToContainTextAsync("同意发布");
        await Assertions.Expect(leader.Page.GetByTestId("history")).ToContainTextAsync("已发布");
        await leader.AssertChineseAsync();

        var reader = await host.Browser.NewPageAsync();
        await reader.GotoAsync(host.BaseUrl + "/gongkai?q=" + Uri.EscapeDataString("供暖"));
        await reader.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(reader.Locator("main")).ToContainTextAsync("0533-6412345");
        await Assertions.Expect(reader.Locator("main table th").First).ToHaveTextAsync("片区");
        await Assertions.Expect(reader.Locator("article")).ToContainTextAsync("政策解读");
        await Assertions.Expect(reader.Locator("article")).ToContainTextAsync("本安排明确了供暖保障的责任分工。");
        Assert.DoesNotContain("<script", await reader.ContentAsync(), StringComparison.OrdinalIgnoreCase);
        foreach (var session in new[] { drafter, reviewer, leader })
        {
            session.AssertNoProblems();
        }
    }
}
