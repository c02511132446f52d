using Disclosure.Workflows.Common;
using Microsoft.Playwright;

namespace Disclosure.Host.Tests.Browser;

/// <summary>
/// An application from start to reply in Chromium: a citizen applies on a phone without script,
/// staff ask for a correction, the citizen corrects on the tracking page, the reply is drafted,
/// reviewed and signed off on the staff screens, and the citizen reads it on the tracking page.
/// </summary>
[Collection(BrowserHosts.StandardPathChanged)]
public sealed class ApplicationFlowBrowserTests(RunningHost host) : IClassFixture<BrowserClass>
{
    [Fact]
    public async Task StaffRegisterALetter_OnTheDayReceived_WrittenInTheOfficesFormat()
    {
        var registrar = await StaffSession.SignInAsync(host, "wangmin");
        var page = registrar.Page;
        await page.GotoAsync("/app/applications/new");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("登记信函或当面申请");
        // The day received starts as today, written as the office writes days.
        var receivedOn = page.GetByLabel("收到申请日期");
        await Assertions.Expect(receivedOn).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(@"^\d{4}-\d{2}-\d{2}$"));
        var today = await receivedOn.InputValueAsync();
        await page.GetByLabel("申请人类型").SelectOptionAsync("NaturalPerson");
        await page.GetByLabel("姓名或名称").FillAsync("李四");
        await page.GetByLabel("身份证件号码或统一社会信用代码").FillAsync("370306199001011234");
        await page.GetByLabel("联系电话").FillAsync("13953312345");
        await page.GetByLabel("所需政府信息的描述").FillAsync("和平小区加装电梯的审批文件");
        await page.GetByLabel("获取信息的方式").SelectOptionAsync("Pickup");

        // A day as an English browser writes it is refused at its field, and nothing is registered.
        await receivedOn.FillAsync("11/20/2026");
        await page.GetByTestId("register-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("receivedOn-message"))
            .ToHaveTextAsync(Messages.DateInvalid(Messages.ApplicationFieldLabel("receivedOn").Text, "11/20/2026").Text);
        await Assertions.Expect(page.GetByTestId("registered-number")).ToHaveCountAsync(0);

        // Written as the office writes it and registered at once.
        await receivedOn.FillAsync(today);
        await page.GetByTestId("register-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("registered-number")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("dd", new() { HasText = today })).ToHaveCountAsync(1);
        await registrar.AssertChineseAsync();
        registrar.AssertNoProblems();
    }

    [Fact]
    public async Task ACitizenAppliesOnAPhone_CorrectsWhenAsked_AndReadsTheSignedReplyOnTheTrackingPage()
    {
        await using var phone = await host.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = false,
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            BaseURL = host.BaseUrl,
        });
        var citizen = await phone.NewPageAsync();

