using Disclosure.Testing;
using Microsoft.Playwright;

namespace Disclosure.Host.Tests.Browser;

/// <summary>
/// Every member of staff doing their job in Chromium: the drafter writes an item with a table and
/// submits it, the reviewer returns it with a comment, the drafter fixes and resubmits, the reviewer
/// approves, the leader signs off, and the public reads it. Every staff screen visited is checked
/// for English and for script errors.
/// </summary>
[Collection(BrowserHosts.Countersign)]
public sealed class StaffFlowBrowserTests(RunningHost host) : IClassFixture<BrowserClass>
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
        // The day as the browser's own date field used to show it is not the office's format: said at the field when it is left.
        var formedOn = page.GetByLabel("信息形成或变更日期");
        await formedOn.FillAsync("11/26/2026");
        await page.Keyboard.PressAsync("Tab");
        var message = page.GetByTestId("formedOn-message");
        await Assertions.Expect(message).ToHaveTextAsync("请按“2026-12-04”的格式填写日期。");
        // The message goes as soon as the text is a day, and its going moves nothing below it.
        var save = page.GetByRole(AriaRole.Button, new() { Name = "保存" });
        const string top = "e => e.getBoundingClientRect().top + window.scrollY";
        var withMessage = await save.EvaluateAsync<double>(top);
        await formedOn.FillAsync("2026-11-26");
        await Assertions.Expect(message).ToHaveTextAsync(string.Empty);
        Assert.Equal(withMessage, await save.EvaluateAsync<double>(top));
        await formedOn.FillAsync("11/26/2026");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(message).ToHaveTextAsync("请按“2026-12-04”的格式填写日期。");
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
        // Corrected and saved at once, without leaving the field first: the message going away does
        // not move 保存 from under the click (it did, and the click was lost), and the day is saved.
        await formedOn.FillAsync("2026-11-26");
        await save.ClickAsync();
        await Assertions.Expect(page.GetByTestId("notice")).ToHaveTextAsync("已保存第 1 版。");
        await Assertions.Expect(formedOn).ToHaveValueAsync("2026-11-26");
        // A day not in the office's format is refused at its field by the form's own check, and nothing is stored.
        var saved = page.Url;
        await formedOn.FillAsync("2026/11/27");
        await save.ClickAsync();
        await Assertions.Expect(message).ToHaveTextAsync("信息形成或变更日期“2026/11/27”格式不正确，应为 yyyy-MM-dd（如 2026-03-15）。");
        await page.GotoAsync(saved);
        await Assertions.Expect(formedOn).ToHaveValueAsync("2026-11-26");
        await Assertions.Expect(message).ToHaveTextAsync(string.Empty);
        await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "正文", Exact = true }).Locator("table td, table th")).ToHaveCountAsync(9);
        await AttachFilesAsync(page);
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
        // The due-day filter takes a day in the office's format; anything else is said at the field and filters nothing.
        var dueBy = list.GetByLabel("到期不晚于");
        await dueBy.FillAsync("2020-01-01");
        await Assertions.Expect(row).ToHaveCountAsync(0);
        await dueBy.FillAsync("2099/12/31");
        await list.Keyboard.PressAsync("Tab");
        await Assertions.Expect(list.GetByTestId("tf-4-message")).ToHaveTextAsync("请按“2026-12-04”的格式填写日期。");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await dueBy.FillAsync("2099-12-31");
        await Assertions.Expect(list.GetByTestId("tf-4-message")).ToHaveTextAsync(string.Empty);
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await dueBy.FillAsync(string.Empty);
        await RunningHost.ScreenshotAsync(list, "task-inbox");
        await reviewer.AssertChineseAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "认领" }).ClickAsync();
        await Assertions.Expect(list.GetByTestId("notice")).ToHaveTextAsync("已认领“保密审查”任务。");
        await list.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(list.Locator("h1")).ToHaveTextAsync($"保密审查：{title}");
        await Assertions.Expect(list.GetByTestId("item-body").Locator("table th").First).ToHaveTextAsync("片区");
        await Assertions.Expect(list.GetByTestId("channels")).ToHaveTextAsync("政府网站信息公开专栏、微信公众平台");
        await Assertions.Expect(list.GetByTestId("time-left")).ToContainTextAsync("剩余");
        var attachments = list.GetByTestId("attachments");
        await Assertions.Expect(attachments.Locator("li")).ToHaveCountAsync(1);
        await Assertions.Expect(attachments).ToContainTextAsync("PDF 文档");
        await Assertions.Expect(list.GetByLabel("添加附件")).ToHaveCountAsync(0);
        await Assertions.Expect(attachments.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        var download = await list.RunAndWaitForDownloadAsync(() => attachments.GetByRole(AriaRole.Link, new() { Name = Map, Exact = true }).ClickAsync());
        Assert.Equal(Map, download.SuggestedFilename);
        Assert.Equal(SampleFiles.Pdf(), await File.ReadAllBytesAsync(await download.PathAsync()));
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

        var reader = await host.NewPageAsync();
        await reader.GotoAsync(host.BaseUrl + "/gongkai?q=" + Uri.EscapeDataString("供暖"));
        await reader.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(reader.Locator("main")).ToContainTextAsync("0533-6412345");
        await Assertions.Expect(reader.Locator("main table th").First).ToHaveTextAsync("片区");
        await Assertions.Expect(reader.Locator("article")).ToContainTextAsync("政策解读");
        await Assertions.Expect(reader.Locator("article")).ToContainTextAsync("本安排明确了供暖保障的责任分工。");
        await Assertions.Expect(reader.Locator("article").GetByRole(AriaRole.Link, new() { Name = Map, Exact = true })).ToBeVisibleAsync();
        Assert.DoesNotContain("<script", await reader.ContentAsync(), StringComparison.OrdinalIgnoreCase);
        foreach (var session in new[] { drafter, reviewer, leader })
        {
            session.AssertNoProblems();
        }
    }

    private const string Map = "供暖片区分布图.pdf";

    /// <summary>
    /// The drafter adds a PDF, is refused a text file named .pdf (at the field, nothing stored), adds
    /// a photo and removes it again: one file stays on 第 1 版.
    /// </summary>
    private static async Task AttachFilesAsync(IPage page)
    {
        var picker = page.GetByLabel("添加附件");
        var files = page.GetByTestId("attachments").Locator("li");
        var notice = page.GetByTestId("attachment-notice");
        await Assertions.Expect(page.GetByTestId("no-attachments")).ToHaveTextAsync("第 1 版没有附件。");
        await picker.SetInputFilesAsync(new FilePayload { Name = Map, MimeType = "application/pdf", Buffer = SampleFiles.Pdf() });
        await Assertions.Expect(notice).ToHaveTextAsync($"已将“{Map}”添加到第 1 版。");
        await Assertions.Expect(files).ToHaveCountAsync(1);

        await picker.SetInputFilesAsync(new FilePayload { Name = "热线.pdf", MimeType = "application/pdf", Buffer = "服务热线 0533-6412345"u8.ToArray() });
        await Assertions.Expect(page.GetByTestId("attachment-error")).ToContainTextAsync("“热线.pdf”不是可接受的附件");
        await Assertions.Expect(files).ToHaveCountAsync(1);

        await picker.SetInputFilesAsync(new FilePayload { Name = "现场照片.png", MimeType = "image/png", Buffer = SampleFiles.Png() });
        await Assertions.Expect(notice).ToHaveTextAsync("已将“现场照片.png”添加到第 1 版。");
        await Assertions.Expect(files).ToHaveCountAsync(2);
        await page.GetByRole(AriaRole.Button, new() { Name = "删除附件 现场照片.png" }).ClickAsync();
        await Assertions.Expect(notice).ToHaveTextAsync("已从第 1 版删除“现场照片.png”。");
        await Assertions.Expect(files).ToHaveCountAsync(1);
        await Assertions.Expect(files.GetByRole(AriaRole.Link, new() { Name = Map, Exact = true })).ToBeVisibleAsync();
    }
}
