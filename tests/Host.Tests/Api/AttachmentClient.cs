using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Disclosure.Host.Tests.Api;

/// <summary>Uploads as a browser's file input sends them: multipart, field <c>file</c>, the name as given.</summary>
internal static class AttachmentClient
{
    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, Guid itemId, string fileName, byte[] content, string? contentType = "application/octet-stream")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        if (contentType is not null)
        {
            file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        // As browsers do for names beyond ASCII (and HttpClient refuses to quote hostile ones): the
        // name travels percent-encoded in filename*, with a plain fallback.
        file.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"file\"; filename=\"upload\"; filename*=UTF-8''{Uri.EscapeDataString(fileName)}");
        form.Add(file);
        return await client.PostAsync(new Uri($"/api/items/{itemId}/attachments", UriKind.Relative), form);
    }

    public static async Task<JsonElement> UploadJson(this HttpClient client, Guid itemId, string fileName, byte[] content, HttpStatusCode expected = HttpStatusCode.Created) =>
        await (await client.UploadAsync(itemId, fileName, content)).Json(expected);
}
