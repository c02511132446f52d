using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Disclosure.Workflows.Definitions;

namespace Disclosure.Host.Tests.Api;

/// <summary>The four people of the approval path, each with their own signed-in client.</summary>
public sealed record Office(HttpClient Drafter, HttpClient Reviewer, HttpClient Leader, HttpClient Admin, HttpClient Anonymous)
{
    public static async Task<Office> SignInAsync(DisclosureAppFactory factory) => new(
        await factory.SignedInAsync("wangmin", Roles.Drafter, "王敏"),
        await factory.SignedInAsync("lijianguo", Roles.Reviewer, "李建国"),
        await factory.SignedInAsync("zhangzhiqiang", Roles.Leader, "张志强"),
        await factory.SignedInAsync("zhaoli", Roles.Administrator, "赵丽"),
        factory.CreateClient());
}

internal static class HttpJson
{
    public static async Task<JsonElement> Json(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> PostJson(this HttpClient client, string url, object body, HttpStatusCode expected = HttpStatusCode.OK) =>
        await (await client.PostAsJsonAsync(url, body)).Json(expected);

    public static async Task<JsonElement> GetJson(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK) =>
        await (await client.GetAsync(new Uri(url, UriKind.Relative))).Json(expected);

    /// <summary>Completes the caller's open task on the item with the outcome.</summary>
    public static async Task<JsonElement> CompleteTask(this HttpClient client, Guid itemId, object completion, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var tasks = await client.GetJson("/api/tasks");
        var task = tasks.EnumerateArray().Single(t => t.GetProperty("itemId").GetGuid() == itemId);
        return await client.PostJson($"/api/tasks/{task.GetProperty("id").GetGuid()}/complete", completion, expected);
    }
}
