using Disclosure.Workflows.Catalogue.Attachments;
using Microsoft.Net.Http.Headers;

namespace Disclosure.Host.Api;

/// <summary>
/// Sends an attachment's bytes with the type detected when it was added (never the name's), told
/// not to be sniffed, and as a download unless it is an image or a PDF asked for inline. The name
/// goes into Content-Disposition twice: an ASCII fallback and the UTF-8 <c>filename*</c> (RFC 5987/6266).
/// The site-wide Content-Security-Policy (no script, no plugins' objects) covers these responses too.
/// </summary>
internal sealed class AttachmentDownload(AttachmentFile file, bool inline, bool isPublic) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var disposition = new ContentDispositionHeaderValue(inline && file.Kind.MayOpenInline() ? "inline" : "attachment");
        disposition.SetHttpFileName(file.FileName);
        response.ContentType = file.MediaType;
        response.ContentLength = file.Length;
        response.Headers.ContentDisposition = disposition.ToString();
        response.Headers.XContentTypeOptions = "nosniff";
        // Drafts are internal: no cache keeps them. Public files are revalidated so a withdrawal takes effect.
        response.Headers.CacheControl = isPublic ? "no-cache" : "private, no-store";
        if (HttpMethods.IsHead(httpContext.Request.Method))
        {
            return;
        }

        var attachments = httpContext.RequestServices.GetRequiredService<AttachmentService>();
        await attachments.CopyContentAsync(file, response.Body, httpContext.RequestAborted);
    }
}
