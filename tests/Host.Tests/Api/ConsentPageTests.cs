using System.Net;
using Disclosure.Testing;

namespace Disclosure.Host.Tests.Api;

/// <summary>The page a rights-holder opens from the letter, and the limit on guessing links.</summary>
public sealed partial class ConsentPageTests(DisclosureAppFactory factory) : IClassFixture<DisclosureAppFactory>
{
    [Fact]
    public async Task TheRightsHolder_SeesWhatIsConcerned_AndRefusesWithAReason_Once()
    {
        var office = await Office.SignInAsync(factory);
        var itemId = await ApprovalPathApiTests.CreateAsync(office.Drafter, SampleItems.TenderResults());
        await office.Drafter.PostJson($"/api/items/{itemId}/submit", new { });
        await office.Reviewer.CompleteTask(itemId, new { outcome = "approve" });
        var token = (await ApprovalPathApiTests.ConsentTokensAsync(office.Drafter, itemId))[1];
        var browser = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true });

        var page = await browser.GetStringAsync(new Uri($"/consent/{token}", UriKind.Relative));
        Assert.Contains("永安街道老旧小区改造工程中标结果公示", page, StringComparison.Ordinal);
        Assert.Contains("投标报价明细", page, StringComparison.Ordinal);
        Assert.Contains("答复期限", page, StringComparison.Ordinal);
        Assert.Contains("name=\"viewport\"", page, StringComparison.Ordinal);

        var noReason = await PublicPages.ConsentPageFormTests.PostAsync(browser, token, page, "refuse", "");
        Assert.Equal(HttpStatusCode.BadRequest, noReason.Status);
        Assert.Contains("请说明理由", noReason.Html, StringComparison.Ordinal);

        var answered = await PublicPages.ConsentPageFormTests.PostAsync(browser, token, noReason.Html, "refuse", "报价明细属于商业秘密");
        Assert.Equal(HttpStatusCode.OK, answered.Status);
        Assert.Contains("答复已收到", answered.Html, StringComparison.Ordinal);

        var again = await browser.GetAsync(new Uri($"/consent/{token}", UriKind.Relative));
        var guessed = await browser.GetAsync(new Uri("/consent/bm90LWEtcmVhbC10b2tlbi1hdC1hbGwtMTIzNDU2", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        // The same page for a used link and a guessed one (only the per-response encrypted state differs).
        Assert.Contains("链接无效", MainOf(await guessed.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(MainOf(await again.Content.ReadAsStringAsync()), MainOf(await guessed.Content.ReadAsStringAsync()));
        var requests = await office.Drafter.GetJson($"/api/items/{itemId}/consent-requests");
        Assert.Contains(requests.EnumerateArray(), r => r.GetProperty("status").GetString() == "Refused" && r.GetProperty("reason").GetString() == "报价明细属于商业秘密");
    }

    private static string MainOf(string html) => MainElement().Match(html).Value;

    [System.Text.RegularExpressions.GeneratedRegex("<main[^>]*>.*</main>", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex MainElement();
}

public sealed class ConsentRateLimitTests : IDisposable
{
    private readonly DisclosureAppFactory _factory = new();

    [Fact]
    public async Task GuessingLinks_IsRateLimited()
    {
        var client = _factory.CreateClient();
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 30; i++)
        {
            statuses.Add((await client.GetAsync(new Uri($"/api/consent/guess-{i:D4}-aaaaaaaaaaaaaaaaaaaaaaaa", UriKind.Relative))).StatusCode);
        }

        Assert.Equal(20, statuses.Count(s => s == HttpStatusCode.NotFound));
        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task GuessingLinksOnThePage_IsRateLimitedToo()
    {
        var client = _factory.CreateClient();
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 25; i++)
        {
            statuses.Add((await client.GetAsync(new Uri($"/consent/guess-{i:D4}-aaaaaaaaaaaaaaaaaaaaaaaa", UriKind.Relative))).StatusCode);
        }

        Assert.Equal(20, statuses.Count(s => s == HttpStatusCode.NotFound));
        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
    }

    public void Dispose() => _factory.Dispose();
}
