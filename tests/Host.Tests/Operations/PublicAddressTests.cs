using System.Net;
using System.Text.RegularExpressions;
using Disclosure.Host.Tests.Api;
using Disclosure.Testing;

namespace Disclosure.Host.Tests.Operations;

/// <summary>Where consent links point: the configured public address, else the address the Host listens on.</summary>
public sealed partial class PublicAddressTests
{
    [Fact]
    public async Task TheConfiguredPublicAddress_IsWhatTheLetterLinksTo()
    {
        using var factory = new DisclosureAppFactory { Settings = { ["Notifications:PublicBaseUrl"] = "https://gongkai.example.gov.cn/" } };

        var link = await LetterLinkAsync(factory);

        Assert.StartsWith("https://gongkai.example.gov.cn/consent/", link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutOne_TheLinkUsesTheListeningAddress_WithThisMachinesNameForAWildcard()
    {
        using var factory = new DisclosureAppFactory { Settings = { ["Urls"] = "http://0.0.0.0:8080;https://0.0.0.0:8443" } };

        var link = await LetterLinkAsync(factory);

        Assert.StartsWith($"http://{Dns.GetHostName()}:8080/consent/", link, StringComparison.Ordinal);
    }

    private static async Task<string> LetterLinkAsync(DisclosureAppFactory factory)
    {
        var office = await Office.SignInAsync(factory);
        var itemId = await ApprovalPathApiTests.CreateAsync(office.Drafter, SampleItems.TenderResults());
        await office.Drafter.PostJson($"/api/items/{itemId}/submit", new { });
        await office.Reviewer.CompleteTask(itemId, new { outcome = "approve" });
        var requestId = (await office.Drafter.GetJson($"/api/items/{itemId}/consent-requests"))[0].GetProperty("id").GetGuid();
        var letter = await office.Drafter.GetStringAsync(new Uri($"/api/consent-requests/{requestId}/letter", UriKind.Relative));
        return Link().Match(letter).Value;
    }

    [GeneratedRegex(@"https?://[^\s<""]+/consent/[A-Za-z0-9_\-]+")]
    private static partial Regex Link();
}
