using System.Globalization;
using Disclosure.Workflows.Applications;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Reports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Playwright;

namespace Disclosure.Host.Tests.Browser;

/// <summary>
/// The annual report in Chromium, on a record the test made and so knows to the figure: 2025's
/// normative documents (one from 2024 still in force, two issued, one of them repealed) and
/// applications (one carried in from 2024, three received, replied with three reply types, one
/// carried out to 2026). A drafter reads tables 二 and 三, enters the figures only staff know (a
/// wrong one is refused at its field and nothing is stored), regenerates, and downloads the .docx;
/// a reviewer may read but not change it (fields disabled, the API refuses); someone not signed in sees nothing.
/// </summary>
[Collection(BrowserHosts.AnnualReport)]
public sealed class AnnualReportBrowserTests(BareHost host) : IClassFixture<BrowserClass>
{
    private const int Year = 2025;

    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>Table 三 as the record gives it: row → the six applicant kinds and the total. Every other row is all 0.</summary>
    private static readonly Dictionary<string, int[]> Three = new(StringComparer.Ordinal)
    {
        ["received"] = [2, 1, 0, 0, 0, 0, 3],
        ["carried-in"] = [1, 0, 0, 0, 0, 0, 1],
        [ReplyTypes.Disclose] = [1, 0, 0, 0, 0, 0, 1],
        [$"{ReplyTypes.Withhold}.process-information"] = [1, 0, 0, 0, 0, 0, 1],
        [$"{ReplyTypes.Unavailable}.not-held"] = [0, 1, 0, 0, 0, 0, 1],
        ["results-total"] = [2, 1, 0, 0, 0, 0, 3],
        ["carried-out"] = [1, 0, 0, 0, 0, 0, 1],
    };

    /// <summary>What the drafter enters: table 二's other rows and table 四 cell by cell.</summary>
    private static readonly Dictionary<string, string> Entered = new(StringComparer.Ordinal)
    {
        ["licensing"] = "12", ["penalties"] = "3", ["enforcement"] = "1", ["fees"] = "1.25",
        ["reconsideration[0]"] = "2", ["reconsideration[1]"] = "1", ["reconsideration[3]"] = "1",
        ["litigationDirect[0]"] = "1", ["litigationAfterReconsideration[2]"] = "1",
    };

