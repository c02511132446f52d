using Disclosure.Workflows.Catalogue.Attachments;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Engine;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.OpenApi;

namespace Disclosure.Host.Api;

/// <summary>Files on item versions: drafters add and remove them, staff list and download them, the public downloads published ones.</summary>
internal static class AttachmentsApi
{
    public static IEndpointRouteBuilder MapAttachmentsApi(this IEndpointRouteBuilder app)
    {
        var items = app.MapGroup("/api/items/{id:guid}/attachments").WithTags("Attachments").RequireAuthorization();
        items.MapPost("/", async Task<Created<AttachmentView>> (Guid id, Guid? versionId, HttpContext http, AttachmentService attachments, AttachmentOptions options, CancellationToken ct) =>
        {
            var caller = ItemsApi.RequireRole(http, Roles.Drafter);
            await ValidateAntiforgeryForCookieAsync(http);
            var upload = await AttachmentUpload.ReadAsync(http.Request, options.MaxBytes, ct);
            var added = await attachments.AddAsync(id, versionId, upload.FileName, upload.Content, caller.Actor, ct);
            return TypedResults.Created($"/api/attachments/{added.Id}", added);
        })
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                // Described by hand: declaring Accepts<IFormFile> would make routing answer other
                // content types with a bare 415 instead of the field-naming problem below.
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["multipart/form-data"] = new()
                        {
                            Schema = new OpenApiSchema
                            {
                                Type = JsonSchemaType.Object,
                                Required = new HashSet<string> { AttachmentRejectedException.Field },
                                Properties = new Dictionary<string, IOpenApiSchema>
                                {
                                    [AttachmentRejectedException.Field] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                                },
                            },
                        },
                    },
                };
                return Task.CompletedTask;
            })
            .WithSummary("Add a file (field `file`) to the version being drafted (`versionId`, or the newest draft): PDF, Word, Excel or an image, recognised by content, at most Attachments:MaxBytes.");
        items.MapGet("/", async (Guid id, Guid? versionId, AttachmentService attachments, CancellationToken ct) =>
            TypedResults.Ok(await attachments.ListAsync(id, versionId, ct)))
            .WithSummary("The files of a version (`versionId`, or the item's newest version) and whether they can still change.");

        var single = app.MapGroup("/api/attachments").WithTags("Attachments").RequireAuthorization();
        single.MapGet("/{id:guid}", async Task<Results<AttachmentDownload, NotFound>> (Guid id, bool? inline, AttachmentService attachments, CancellationToken ct) =>
            await attachments.FindAsync(id, ct) is { } file ? new AttachmentDownload(file, inline == true, isPublic: false) : throw new NotFoundException(Messages.AttachmentNotFound))
            .WithSummary("Download a file (staff). `inline=true` opens images and PDFs in the browser.");
        single.MapDelete("/{id:guid}", async (Guid id, HttpContext http, AttachmentService attachments, CancellationToken ct) =>
        {
            var caller = ItemsApi.RequireRole(http, Roles.Drafter);
            await attachments.RemoveAsync(id, caller.Actor, ct);
            return TypedResults.NoContent();
        }).WithSummary("Remove a file from the version being drafted (its drafter only).");

        // An empty 404: a browser following an old link gets the Chinese error page, not a JSON document.
        app.MapGet("/gongkai/attachments/{id:guid}", async Task<Results<AttachmentDownload, NotFound>> (Guid id, bool? inline, AttachmentService attachments, CancellationToken ct) =>
            await attachments.FindPublishedAsync(id, ct) is { } file ? new AttachmentDownload(file, inline == true, isPublic: true) : TypedResults.NotFound())
            .AllowAnonymous().WithTags("Public catalogue")
            .WithSummary("Download a file of a published item (anyone); files of drafts, superseded or withdrawn versions are not found.");
        return app;
    }

    /// <summary>
    /// A multipart form is a request any web page can send, so a browser signed in with the cookie
    /// must also present the antiforgery token. Bearer-token clients are not exposed to that.
    /// </summary>
    private static async Task ValidateAntiforgeryForCookieAsync(HttpContext http)
    {
        // The same test the CookieOrBearer scheme uses to pick how the caller signed in.
        var viaBearer = http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        if (viaBearer)
        {
            return;
        }

        try
        {
            await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
        }
        catch (AntiforgeryValidationException)
        {
            throw new AttachmentRejectedException(Messages.AttachmentFormExpired);
        }
    }
}
