using Disclosure.Workflows.Catalogue.Attachments;
using Disclosure.Workflows.Common;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Disclosure.Host.Api;

/// <summary>
/// Reads the one file of a multipart upload (field <c>file</c>) into memory, stopping as soon as it
/// passes the limit, so an oversized upload costs at most the limit and stores nothing.
/// </summary>
internal static class AttachmentUpload
{
    // Room for the multipart boundaries and part headers around the file.
    private const long Envelope = 64 * 1024;

    public sealed record Upload(string? FileName, byte[] Content);

    public static async Task<Upload> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            // The server's default (30 MB) would refuse a legitimate file when the limit is raised.
            limit.MaxRequestBodySize = maxBytes + Envelope;
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
        {
            throw new AttachmentRejectedException(Messages.AttachmentFileMissing);
        }

        try
        {
            var reader = new MultipartReader(boundary, request.Body);
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || !disposition.IsFileDisposition()
                    || !string.Equals(HeaderUtilities.RemoveQuotes(disposition.Name).Value, AttachmentRejectedException.Field, StringComparison.Ordinal))
                {
                    continue;
                }

                var name = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : HeaderUtilities.UnescapeAsQuotedString(disposition.FileName).Value;
                return new Upload(name, await ReadLimitedAsync(section.Body, maxBytes, cancellationToken));
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw new AttachmentTooLargeException(maxBytes);
        }
        catch (InvalidDataException)
        {
            // A broken multipart body (missing boundary, oversized part headers): the client's mistake.
            throw new AttachmentRejectedException(Messages.AttachmentUploadMalformed);
        }

        throw new AttachmentRejectedException(Messages.AttachmentFileMissing);
    }

    private static async Task<byte[]> ReadLimitedAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new AttachmentTooLargeException(maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