        // Applies on the phone, with no script; a missing field is shown at the field first.
        var opened = await citizen.GotoAsync("/yishenqing");
        Assert.Contains("script-src 'none'", await opened!.HeaderValueAsync("content-security-policy") ?? string.Empty, StringComparison.Ordinal);
        await citizen.GetByLabel("申请人类型").SelectOptionAsync("NaturalPerson");
        await citizen.GetByLabel("姓名或名称").FillAsync("张三");
        await citizen.GetByLabel("身份证件号码或统一社会信用代码").FillAsync("370306199001011234");
        await citizen.GetByLabel("联系电话").FillAsync("13953312345");
        await citizen.GetByLabel("所需政府信息的名称、文号或便于查询的特征性描述").FillAsync("关于小区改造的文件");
        await citizen.GetByLabel("自行领取").CheckAsync();
        await citizen.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        await Assertions.Expect(citizen.GetByTestId("applicantKind-error")).ToHaveCountAsync(0);
        await Assertions.Expect(citizen.GetByTestId("apply-number")).ToBeVisibleAsync();
        var number = (await citizen.GetByTestId("apply-number").InnerTextAsync()).Trim();
        var code = (await citizen.GetByTestId("apply-code").InnerTextAsync()).Trim();
        await RunningHost.ScreenshotAsync(citizen, "application-receipt-phone");
        var width = await citizen.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"the receipt scrolls sideways: {width}px");

        // Staff ask for a correction.
        var registrar = await StaffSession.SignInAsync(host, "wangmin");
        var applicationUrl = await OpenApplicationAsync(registrar, number);
        await registrar.Page.GetByTestId("task-register").GetByTestId("task-comment").FillAsync("请写明所需文件对应的小区名称");
        await registrar.Page.GetByTestId("outcome-ask-correction").ClickAsync();
        await ExpectStatusAsync(registrar, "待申请人补正");

        // The citizen corrects on the tracking page.
        await TrackAsync(citizen, number, code);
        await Assertions.Expect(citizen.GetByTestId("correction-request")).ToContainTextAsync("请写明所需文件对应的小区名称");
        await citizen.GetByLabel("补正内容").FillAsync("小区名称：永安街道和平小区");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "提交补正" }).ClickAsync();
        await Assertions.Expect(citizen.GetByTestId("correction-received")).ToBeVisibleAsync();

        // The handler drafts the reply and submits it.
        await registrar.Page.GotoAsync(applicationUrl);
        await Assertions.Expect(registrar.Page.GetByTestId("reply-panel")).ToBeVisibleAsync();
        await registrar.Page.GetByTestId("reply-type").SelectOptionAsync("disclose");
        await registrar.Page.GetByTestId("reply-text").FillAsync("和平小区改造实施方案见附件，请于工作日到党政办公室领取。");
        await registrar.Page.GetByTestId("reply-save").ClickAsync();
        await Assertions.Expect(registrar.Page.GetByTestId("application-reply")).ToHaveTextAsync("予以公开");
        var submit = registrar.Page.GetByTestId("outcome-submit");
        var submitted = await submit.InnerTextAsync();
        await submit.ClickAsync();
        // The handler's page never shows the review's panel, so its absence alone passed before the
        // submit landed: the page's message says the step was done.
        await Assertions.Expect(registrar.Page.GetByTestId("application-message")).ToContainTextAsync($"已办理：{submitted.Trim()}");
        await Assertions.Expect(registrar.Page.GetByTestId("task-review")).ToHaveCountAsync(0);
        await RunningHost.ScreenshotAsync(registrar.Page, "application-staff");
        registrar.AssertNoProblems();

        // Reviewed and signed off.
        var reviewer = await StaffSession.SignInAsync(host, "lijianguo");
        await OpenApplicationAsync(reviewer, number);
        await reviewer.Page.GetByTestId("outcome-approve").ClickAsync();
        await Assertions.Expect(reviewer.Page.GetByTestId("task-review")).ToHaveCountAsync(0);
        var leader = await StaffSession.SignInAsync(host, "zhangzhiqiang");
        await OpenApplicationAsync(leader, number);
        await Assertions.Expect(leader.Page.GetByTestId("task-sign-off")).ToBeVisibleAsync();
        await leader.Page.GetByTestId("task-sign-off").GetByTestId("outcome-approve").ClickAsync();
        await ExpectStatusAsync(leader, "已答复");
        leader.AssertNoProblems();

        // The citizen reads the reply.
        await TrackAsync(citizen, number, code);
        await Assertions.Expect(citizen.GetByTestId("track-status")).ToHaveTextAsync("已答复");
        var letter = citizen.GetByTestId("reply-letter");
        await Assertions.Expect(letter).ToContainTextAsync("政府信息公开申请答复告知书");
        await Assertions.Expect(letter.GetByTestId("reply-decision")).ToHaveTextAsync("予以公开");
        await Assertions.Expect(letter).ToContainTextAsync("和平小区改造实施方案");
        await Assertions.Expect(letter).ToContainTextAsync("申请行政复议");
        await RunningHost.ScreenshotAsync(citizen, "application-reply-phone");
        width = await citizen.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"the tracking page scrolls sideways: {width}px");
    }

    /// <summary>The status the screen shows; on a mismatch, the screen's text and the browser's problems in the failure.</summary>
    private static async Task ExpectStatusAsync(StaffSession session, string status)
    {
        try
        {
            await Assertions.Expect(session.Page.GetByTestId("application-status")).ToHaveTextAsync(status, new() { Timeout = RunningHost.Patience });
        }
        catch (PlaywrightException ex)
        {
            throw new InvalidOperationException($"{ex.Message}\nscreen: {await session.Page.Locator("main").InnerTextAsync()}\nproblems: {string.Join(" | ", session.Problems)}", ex);
        }
    }

    private static async Task<string> OpenApplicationAsync(StaffSession session, string number)
    {
        await session.Page.GotoAsync("/app/applications");
        await session.Page.GetByRole(AriaRole.Link, new() { Name = number, Exact = true }).ClickAsync();
        await Assertions.Expect(session.Page.GetByTestId("application-number")).ToHaveTextAsync(number);
        return session.Page.Url;
    }

    private static async Task TrackAsync(IPage citizen, string number, string code)
    {
        var opened = await citizen.GotoAsync("/yishenqing/chaxun");
        Assert.Contains("script-src 'none'", await opened!.HeaderValueAsync("content-security-policy") ?? string.Empty, StringComparison.Ordinal);
        await citizen.GetByLabel("申请编号").FillAsync(number);
        await citizen.GetByLabel("查询码").FillAsync(code);
        await citizen.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Assertions.Expect(citizen.GetByTestId("track-number")).ToHaveTextAsync(number);
    }
}