    [Fact]
    public async Task ADrafter_ReadsTheFiguresTheRecordGives_EntersTheRest_Regenerates_AndDownloadsTheDocx_AReviewerMayNotChangeIt()
    {
        await MakeTheYearAsync();
        var drafter = await StaffSession.SignInAsync(host, "wangmin");
        var page = drafter.Page;

        // From the menu to the list to the year's report.
        await page.GetByRole(AriaRole.Link, new() { Name = "年度报告", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("政府信息公开工作年度报告");
        await page.GetByRole(AriaRole.Link, new() { Name = Messages.ReportTitle(Year).Text }).ClickAsync();
        await page.WaitForURLAsync($"**/app/annual-reports/{Year}");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(Messages.ReportTitle(Year).Text);

        // Table 二's row the record answers, and table 三 row by row.
        await Assertions.Expect(page.GetByTestId("normative-issued")).ToHaveTextAsync("2");
        await Assertions.Expect(page.GetByTestId("normative-repealed")).ToHaveTextAsync("1");
        await Assertions.Expect(page.GetByTestId("normative-in-force")).ToHaveTextAsync("2");
        await AssertTableThreeAsync(page);
        await drafter.AssertChineseAsync();
        await drafter.AssertFitsWidthAsync();

        // A count with a fraction and an amount with three decimals: each refused at its field, nothing stored.
        var save = page.GetByTestId("report-save");
        await Field(page, "licensing").FillAsync("12.5");
        await Field(page, "fees").FillAsync("1.234");
        await Field(page, "penalties").FillAsync("3");
        await save.ClickAsync();
        await Assertions.Expect(page.GetByTestId("licensing-error")).ToHaveTextAsync(ReportEntryFields.Invalid(ReportEntryFields.Field("licensing")).Text);
        await Assertions.Expect(page.GetByTestId("fees-error")).ToHaveTextAsync(ReportEntryFields.Invalid(ReportEntryFields.Field("fees")).Text);
        await Assertions.Expect(Field(page, "licensing")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByTestId("penalties-error")).ToHaveCountAsync(0);
        await drafter.AssertChineseAsync();
        await page.ReloadAsync();
        await Assertions.Expect(Field(page, "licensing")).ToHaveValueAsync("0");
        await Assertions.Expect(Field(page, "penalties")).ToHaveValueAsync("0");
        using (var api = await HostApi.SignInAsync(host, "wangmin"))
        {
            var stored = (await api.GetAsync($"/api/annual-reports/{Year}")).GetProperty("entries");
            Assert.Equal((0m, 0m, 0m), (stored.GetProperty("licensing").GetDecimal(), stored.GetProperty("penalties").GetDecimal(), stored.GetProperty("fees").GetDecimal()));
        }

        // The right figures: stored, kept after a reload, and after regenerating again.
        foreach (var (key, value) in Entered)
        {
            await Field(page, key).FillAsync(value);
        }

        await save.ClickAsync();
        await Assertions.Expect(page.Locator(".ant-alert-success")).ToContainTextAsync(Messages.ReportRegenerated.Text);
        await page.ReloadAsync();
        await AssertEnteredAsync(page);
        await save.ClickAsync();
        await Assertions.Expect(page.Locator(".ant-alert-success")).ToContainTextAsync(Messages.ReportRegenerated.Text);
        await AssertEnteredAsync(page);
        await page.ReloadAsync();
        await AssertEnteredAsync(page);
        await AssertTableThreeAsync(page);
        await RunningHost.ScreenshotAsync(page, "annual-report");

        // The .docx on the report's item, downloaded as a user would.
        await page.GetByRole(AriaRole.Link, new() { Name = "查看并提交审核" }).ClickAsync();
        var fileName = Messages.ReportFileName(Year).Text;
        var link = page.GetByTestId("attachments").GetByRole(AriaRole.Link, new() { Name = fileName, Exact = true });
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.Equal(fileName, download.SuggestedFilename);
        AssertDocx(await File.ReadAllBytesAsync(await download.PathAsync()));
        await drafter.AssertChineseAsync();
        drafter.AssertNoProblems();

        // A reviewer reads the report but cannot change it: the fields are shown disabled with a
        // word why, there is nothing to save, and the API refuses a change in Chinese, storing nothing.
        var reviewer = await StaffSession.SignInAsync(host, "lijianguo");
        await reviewer.Page.GotoAsync($"/app/annual-reports/{Year}");
        await Assertions.Expect(Field(reviewer.Page, "licensing")).ToHaveValueAsync("12");
        await Assertions.Expect(Field(reviewer.Page, "licensing")).ToBeDisabledAsync();
        await Assertions.Expect(reviewer.Page.Locator("#overview")).ToBeDisabledAsync();
        await Assertions.Expect(reviewer.Page.GetByTestId("entries-read-only")).ToHaveTextAsync(Messages.ReportEntriesReadOnly.Text);
        await Assertions.Expect(reviewer.Page.GetByTestId("report-save")).ToHaveCountAsync(0);
        await reviewer.AssertChineseAsync();
        reviewer.AssertNoProblems();
        using (var api = await HostApi.SignInAsync(host, "lijianguo"))
        {
            var entries = System.Text.Json.Nodes.JsonNode.Parse((await api.GetAsync($"/api/annual-reports/{Year}")).GetProperty("entries").GetRawText())!;
            entries["licensing"] = 99;
            var (status, body) = await api.TryPutAsync($"/api/annual-reports/{Year}", entries.ToJsonString());
            Assert.Equal(403, status);
            Assert.Contains(Messages.RoleRequired(Roles.Label(Roles.Drafter)).Text, body, StringComparison.Ordinal);
            Assert.Equal(12m, (await api.GetAsync($"/api/annual-reports/{Year}")).GetProperty("entries").GetProperty("licensing").GetDecimal());
        }

        // Someone not signed in is sent to sign in, and neither the screen nor the API shows a figure.
        var stranger = await StaffSession.OpenAsync(host);
        await stranger.Page.GotoAsync($"/app/annual-reports/{Year}");
        await stranger.Page.WaitForURLAsync("**/login**");
        await Assertions.Expect(stranger.Page.GetByTestId("report-three")).ToHaveCountAsync(0);
        await Assertions.Expect(stranger.Page.GetByTestId("normative-issued")).ToHaveCountAsync(0);
        var refused = await stranger.Page.Context.APIRequest.GetAsync($"/api/annual-reports/{Year}");
        Assert.Equal(401, refused.Status);
        Assert.DoesNotContain("licensing", await refused.TextAsync(), StringComparison.Ordinal);
    }

    /// <summary>2024 and 2025 as they happened, through the domain at their dates; the report opened in January 2026.</summary>
    private async Task MakeTheYearAsync()
    {
        await using var record = PastRecord.Open(host, At(2024, 6, 12));
        await record.ApproveAllAsync(await record.SubmitAsync(Normative("永安街道辖区门前三包管理办法", "2024-06-11")));
        record.At(At(2024, 12, 20));
        var carriedIn = await record.ReceiveAsync("刘某某", "NaturalPerson", "2024年老旧小区改造项目的招标文件");

        record.At(At(2025, 1, 10));
        await record.ReplyAsync(carriedIn, ReplyTypes.Disclose, null, "招标文件已提供。");
        record.At(At(2025, 3, 3));
        await record.ApproveAllAsync(await record.SubmitAsync(Normative("永安街道办事处机关工作管理规定", "2025-03-02")));
        var process = await record.ReceiveAsync("陈某某", "NaturalPerson", "街道党工委会议关于征收补偿的讨论记录");
        record.At(At(2025, 3, 20));
        await record.ReplyAsync(process, ReplyTypes.Withhold, "process-information", "所申请的讨论记录属于过程性信息。");
        record.At(At(2025, 4, 8));
        var repealed = await record.SubmitAsync(Normative("永安街道临时占道管理办法", "2025-04-07"));
        await record.ApproveAllAsync(repealed);
        record.At(At(2025, 5, 6));
        var business = await record.ReceiveAsync("淄博某商贸有限公司", "Business", "本街道临街商铺租金评估报告");
        record.At(At(2025, 5, 20));
        await record.ReplyAsync(business, ReplyTypes.Unavailable, "not-held", "经检索，本机关未制作该评估报告。");
        record.At(At(2025, 9, 10));
        await record.WithdrawAsync(repealed, "已被新的管理办法替代，予以废止。");
        record.At(At(2025, 12, 15));
        await record.ReceiveAsync("赵某某", "NaturalPerson", "2025年度养老服务补贴发放情况");

        record.At(At(2026, 1, 5));
        await record.OpenReportAsync(Year);
    }

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 10, 0, 0, Beijing);

    private static ItemInput Normative(string title, string formedOn) => new()
    {
        Title = title, Body = "<p>第一条 为规范管理，制定本办法。</p>", CategoryCode = AnnualReportCalculator.NormativeCategory, Timing = "LongTerm",
        ReviewIntervalMonths = 24, Channels = ["BulletinBoard"], Audience = "Public",
        LegalBasis = "《中华人民共和国政府信息公开条例》第二十条第（一）项", ResponsibleBody = "城市管理办公室", FormedOn = formedOn,
    };

    /// <summary>The field of a figure, by the label a screen reader reads.</summary>
    private static ILocator Field(IPage page, string key) => page.GetByLabel(ReportEntryFields.Field(key).Label, new() { Exact = true });

    private static async Task AssertEnteredAsync(IPage page)
    {
        foreach (var field in ReportEntryFields.All)
        {
            await Assertions.Expect(Field(page, field.Key)).ToHaveValueAsync(Entered.GetValueOrDefault(field.Key, "0"));
        }
    }

    /// <summary>Every row of table 三 on screen equals the record: the rows the test made as made, all others 0.</summary>
    private static async Task AssertTableThreeAsync(IPage page)
    {
        var table = page.GetByTestId("report-three");
        await Assertions.Expect(table.Locator("tr[data-row='received'] td").Last).ToHaveTextAsync("3");
        var rows = await table.Locator("tr[data-row]").EvaluateAllAsync<string[][]>(
            "rows => rows.map(r => [r.dataset.row, ...Array.from(r.querySelectorAll('td')).slice(1).map(c => c.textContent.trim())])");
        Assert.True(rows.Length > Three.Count, $"table 三 has {rows.Length} rows");
        foreach (var row in rows.Where(r => r.Length > 1))
        {
            var expected = Three.GetValueOrDefault(row[0], new int[7]);
            Assert.True(expected.Select(n => n.ToString(CultureInfo.InvariantCulture)).SequenceEqual(row.Skip(1)), $"table 三 row {row[0]}: {string.Join(" ", row.Skip(1))}");
        }

        Assert.All(Three.Keys, key => Assert.Contains(rows, r => r[0] == key && r.Length == 8));
    }

    /// <summary>The downloaded .docx is valid Office Open XML and holds the record's and the drafter's figures.</summary>
    private static void AssertDocx(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var problems = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        var tables = document.MainDocumentPart!.Document.Body!.Elements<Table>()
            .Select(t => t.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList()).ToList();
        Assert.Equal(3, tables.Count);
        string[] Row(List<List<string>> table, string label) => [.. table.Single(r => r[0] == label).Skip(1)];

        var two = tables[0];
        Assert.Equal(["2", "1", "2"], Row(two, Messages.ReportTwoRow("normative").Text));
        Assert.Equal(["12"], Row(two, Messages.ReportTwoRow("licensing").Text));
        Assert.Equal(["3"], Row(two, Messages.ReportTwoRow("penalties").Text));
        Assert.Equal(["1"], Row(two, Messages.ReportTwoRow("enforcement").Text));
        Assert.Equal(["1.25"], Row(two, Messages.ReportTwoRow("fees").Text));

        var three = tables[1];
        Assert.Equal(["2", "1", "0", "0", "0", "0", "3"], Row(three, Messages.ReportThreeRow("received").Text));
        Assert.Equal(["1", "0", "0", "0", "0", "0", "1"], Row(three, Messages.ReportThreeRow("carried-in").Text));
        Assert.Equal(["2", "1", "0", "0", "0", "0", "3"], Row(three, Messages.ReportThreeRow("results-total").Text));
        Assert.Equal(["1", "0", "0", "0", "0", "0", "1"], Row(three, Messages.ReportThreeRow("carried-out").Text));

        // Table 四's figures row: reconsideration, then litigation direct and after reconsideration, each with its total.
        Assert.Equal(["2", "1", "0", "1", "4", "1", "0", "0", "0", "1", "0", "0", "1", "0", "1"], tables[2][^1]);
    }
}
