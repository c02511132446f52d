using System.Net;
using System.Text.RegularExpressions;
using Disclosure.Host.Tests.Api;
using Disclosure.Testing;
using Disclosure.Workflows.Catalogue;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Disclosure.Host.Tests.PublicPages;

/// <summary>The consent page and the printed letter over HTTP: the form keeps the answer after an error, hostile text stays text.</summary>
public sealed partial class ConsentPageFormTests(DisclosureAppFactory factory) : IClassFixture<DisclosureAppFactory>
{
    [Fact]
    public async Task AnError_KeepsTheChosenAnswerAndTheReason_AndStandsAtItsField()
    {
        var office = await Office.SignInAsync(factory);
        var token = await FirstTokenAsync(office, SampleItems.TenderResults() with { Title = "征询表单测试" });
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        var form = await browser.GetStringAsync(new Uri($"/consent/{token}", UriKind.Relative));
        Assert.Contains("逾期未答复的，视为不同意公开。", form, StringComparison.Ordinal);

        var noChoice = await PostAsync(browser, token, form, decision: null, reason: "想一想");
        Assert.Equal(HttpStatusCode.BadRequest, noChoice.Status);
        Assert.Matches(FieldError("decision-error", "请选择同意或不同意公开。"), noChoice.Html);
        Assert.Contains(">想一想</textarea>", noChoice.Html, StringComparison.Ordinal);

        var noReason = await PostAsync(browser, token, noChoice.Html, decision: "refuse", reason: "   ");
        Assert.Equal(HttpStatusCode.BadRequest, noReason.Status);
        Assert.Matches(FieldError("reason-error", "请说明理由"), noReason.Html);
        Assert.Matches(CheckedRadio("refuse"), noReason.Html);
        Assert.DoesNotMatch(CheckedRadio("agree"), noReason.Html);

        var done = await PostAsync(browser, token, noReason.Html, decision: "refuse", reason: "报价明细属于商业秘密");
        Assert.Equal(HttpStatusCode.OK, done.Status);
        Assert.Contains("答复已收到", done.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APostWithoutTheAntiforgeryToken_IsRefused_AndRecordsNothing()
    {
        var office = await Office.SignInAsync(factory);
        var itemId = await ApprovalPathApiTests.CreateAsync(office.Drafter, SampleItems.TenderResults() with { Title = "征询跨站测试" });
        await office.Drafter.PostJson($"/api/items/{itemId}/submit", new { });
        await office.Reviewer.CompleteTask(itemId, new { outcome = "approve" });
        var token = (await ApprovalPathApiTests.ConsentTokensAsync(office.Drafter, itemId))[0];

        using var forged = new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "consent", ["Answer.Decision"] = "agree" });
        var response = await factory.CreateClient().PostAsync(new Uri($"/consent/{token}", UriKind.Relative), forged);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var requests = await office.Drafter.GetJson($"/api/items/{itemId}/consent-requests");
        Assert.All(requests.EnumerateArray(), r => Assert.Equal("Pending", r.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task HostileNamesDetailsAndTitles_RenderAsText_OnThePageAndTheLetter()
    {
        var office = await Office.SignInAsync(factory);
        var input = SampleItems.TenderResults() with
        {
            Title = "中标<script>alert(1)</script>",
            RightsHolders =
            [
                new RightsHolderInput { Name = "ACME\" autofocus onfocus=\"alert(2)", Contact = "acme@example.cn", Concern = "CommercialSecret", Details = "<img src=x onerror=alert(3)>报价" },
            ],
        };
        var itemId = await ApprovalPathApiTests.CreateAsync(office.Drafter, input);
        await office.Drafter.PostJson($"/api/items/{itemId}/submit", new { });
        await office.Reviewer.CompleteTask(itemId, new { outcome = "approve" });
        var requestId = (await office.Drafter.GetJson($"/api/items/{itemId}/consent-requests"))[0].GetProperty("id").GetGuid();

        var letterResponse = await office.Drafter.GetAsync(new Uri($"/api/consent-requests/{requestId}/letter", UriKind.Relative));
        var letter = await letterResponse.Content.ReadAsStringAsync();
        var token = Link().Match(letter).Groups[1].Value;
        var page = await office.Anonymous.GetStringAsync(new Uri($"/consent/{token}", UriKind.Relative));

        Assert.Equal("text/html", letterResponse.Content.Headers.ContentType?.MediaType);
        Assert.Contains("script-src 'none'", string.Join(" ", letterResponse.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        foreach (var html in new[] { letter, page })
        {
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
            Assert.DoesNotContain("\" autofocus", html, StringComparison.Ordinal);
            Assert.Contains("ACME&quot; autofocus onfocus=&quot;alert(2)", html, StringComparison.Ordinal);
            Assert.Contains("中标&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
            Assert.Contains("逾期未答复的，视为不同意公开。", html, StringComparison.Ordinal);
        }
    }

    internal static async Task<string> FirstTokenAsync(Office office, ItemInput input)
    {
        var itemId = await ApprovalPathApiTests.CreateAsync(office.Drafter, input);
        await office.Drafter.PostJson($"/api/items/{itemId}/submit", new { });
        await office.Reviewer.CompleteTask(itemId, new { outcome = "approve" });
        return (await ApprovalPathApiTests.ConsentTokensAsync(office.Drafter, itemId))[0];
    }

    /// <summary>Posts the form as a browser would: the page's antiforgery token and handler, and the answer.</summary>
    internal static async Task<(HttpStatusCode Status, string Html)> PostAsync(HttpClient browser, string token, string page, string? decision, string reason)
    {
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(page).Groups[1].Value,
            ["_handler"] = "consent",
            ["Answer.Reason"] = reason,
        };
        if (decision is not null)
        {
            fields["Answer.Decision"] = decision;
        }

        using var content = new FormUrlEncodedContent(fields);
        var response = await browser.PostAsync(new Uri($"/consent/{token}", UriKind.Relative), content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static Regex FieldError(string id, string text) => new($"id=\"{id}\"[^>]*>[^<]*{Regex.Escape(text)}");

    private static Regex CheckedRadio(string value) => new($"<input[^>]*value=\"{value}\"[^>]*checked|<input[^>]*checked[^>]*value=\"{value}\"");

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex(@"/consent/([A-Za-z0-9_\-]{20,})")]
    private static partial Regex Link();
}
