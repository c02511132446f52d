using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Disclosure.Host.Tests.Api;
using Disclosure.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace Disclosure.Host.Tests.PublicPages;

/// <summary>
/// The public application pages over HTTP, posted as a browser without script posts them: errors at
/// their fields with what was typed kept, nothing stored from a refused request, the number and code
/// shown once, a tracking page that tells a wrong code from nothing, corrections and the reply letter.
/// </summary>
public sealed partial class ApplicationPagesTests(ApplicationPagesHost host) : IClassFixture<ApplicationPagesHost>
{
    private DisclosureAppFactory factory => host.Factory;

    private static readonly Dictionary<string, string> Valid = new()
    {
        ["Form.ApplicantKind"] = "NaturalPerson",
        ["Form.Name"] = "张三",
        ["Form.IdentityNumber"] = "370306199001011234",
        ["Form.Phone"] = "0533-6180000",
        ["Form.Email"] = "zhang@example.cn",
        ["Form.Description"] = "2025年永安街道老旧小区改造项目的招标文件及中标结果",
        ["Form.Delivery"] = "Electronic",
    };

    [Fact]
    public async Task TheApplyForm_ShowsEachErrorAtItsField_KeepsWhatWasTyped_AndStoresNothing()
    {
        var browser = Browser();
        var before = await CountsAsync();
        using var page = await browser.GetAsync(new Uri("/yishenqing", UriKind.Relative));
        var form = await page.Content.ReadAsStringAsync();
        Assert.Contains("政府信息公开申请", form, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", form, StringComparison.OrdinalIgnoreCase);
        // No script may run on it at all: the form works by posting, on any phone.
        Assert.Contains("script-src 'none'", string.Join(";", page.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);

        var fields = new Dictionary<string, string>(Valid) { ["Form.Name"] = " ", ["Form.Phone"] = "电话号码", ["Form.Email"] = "", ["Form.Description"] = "" };
        var (status, html) = await PostAsync(browser, "/yishenqing", form, "apply", fields);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Matches(FieldError("name-error", "姓名或名称不能为空"), html);
        Assert.Matches(FieldError("phone-error", "联系电话只能包含数字"), html);
        Assert.Matches(FieldError("email-error", "选择电子方式获取信息时，请填写电子邮箱"), html);
        Assert.Matches(FieldError("description-error", "不能为空"), html);
        Assert.Contains("value=\"电话号码\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task AFileWhoseContentIsNotADocument_IsRefusedAtTheUploadField_AndNothingIsStored()
    {
        var browser = Browser();
        var before = await CountsAsync();
        var form = await browser.GetStringAsync(new Uri("/yishenqing", UriKind.Relative));

        var (status, html) = await PostAsync(browser, "/yishenqing", form, "apply", Valid, ("身份证明.docx", "这不是 Word 文档"u8.ToArray()));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Matches(FieldError("attachment-error", "不是可接受的附件"), html);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task AnApplication_ShowsItsNumberAndCodeOnce_AndIsFollowedOnlyWithBoth()
    {
        var browser = Browser();
        var form = await browser.GetStringAsync(new Uri("/yishenqing", UriKind.Relative));
        var (status, html) = await PostAsync(browser, "/yishenqing", form, "apply", Valid, ("身份证明.pdf", SampleFiles.Pdf()));
        Assert.Equal(HttpStatusCode.OK, status);
        var number = Between(html, "apply-number");
        var code = Between(html, "apply-code");
        Assert.Matches(@"^YSQ-\d{4}-\d{4}$", number);
        Assert.Matches(@"^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$", code);

        var tracking = await browser.GetStringAsync(new Uri("/yishenqing/chaxun", UriKind.Relative));
        var wrong = await PostAsync(browser, "/yishenqing/chaxun", tracking, "track", new() { ["Lookup.Number"] = number, ["Lookup.Code"] = "AAAA-BBBB-CCCC" });
        var unknown = await PostAsync(browser, "/yishenqing/chaxun", tracking, "track", new() { ["Lookup.Number"] = "YSQ-2099-9999", ["Lookup.Code"] = code });
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (wrong.Status, unknown.Status));
        Assert.Equal(Between(wrong.Html, "track-error"), Between(unknown.Html, "track-error"));

        var right = await PostAsync(browser, "/yishenqing/chaxun", tracking, "track", new() { ["Lookup.Number"] = number.ToLowerInvariant(), ["Lookup.Code"] = code.Replace("-", " ", StringComparison.Ordinal) });
        Assert.Equal(HttpStatusCode.OK, right.Status);
        Assert.Contains("办理中", right.Html, StringComparison.Ordinal);
        Assert.Contains("收到申请", right.Html, StringComparison.Ordinal);
        // The page shows the process, not the person: the applicant's name, identity and contacts are not on it.
        Assert.DoesNotContain("370306199001011234", right.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("zhang@example.cn", right.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheApplicant_CorrectsOnTheTrackingPage_AndLaterReadsTheReplyLetter()
    {
        var office = await Office.SignInAsync(factory);
        var browser = Browser();
        var form = await browser.GetStringAsync(new Uri("/yishenqing", UriKind.Relative));
        var applied = await PostAsync(browser, "/yishenqing", form, "apply", Valid);
        var number = Between(applied.Html, "apply-number");
        var code = Between(applied.Html, "apply-code");
        var id = await IdAsync(office, number);
        await CompleteAsync(office.Drafter, id, "ask-correction", "请写明小区名称");

        var tracking = await browser.GetStringAsync(new Uri("/yishenqing/chaxun", UriKind.Relative));
        var asked = await PostAsync(browser, "/yishenqing/chaxun", tracking, "track", new() { ["Lookup.Number"] = number, ["Lookup.Code"] = code });
        Assert.Contains("需要补正的内容：请写明小区名称", asked.Html, StringComparison.Ordinal);
        var empty = await PostAsync(browser, "/yishenqing/chaxun", asked.Html, "correct", new() { ["Correction.Number"] = number, ["Correction.Code"] = code, ["Correction.Text"] = " " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.Status);
        Assert.Matches(FieldError("correction-error", "请填写补正内容或上传补正材料"), empty.Html);
        var corrected = await PostAsync(browser, "/yishenqing/chaxun", asked.Html, "correct",
            new() { ["Correction.Number"] = number, ["Correction.Code"] = code, ["Correction.Text"] = "和平小区" }, ("小区平面图.png", SampleFiles.Png()));
        Assert.Equal(HttpStatusCode.OK, corrected.Status);
        Assert.Contains("补正材料已收到", corrected.Html, StringComparison.Ordinal);

        await office.Drafter.PutAsJsonAsync($"/api/applications/{id}/reply", new { type = "withhold", ground = "process-information", text = "所申请的会议纪要属于过程性信息。" });
        await CompleteAsync(office.Drafter, id, "submit", null);
        await CompleteAsync(office.Reviewer, id, "approve", null);
        await CompleteAsync(office.Leader, id, "approve", null);

        var replied = await PostAsync(browser, "/yishenqing/chaxun", tracking, "track", new() { ["Lookup.Number"] = number, ["Lookup.Code"] = code });
        Assert.Contains("已答复", replied.Html, StringComparison.Ordinal);
        Assert.Contains("不予公开（属于四类过程性信息）", replied.Html, StringComparison.Ordinal);
        Assert.Contains("第十六条第二款", replied.Html, StringComparison.Ordinal);
        Assert.Contains("六十日内向淄博市周村区人民政府申请行政复议", replied.Html, StringComparison.Ordinal);
        var letter = await office.Drafter.GetStringAsync(new Uri($"/api/applications/{id}/letter", UriKind.Relative));
        Assert.Contains("政府信息公开申请答复告知书", letter, StringComparison.Ordinal);
        Assert.Contains("张三：本机关于", letter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePublicPages_AreRateLimitedPerAddress()
    {
        using var limited = new DisclosureAppFactory { Settings = { ["Applications:RateLimitPerMinute"] = "3", ["Jobs:RunServer"] = "false" } };
        var client = limited.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.GetAsync(new Uri("/yishenqing/chaxun", UriKind.Relative))).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    private HttpClient Browser() => factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });

    private static async Task<Guid> IdAsync(Office office, string number) =>
        (await office.Drafter.GetJson("/api/applications")).EnumerateArray().Single(a => a.GetProperty("number").GetString() == number).GetProperty("id").GetGuid();

    internal static async Task CompleteAsync(HttpClient client, Guid applicationId, string outcome, string? comment)
    {
        var view = await client.GetJson($"/api/applications/{applicationId}");
        var task = view.GetProperty("openTasks").EnumerateArray().First();
        await client.PostJson($"/api/tasks/{task.GetProperty("id").GetGuid()}/complete", new { outcome, comment });
    }

    /// <summary>Applications stored and numbers handed out, from the database itself.</summary>
    private async Task<(long Applications, long Counters, long Files)> CountsAsync()
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT (SELECT count(*) FROM disclosure.applications), (SELECT coalesce(sum(last), 0) FROM disclosure.application_counters), (SELECT count(*) FROM disclosure.application_files)",
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    /// <summary>Posts a page's form as a browser without script: its antiforgery token and handler, the fields, a file.</summary>
    internal static async Task<(HttpStatusCode Status, string Html)> PostAsync(HttpClient browser, string url, string page, string handler,
        Dictionary<string, string> fields, (string Name, byte[] Bytes)? file = null)
    {
        using var content = new MultipartFormDataContent
        {
            { new StringContent(AntiforgeryToken().Match(page).Groups[1].Value), "__RequestVerificationToken" },
            { new StringContent(handler), "_handler" },
        };
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        if (file is { } f)
        {
            var bytes = new ByteArrayContent(f.Bytes);
            bytes.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(bytes, "attachment", f.Name);
        }

        var response = await browser.PostAsync(new Uri(url, UriKind.Relative), content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The text of the element with the test id (scoped styles add attributes after it).</summary>
    private static string Between(string html, string testId)
    {
        var match = Regex.Match(html, $"data-testid=\"{Regex.Escape(testId)}\"[^>]*>([^<]*)<");
        Assert.True(match.Success, $"“{testId}” is not on the page: {Text(html)}");
        return match.Groups[1].Value.Trim();
    }

    private static string Text(string html)
    {
        var main = html.IndexOf("<main", StringComparison.Ordinal);
        var text = Regex.Replace(main >= 0 ? html[main..] : html, "<[^>]+>", " ");
        return text[..Math.Min(text.Length, 800)];
    }

    private static Regex FieldError(string id, string text) => new($"id=\"{id}\"[^>]*>[^<]*{Regex.Escape(text)}");

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}

/// <summary>A Host whose public pages are not rate-limited (the limit has its own test), shared by the page tests.</summary>
public sealed class ApplicationPagesHost : IDisposable
{
    public DisclosureAppFactory Factory { get; } = new() { Settings = { ["Applications:RateLimitPerMinute"] = "100000" } };

    public void Dispose() => Factory.Dispose();
}
