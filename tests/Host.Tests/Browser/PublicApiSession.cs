using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Disclosure.Host.Tests.Api;
using Disclosure.Workflows.Catalogue;

namespace Disclosure.Host.Tests.Browser;

/// <summary>The running Host's demo staff over its HTTP API, to prepare what a browser test then reads.</summary>
internal static class PublicApiSession
{
    public static async Task<HttpClient> SignInAsync(RunningHost host, string userName)
    {
        var client = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        var login = await client.PostAsJsonAsync("/api/auth/login", new { userName, password = StaffSession.Password });
        login.EnsureSuccessStatusCode();
        using var token = JsonDocument.Parse(await login.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.RootElement.GetProperty("accessToken").GetString());
        return client;
    }

    /// <summary>Drafts the item, attaches the file, and takes it through review and sign-off; returns the published version's id.</summary>
    public static async Task<Guid> PublishWithAttachmentAsync(RunningHost host, ItemInput input, string fileName, byte[] file)
    {
        using var drafter = await SignInAsync(host, "wangmin");
        using var reviewer = await SignInAsync(host, "lijianguo");
        using var leader = await SignInAsync(host, "zhangzhiqiang");
        var itemId = (await drafter.PostJson("/api/items", input, System.Net.HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await drafter.UploadJson(itemId, fileName, file);
        await drafter.PostJson($"/api/items/{itemId}/submit", new { });
        await reviewer.CompleteTask(itemId, new { outcome = "approve" });
        await leader.CompleteTask(itemId, new { outcome = "approve" });
        return (await drafter.GetJson($"/api/items/{itemId}")).GetProperty("versions")[0].GetProperty("id").GetGuid();
    }

    /// <summary>Drafts an item with rights-holders, passes review, and prints the first holder's letter; returns its link.</summary>
    public static async Task<string> ConsentLinkAsync(RunningHost host, ItemInput input)
    {
        using var drafter = await SignInAsync(host, "wangmin");
        using var reviewer = await SignInAsync(host, "lijianguo");
        var itemId = (await drafter.PostJson("/api/items", input, System.Net.HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await drafter.PostJson($"/api/items/{itemId}/submit", new { });
        await reviewer.CompleteTask(itemId, new { outcome = "approve" });
        var requestId = (await drafter.GetJson($"/api/items/{itemId}/consent-requests"))[0].GetProperty("id").GetGuid();
        var letter = await drafter.GetStringAsync(new Uri($"/api/consent-requests/{requestId}/letter", UriKind.Relative));
        return System.Text.RegularExpressions.Regex.Match(letter, @"http://[^\s<""]+/consent/[A-Za-z0-9_\-]+").Value;
    }
}
