using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Disclosure.Host.Tests.Browser.AdminScreens;

namespace Disclosure.Host.Tests.Browser;

/// <summary>Holiday schedules, staff accounts, the 403 page and every administration screen on a phone.</summary>
[Collection(BrowserHosts.Administration)]
public sealed class AdminAccountsAndCalendarBrowserTests : IClassFixture<BrowserClass>
{
    private readonly RunningHost _host;

    public AdminAccountsAndCalendarBrowserTests(RunningHost host)
    {
        _host = host;
    }

    [Fact]
    public async Task AnAdministrator_EntersAYearAsTheNoticePrintsIt_AndSeesExactlyWhatWasEntered()
    {
        const string Holidays = "01-01 至 01-03\n02-06 至 02-14\n04-03 至 04-05\n05-01 至 05-05\n06-12 至 06-14\n09-19 至 09-21\n10-01 至 10-07";
        var session = await StaffSession.SignInAsync(_host, "zhaoli");
        var page = session.Page;
        await page.GotoAsync("/app/admin/calendar");
        // The Host ships schedules up to 2026; the screen opens on next year, which nobody has entered.
        var warning = page.GetByTestId("calendar-warning");
        await Assertions.Expect(warning).ToContainTextAsync("节假日安排尚未录入");
        var year = int.Parse(await page.Locator("section[data-year]").GetAttributeAsync("data-year") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        await Assertions.Expect(page.GetByTestId("year-state")).ToHaveTextAsync("未录入");

        await page.GetByLabel("放假（每行一段").FillAsync("02-30 至 03-01");
        await page.GetByRole(AriaRole.Button, new() { Name = $"保存 {year} 年安排" }).ClickAsync();
        await Assertions.Expect(page.Locator(".field-error")).ToContainTextAsync("“02-30 至 03-01”不是有效的日期或日期范围");

        // Two weekend days worked, outside every holiday: the first Saturday of March and of November.
        var workdays = string.Join("、", new[] { 3, 11 }.Select(month => First(year, month, DayOfWeek.Saturday)));
        await page.GetByLabel("放假（每行一段").FillAsync(Holidays);
        await page.GetByLabel("调休上班（").FillAsync(workdays);
        await page.GetByRole(AriaRole.Button, new() { Name = $"保存 {year} 年安排" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("notice")).ToHaveTextAsync($"已保存 {year} 年节假日安排：放假 33 天，调休上班 2 天。");

        // What was entered is what is shown: the same ranges, weekend days inside them included.
        await Assertions.Expect(page.GetByLabel("放假（每行一段")).ToHaveValueAsync(Holidays);
        await Assertions.Expect(page.GetByLabel("调休上班（")).ToHaveValueAsync(workdays);
        var entered = page.GetByTestId("entered");
        await Assertions.Expect(entered.Locator("tbody tr")).ToHaveCountAsync(7);
        await Assertions.Expect(entered.Locator("tbody tr").Nth(1)).ToContainTextAsync($"{year}-02-06");
        await Assertions.Expect(entered.Locator("tbody tr").Nth(1)).ToContainTextAsync("共 9 天");
        await Assertions.Expect(page.GetByTestId("year-state")).ToHaveTextAsync("已录入");
        await RunningHost.ScreenshotAsync(page, "holiday-schedule");
        if (await warning.CountAsync() > 0)
        {
            await Assertions.Expect(warning).Not.ToContainTextAsync($"{year}");
        }

        await AssertNoEnglishAsync(page);
        session.AssertNoProblems();
    }

    [Fact]
    public async Task AnAdministrator_CreatesAUser_DisablesThem_AndSetsANewPassword()
    {
        var admin = await StaffSession.SignInAsync(_host, "zhaoli");
        var page = admin.Page;
        RefuseDialogs(page, admin.Problems);
        var name = "孙丽" + Hostile;
        await page.GotoAsync("/app/admin/users");
        await page.GetByRole(AriaRole.Link, new() { Name = "新建用户" }).ClickAsync();
        await page.GetByLabel("用户名").FillAsync("sunli");
        await page.GetByLabel("姓名").FillAsync(name);
        await page.GetByLabel("部门").FillAsync("社会事务办公室");
        await page.GetByLabel("初始密码").FillAsync("weak");
        await page.GetByLabel("拟稿人").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "新建用户" }).ClickAsync();
        await Assertions.Expect(page.Locator(".field-error").First).ToContainTextAsync("密码至少需要 10 个字符");
        await AssertNoEnglishAsync(page);
        await page.GetByLabel("初始密码").FillAsync("Sunli@First2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "新建用户" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("notice")).ToHaveTextAsync($"已新建用户“{name}”。");

        // The new colleague works; once disabled, their open session and their sign-in end.
        var user = await SignInAsAsync("sunli", "Sunli@First2026");
        await Assertions.Expect(user.Page.GetByTestId("user-name")).ToHaveTextAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "停用账户" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "确认停用" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("user-standing")).ToHaveTextAsync("已停用");
        await user.Page.GotoAsync("/app");
        await user.Page.WaitForURLAsync(new Regex("/login"));
        await SignInFailsAsync(user.Page, "sunli", "Sunli@First2026", "该账户目前不允许登录，请联系管理员。");

        await page.GetByRole(AriaRole.Button, new() { Name = "启用账户" }).ClickAsync();
        // The notice shows the account is enabled; clicking on before it would race the notice
        // pushing the form down under the click.
        await Assertions.Expect(page.GetByTestId("notice")).ToHaveTextAsync($"已启用“{name}”的账户。");
        await Assertions.Expect(page.GetByTestId("user-standing")).ToHaveTextAsync("正常");
        await page.GetByLabel("新密码").FillAsync("short");
        await page.GetByRole(AriaRole.Button, new() { Name = "设置新密码" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("password").Locator(".field-error")).ToContainTextAsync("密码至少需要 10 个字符");
        await page.GetByLabel("新密码").FillAsync("Sunli@Second2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "设置新密码" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("notice")).ToContainTextAsync("已为");
        await SignInFailsAsync(user.Page, "sunli", "Sunli@First2026", "用户名或密码不正确。");
        await (await SignInAsAsync("sunli", "Sunli@Second2026")).Page.GetByTestId("user-name").WaitForAsync();

        // Roles and department, and the hostile name shown as text in the list.
        await page.GetByLabel("保密审查员").CheckAsync();
        await page.GetByLabel("部门").FillAsync("财政所");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        // Saved before the page is left: leaving at once could end the circuit before the save ran.
        await Assertions.Expect(page.GetByTestId("notice")).ToHaveTextAsync($"已保存“{name}”的角色和部门，其需重新登录后生效。");
        await page.GotoAsync("/app/admin/users");
        var row = page.Locator("tr[data-user='sunli']");
        await Assertions.Expect(row).ToContainTextAsync(name);
        await Assertions.Expect(row).ToContainTextAsync("拟稿人、保密审查员");
        await Assertions.Expect(row).ToContainTextAsync("财政所");
        await Assertions.Expect(page.Locator("img[src='x']")).ToHaveCountAsync(0);
        await AssertNoEnglishAsync(page);
        admin.AssertNoProblems();
    }

    [Fact]
    public async Task AnAdministratorDisabled_WhileTheirScreenIsOpen_IsSentToSignIn()
    {
        var admin = await StaffSession.SignInAsync(_host, "zhaoli");
        var page = admin.Page;
        await page.GotoAsync("/app/admin/users/new");
        await page.GetByLabel("用户名").FillAsync("deputy");
        await page.GetByLabel("姓名").FillAsync("副管理员");
        await page.GetByLabel("初始密码").FillAsync("Deputy@First2026");
        await page.GetByLabel("管理员").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "新建用户" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("notice")).ToHaveTextAsync("已新建用户“副管理员”。");

        // The deputy has the alerts open (an interactive screen, signed in once for its circuit).
        var deputy = await SignInAsAsync("deputy", "Deputy@First2026");
        await deputy.Page.GotoAsync("/app/admin/alerts");
        await Assertions.Expect(deputy.Page.Locator(".admin h1")).ToHaveTextAsync("预警");

        await page.GetByRole(AriaRole.Button, new() { Name = "停用账户" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "确认停用" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("user-standing")).ToHaveTextAsync("已停用");

        // Nobody touches the deputy's tab: it notices by itself and the sign-in page answers.
        await deputy.Page.WaitForURLAsync(new Regex("/login"));
        await Assertions.Expect(deputy.Page.Locator("h1")).ToHaveTextAsync("工作人员登录");
        admin.AssertNoProblems();
    }

    [Fact]
    public async Task AColleagueWithoutTheRole_OpeningAdministration_GetsTheChinese403Page()
    {
        var session = await StaffSession.SignInAsync(_host, "wangmin");
        foreach (var path in new[] { "/app/admin", "/app/admin/users", "/app/admin/definitions/standard-disclosure/1" })
        {
            var response = await session.Page.GotoAsync(path);
            Assert.Equal(403, response!.Status);
            await Assertions.Expect(session.Page.Locator("h1")).ToHaveTextAsync("无权访问");
            await AssertNoEnglishAsync(session.Page);
        }
    }

    [Fact]
    public async Task TheBackgroundJobsDashboard_SpeaksChinese_WithTheOfficesDateFormat_ForAdministratorsOnly()
    {
        var session = await StaffSession.SignInAsync(_host, "zhaoli");
        var page = session.Page;
        await page.GotoAsync("/app/admin");
        await Assertions.Expect(page.Locator("a.card[href='/hangfire']")).ToContainTextAsync("后台任务");
        await page.GotoAsync("/hangfire/recurring");

        // Job names from the catalogue; times in words once the dashboard's script has run.
        var outbox = page.Locator("tr", new() { HasText = "outbox-delivery" });
        await Assertions.Expect(outbox).ToContainTextAsync("发送待发消息（征求意见函等）");
        await Assertions.Expect(outbox.Locator("[data-moment]").First).ToHaveTextAsync(new Regex("[前后内]"));
        await Assertions.Expect(page.Locator("[data-moment-local]").First).ToHaveTextAsync(new Regex(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$"));
        var text = await page.EvaluateAsync<string>("() => document.body.innerText");
        Assert.DoesNotMatch(new Regex(@"\d{1,2}/\d{1,2}/\d{4}|\d [AP]M\b|\bago\b|\bin a\b|Background jobs|Host:"), text);
        await AssertNoEnglishAsync(page);
        session.AssertNoProblems();

        var drafter = await StaffSession.SignInAsync(_host, "wangmin");
        var refused = await drafter.Page.GotoAsync("/hangfire");
        Assert.Equal(403, refused!.Status);
        await Assertions.Expect(drafter.Page.Locator("h1")).ToHaveTextAsync("无权访问");
    }

    [Fact]
    public async Task EveryAdministrationScreen_FitsAPhone_AndSpeaksChinese()
    {
        var session = await StaffSession.SignInAsync(_host, "zhaoli", width: 390, height: 844);
        var page = session.Page;
        var paths = new[]
        {
            "/app/admin", "/app/admin/definitions", "/app/admin/definitions/standard-disclosure/1", "/app/admin/definitions/standard-disclosure/compare",
            "/app/admin/definitions/standard-disclosure/migrate", "/app/admin/calendar", "/app/admin/users", "/app/admin/users/new", "/app/admin/alerts",
        };
        foreach (var path in paths)
        {
            await page.GotoAsync(path);
            await Assertions.Expect(page.Locator(".admin h1")).ToBeVisibleAsync();
            await page.Locator(".ant-spin").WaitForAsync(new() { State = WaitForSelectorState.Detached });
            await AssertFitsAsync(page);
            await AssertNoEnglishAsync(page);
        }

        await page.GotoAsync("/app/admin/definitions/standard-disclosure/1");
        await page.Locator("section.step[data-node='review'] button.toggle").ClickAsync();
        // The step open, before the width is measured (it would pass on the closed step).
        await Assertions.Expect(page.Locator("section.step[data-node='review']").GetByLabel("名称", new() { Exact = true })).ToBeVisibleAsync();
        await AssertFitsAsync(page);
        // The shipped three-level review: a countersign shown in words, a first review by the item's own department.
        await page.GotoAsync("/app/admin/definitions/three-level-review/1");
        await page.Locator("section.step[data-node='countersign'] button.toggle").ClickAsync();
        await Assertions.Expect(page.GetByTestId("countersign")).ToContainTextAsync("会签：事项所列会签部门的");
        await page.Locator("section.step[data-node='first-review'] button.toggle").ClickAsync();
        await Assertions.Expect(page.Locator("section.step[data-node='first-review']").GetByLabel("仅由公开主体部门的该角色办理")).ToBeCheckedAsync();
        await AssertFitsAsync(page);
        await AssertNoEnglishAsync(page);
        await page.GotoAsync("/app/admin/users");
        await page.Locator("tr[data-user='lijianguo']").GetByRole(AriaRole.Link, new() { Name = "管理" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("user-standing")).ToBeVisibleAsync();
        await AssertFitsAsync(page);

        session.AssertNoProblems();
    }

    private static string First(int year, int month, DayOfWeek day) =>
        Enumerable.Range(1, 7).Select(d => new DateOnly(year, month, d)).First(d => d.DayOfWeek == day).ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<StaffSession> SignInAsAsync(string userName, string password)
    {
        var session = await StaffSession.OpenAsync(_host);
        await session.Page.GotoAsync("/login");
        await session.Page.GetByLabel("用户名").FillAsync(userName);
        await session.Page.GetByLabel("密码").FillAsync(password);
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await session.Page.WaitForURLAsync("**/app");
        return session;
    }

    private static async Task SignInFailsAsync(IPage page, string userName, string password, string message)
    {
        await page.GotoAsync("/login");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("sign-in-error")).ToHaveTextAsync(message);
    }
}
