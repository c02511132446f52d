using System.Globalization;
using Disclosure.Workflows.Applications;
using Disclosure.Workflows.Calendar;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;
using Microsoft.Playwright;
using MiniExcelLibs;

namespace Disclosure.Host.Tests.Browser;

/// <summary>
/// The supervision view (督查) in Chromium, on a record the test made and so knows: work started
/// seventy days ago and left lying (a review, a late draft, two applications at 登记 and 承办), one
/// publication and one reply late and one of each on time, and a long-term item past its review
/// date. The leader reads the rates, the overdue counts by department and by step with their bars,
/// and the long-term list, and exports the workbook, whose every cell equals the screen; a drafter
/// is refused the screen and the workbook.
/// </summary>
[Collection(BrowserHosts.Supervision)]
public sealed class SupervisionBrowserTests(BareHost host) : IClassFixture<BrowserClass>
{
    private const string Office = "党政办公室";
    private const string Social = "社会事务办公室";
    private const string Urban = "城市管理办公室";
    private const string Stale = "永安街道办事处机构职能（复核测试）";

    /// <summary>Overdue by department: tasks, publications not out by their date, applications past their period.</summary>
    private static readonly string[][] ByDepartment = [[Office, "2", "0", "2", "4"], [Social, "1", "1", "0", "2"], [Urban, "0", "1", "0", "1"]];

    /// <summary>Overdue by step: tasks waiting there, and applications whose period ran out there (equal totals by name).</summary>
    private static readonly string[][] ByStep = [["承办", "1", "0", "1", "2"], ["登记", "1", "0", "1", "2"], ["保密审查", "1", "0", "0", "1"]];

    [Fact]
    public async Task ALeader_SeesTheRatesAndTheOverdueWorkTheRecordGives_WithBars_AndExportsTheSameWorkbook_ADrafterIsRefused()
    {
        var past = await MakeTheRecordAsync();
        var leader = await StaffSession.SignInAsync(host, "zhangzhiqiang");
        var page = leader.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "督查", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("政务公开督查");

        // The rates: one of two publications and one of two replies on time (and, when the record's
        // start fell in this year, the long-term item published on time then).
        var thisYear = WorkingDayCalendar.DateOf(DateTimeOffset.UtcNow).Year;
        var (published, inTime) = past.Year == thisYear ? (3, 2) : (2, 1);
        var rates = page.GetByTestId("supervision-rate");
        await Assertions.Expect(rates).ToHaveCountAsync(2);
        await Assertions.Expect(rates.Nth(0).Locator(".label")).ToHaveTextAsync(Messages.SupervisionHeading("publications").Text);
        await Assertions.Expect(rates.Nth(0).Locator(".meta")).ToHaveTextAsync($"{inTime} / {published}");
        await Assertions.Expect(rates.Nth(0).Locator(".value")).ToHaveTextAsync(Percent(inTime, published));
        await Assertions.Expect(rates.Nth(1).Locator(".label")).ToHaveTextAsync(Messages.SupervisionHeading("replies").Text);
        await Assertions.Expect(rates.Nth(1).Locator(".meta")).ToHaveTextAsync("1 / 2");
        await Assertions.Expect(rates.Nth(1).Locator(".value")).ToHaveTextAsync("50%");
        await AssertBarAsync(rates.Nth(1).Locator(".bar span"), 0.5);

        // Overdue work: the tables hold the record, largest first, each line with a bar as long as its total.
        var departments = await ReadAsync(page.GetByTestId("by-department"));
        var steps = await ReadAsync(page.GetByTestId("by-step"));
        Assert.Equal(ByDepartment, departments.Skip(1).Select(r => r[..5]));
        Assert.Equal(ByStep, steps.Skip(1).Select(r => r[..5]));
        Assert.Equal([Messages.SupervisionHeading("department").Text, "超期任务", "逾期未公开", "逾期未答复申请", "合计"], departments[0][..5]);
        await AssertBarsAsync(page.GetByTestId("by-department"), [4, 2, 1]);
        await AssertBarsAsync(page.GetByTestId("by-step"), [2, 2, 1]);
        var stale = await ReadAsync(page.GetByTestId("stale"));
        Assert.Equal([Stale, Office], stale[1][..2]);
        Assert.Equal(2, stale.Length);
        await RunningHost.ScreenshotAsync(page, "supervision");
        await leader.AssertChineseAsync();
        await leader.AssertFitsWidthAsync();

        // The workbook, downloaded from the screen: every sheet cell equals what the screen shows.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("supervision-export").ClickAsync());
        Assert.Equal(Messages.SupervisionFileName(thisYear).Text, download.SuggestedFilename);
        var workbook = await download.PathAsync();
        string H(string code) => Messages.SupervisionHeading(code).Text;
        Assert.Equal([H("sheet.rates"), H("sheet.departments"), H("sheet.steps"), H("sheet.stale")], MiniExcel.GetSheetNames(workbook));
        var sheetRates = Sheet(workbook, H("sheet.rates"));
        Assert.Equal([H("what"), H("total"), H("in-time"), H("rate")], sheetRates[0]);
        Assert.Equal([H("publications"), $"{published}", $"{inTime}", Percent(inTime, published).TrimEnd('%')], sheetRates[1]);
        Assert.Equal([H("replies"), "2", "1", "50"], sheetRates[2]);
        Assert.Equal(departments.Select(r => r[..5]), Sheet(workbook, H("sheet.departments")));
        Assert.Equal(steps.Select(r => r[..5]), Sheet(workbook, H("sheet.steps")));
        Assert.Equal(stale, Sheet(workbook, H("sheet.stale")));
        leader.AssertNoProblems();

        // A drafter: no menu entry, the screen refused in Chinese with none of its figures, the workbook refused.
        var drafter = await StaffSession.SignInAsync(host, "wangmin");
        await Assertions.Expect(drafter.Page.GetByRole(AriaRole.Link, new() { Name = "督查", Exact = true })).ToHaveCountAsync(0);
        await drafter.Page.GotoAsync("/app/supervision");
        await Assertions.Expect(drafter.Page.GetByTestId("error-detail")).ToBeVisibleAsync();
        await Assertions.Expect(drafter.Page.GetByTestId("supervision-rate")).ToHaveCountAsync(0);
        await Assertions.Expect(drafter.Page.Locator("table")).ToHaveCountAsync(0);
        await drafter.AssertChineseAsync();
        var refused = await drafter.Page.Context.APIRequest.GetAsync($"/api/supervision/export.xlsx?year={thisYear}");
        Assert.Equal(403, refused.Status);
        Assert.DoesNotContain("spreadsheetml", refused.Headers.GetValueOrDefault("content-type", string.Empty), StringComparison.Ordinal);
    }

