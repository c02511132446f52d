using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Disclosure.Host.Tests.Browser;

/// <summary>A demo user's API client against the running Host, for setting the scene of a browser test.</summary>
public sealed class HostApi : IDisposable
{
    private readonly HttpClient _http;

    private HostApi(HttpClient http) => _http = http;

    public static async Task<HostApi> SignInAsync(RunningHost host, string userName)
    {
        ArgumentNullException.ThrowIfNull(host);
        var http = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        var login = await http.PostAsJsonAsync("/api/auth/login", new { userName, password = StaffSession.Password });
        login.EnsureSuccessStatusCode();
        using var token = JsonDocument.Parse(await login.Content.ReadAsStringAsync());
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.RootElement.GetProperty("accessToken").GetString());
        return new HostApi(http);
    }

    public async Task<JsonElement> GetAsync(string url) => await ReadAsync(await _http.GetAsync(new Uri(url, UriKind.Relative)));

    public async Task<JsonElement> PostAsync(string url, object body) => await ReadAsync(await _http.PostAsJsonAsync(url, body));

    /// <summary>A PUT whose refusal the test expects: the status and the body, whatever they are.</summary>
    public async Task<(int Status, string Body)> TryPutAsync(string url, string json)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using var response = await _http.PutAsync(new Uri(url, UriKind.Relative), content);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task<JsonElement> PostRawAsync(string url, string json)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        return await ReadAsync(await _http.PostAsync(new Uri(url, UriKind.Relative), content));
    }

    /// <summary>Uploads a file to the item's version being drafted, as a multipart form with the field <c>file</c>.</summary>
    public async Task<JsonElement> UploadAsync(Guid itemId, string fileName, byte[] content)
    {
        using var form = new MultipartFormDataContent();
        using var file = new ByteArrayContent(content);
        form.Add(file, "file", fileName);
        return await ReadAsync(await _http.PostAsync(new Uri($"/api/items/{itemId}/attachments", UriKind.Relative), form));
    }

    /// <summary>The caller's open task on the item (as the API lists it).</summary>
    public async Task<Guid> TaskOfAsync(Guid itemId) =>
        (await GetAsync("/api/tasks")).EnumerateArray().Single(t => t.GetProperty("itemId").GetGuid() == itemId).GetProperty("id").GetGuid();

    public async Task CompleteAsync(Guid itemId, object completion) => await PostAsync($"/api/tasks/{await TaskOfAsync(itemId)}/complete", completion);

    public void Dispose() => _http.Dispose();

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
