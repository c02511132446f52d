using System.Net;
using Disclosure.Testing;

namespace Disclosure.Host.Tests.Api;

/// <summary>The page a rights-holder opens from the letter, and the limit on guessing links.</summary>
public sealed class ConsentPageTests(DisclosureAppFactory factory) : IClassFixture<DisclosureAppFactory>
{
    [Fact]
    public async Task TheRightsHolder_SeesWhatIsConcerned_AndRefusesWithAReason_Once()
    {
        var office = await Office.SignInAsync(factory);
        var itemId = await ApprovalPathApiTests.CreateAsync(office.Drafter, SampleItems.TenderResults());
        await office.Drafter.PostJson($"/api/items/{itemId}/submit", new { });
        await office.Reviewer.CompleteTask(itemId, new { outcome = "approve" });
        var token = (await ApprovalPathApiTests.ConsentTokensAsync(office.Drafter, itemId))[1];
        var browser = factory.CreateClient();

        var page = await browser.GetStringAsync(new Uri($"/consent/{token}", UriKind.Relative));
        Assert.Contains("永安街道老旧小区改造工程中标结果公示", page, StringComparison.Ordinal);
        Assert.Contains("投标报价明细", page, StringComparison.Ordinal);
        Assert.Contains("答复期限", page, StringComparison.Ordinal);
        Assert.Contains("name=\"viewport\"", page, StringComparison.Ordinal);

        var noReason = await browser.PostAsync(new Uri($"/consent/{token}", UriKind.Relative), Form(("decision", "refuse"), ("reason", "")));
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("请说明理由", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var answered = await browser.PostAsync(new Uri($"/consent/{token}", UriKind.Relative), Form(("decision", "refuse"), ("reason", "报价明细属于商业秘密")));
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Contains("答复已收到", await answered.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var again = await browser.GetAsync(new Uri($"/consent/{token}", UriKind.Relative));
        var guessed = await browser.GetAsync(new Uri("/consent/bm90LWEtcmVhbC10b2tlbi1hdC1hbGwtMTIzNDU2", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(await again.Content.ReadAsStringAsync(), await guessed.Content.ReadAsStringAsync());
        var requests = await office.Drafter.GetJson($"/api/items/{itemId}/consent-requests");
        Assert.Contains(requests.EnumerateArray(), r => r.GetProperty("status").GetString() == "Refused" && r.GetProperty("reason").GetString() == "报价明细属于商业秘密");
    }

    private static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));
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

    public void Dispose() => _factory.Dispose();
}