    /// <summary>The record, made through the domain seventy days ago and now; returns when it started.</summary>
    private async Task<DateTimeOffset> MakeTheRecordAsync()
    {
        var now = DateTimeOffset.UtcNow;
        var past = now.AddDays(-70);
        await using var record = PastRecord.Open(host, past);
        var formed = WorkingDayCalendar.DateOf(past).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        // Left lying since then: a review (and so a publication past its date), a draft past its date,
        // an application never registered and one never answered.
        await record.SubmitAsync(Item("永安街道社区养老服务站运营情况", Social, formed));
        await record.DraftAsync(Item("永安街道市容环境整治工作方案", Urban, formed));
        await Receive(record, "孙某某", register: false);
        await Receive(record, "钱某某", register: true);
        // Answered or published late, today.
        var lateItem = await record.SubmitAsync(Item("永安街道财政预算执行情况", "财政所", formed));
        var lateApplication = await Receive(record, "周某某", register: true);
        // A long-term item reviewed monthly, published on time then and not confirmed since.
        await record.ApproveAllAsync(await record.SubmitAsync(Item(Stale, Office, formed) with { ReviewIntervalMonths = 1 }));

        record.At(now);
        await record.ApproveAllAsync(lateItem);
        await record.ReplyAsync(lateApplication, ReplyTypes.Disclose, null, "所申请的信息已提供。");
        var today = WorkingDayCalendar.DateOf(now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await record.ApproveAllAsync(await record.SubmitAsync(Item("永安街道财政所工作职责", "财政所", today)));
        await record.ReplyAsync(await Receive(record, "吴某某", register: true), ReplyTypes.Disclose, null, "所申请的信息已提供。");
        return past;
    }

    private static async Task<Guid> Receive(PastRecord record, string name, bool register) =>
        register ? await record.ReceiveAsync(name, "NaturalPerson", "永安街道老旧小区改造的审批文件") : await record.ReceiveUnregisteredAsync(name, "NaturalPerson", "永安街道老旧小区改造的审批文件");

    private static ItemInput Item(string title, string body, string formedOn) => new()
    {
        Title = title, Body = "<p>具体内容见正文。</p>", CategoryCode = "4.2", Timing = "LongTerm", ReviewIntervalMonths = 12,
        Channels = ["BulletinBoard"], Audience = "Public", LegalBasis = "《中华人民共和国政府信息公开条例》第二十条",
        ResponsibleBody = body, FormedOn = formedOn,
    };

    private static string Percent(int part, int whole) => $"{Math.Round(100m * part / whole, 1).ToString(CultureInfo.InvariantCulture)}%";

    /// <summary>A table on screen as rows of cell texts, its heading row first.</summary>
    private static async Task<string[][]> ReadAsync(ILocator table)
    {
        await Assertions.Expect(table).ToBeVisibleAsync();
        return await table.Locator("tr").EvaluateAllAsync<string[][]>("rows => rows.map(r => Array.from(r.children).map(c => c.textContent.trim()))");
    }

    /// <summary>Each line's bar is drawn, as long relative to the longest as its total is to the largest.</summary>
    private static async Task AssertBarsAsync(ILocator table, int[] totals)
    {
        var bars = table.Locator("span.bar");
        await Assertions.Expect(bars).ToHaveCountAsync(totals.Length);
        var full = (await bars.Nth(0).BoundingBoxAsync())!.Width;
        Assert.True(full > 20, $"the longest bar is {full}px wide");
        for (var i = 1; i < totals.Length; i++)
        {
            await AssertBarAsync(bars.Nth(i), (double)totals[i] / totals[0], full);
        }
    }

    private static async Task AssertBarAsync(ILocator bar, double share, double? full = null)
    {
        await Assertions.Expect(bar).ToBeVisibleAsync();
        var width = (await bar.BoundingBoxAsync())!.Width;
        var whole = full ?? (await bar.Locator("xpath=..").BoundingBoxAsync())!.Width;
        Assert.True(Math.Abs(width - (whole * share)) <= 2, $"a bar of {width}px for {share:P0} of {whole}px");
    }

    /// <summary>A sheet as rows of cell texts, its heading row first.</summary>
    private static List<string[]> Sheet(string path, string name)
    {
        var rows = MiniExcel.Query(path, useHeaderRow: false, sheetName: name, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>()
            .Select(r => r.Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? string.Empty).ToArray()).ToList();
        return rows;
    }
}
