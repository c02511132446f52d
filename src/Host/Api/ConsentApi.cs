using System.Net;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Engine;
using Disclosure.Workflows.Notifications;
using Disclosure.Workflows.Persistence;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Host.Api;

public sealed record ConsentAnswer(string? Decision, string? Reason);

public sealed record ConsentRequestView(string HolderName, string Concern, string Details, string ItemTitle, string ItemSummary, DateTimeOffset DueAt, string Office);

internal static class ConsentApi
{
    public const string RateLimit = "consent";
    public const string Office = "淄博市周村区永安街道办事处";

    public static IEndpointRouteBuilder MapConsentApi(this IEndpointRouteBuilder app)
    {
        // Anonymous: a rights-holder is not a user. Guessing is rate-limited per client address.
        var consent = app.MapGroup("/api/consent").WithTags("Consent").AllowAnonymous().RequireRateLimiting(RateLimit);
        consent.MapGet("/{token}", async (string token, WorkflowEngine engine, DisclosureDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await FindAsync(token, engine, db, ct)));
        consent.MapPost("/{token}", async (string token, ConsentAnswer answer, WorkflowEngine engine, CancellationToken ct) =>
        {
            var agree = answer.Decision?.Trim().ToLowerInvariant() switch
            {
                "agree" => true,
                "refuse" => false,
                _ => throw new ValidationFailedException("decision", Messages.ConsentDecisionRequired),
            };
            await engine.AnswerConsentAsync(token, agree, answer.Reason, ct);
            var received = Messages.ConsentAnswerReceived(agree);
            return TypedResults.Ok(new { message = received.Text, code = received.Code });
        });

        app.MapGet("/api/consent-requests/{id:guid}/letter", async (Guid id, HttpContext http, WorkflowEngine engine, NotificationOptions options, DisclosureDbContext db, CancellationToken ct) =>
        {
            var (request, token) = await engine.IssueConsentTokenAsync(id, ct);
            var title = await db.ItemVersions.Where(v => v.Id == request.ItemVersionId).Select(v => v.Title).SingleAsync(ct);
            var link = $"{options.PublicBaseUrl.TrimEnd('/')}/consent/{token}";
            return TypedResults.Content(Letter(request, title, link), "text/html; charset=utf-8");
        }).WithTags("Consent").RequireAuthorization()
            .WithSummary("The request letter (征求意见书) for printing, with a fresh link; earlier links of this request stop working.");
        return app;
    }

    public static async Task<ConsentRequestView> FindAsync(string token, WorkflowEngine engine, DisclosureDbContext db, CancellationToken ct)
    {
        var request = await engine.OpenRequestForTokenAsync(token, ct);
        var found = await db.ItemVersions.AsNoTracking().Where(v => v.Id == request.ItemVersionId).Select(v => new { v.Title, v.Body }).SingleAsync(ct);
        var summary = System.Text.RegularExpressions.Regex.Replace(found.Body, "<[^>]+>", " ").Trim();
        return new ConsentRequestView(request.HolderName, Labels.Of(request.Concern), request.Details, found.Title,
            summary.Length > 300 ? summary[..300] + "…" : summary, request.DueAt, Office);
    }

    private static string Letter(ConsentRequest request, string title, string link)
    {
        string E(string s) => WebUtility.HtmlEncode(s);
        var due = request.DueAt.ToOffset(TimeSpan.FromHours(8));
        return $"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>征求意见书</title>
            <style>body{"{"}font-family:serif;max-width:40em;margin:2em auto;line-height:1.8{"}"} h1{"{"}text-align:center{"}"} .link{"{"}word-break:break-all;font-family:monospace{"}"}</style></head>
            <body>
            <h1>政府信息公开征求意见书</h1>
            <p>{E(request.HolderName)}：</p>
            <p>本机关拟公开“{E(title)}”。该信息可能涉及您的{E(Labels.Of(request.Concern))}（{E(request.Details)}）。依照《中华人民共和国政府信息公开条例》第三十二条，现征求您的意见。</p>
            <p>请于 <strong>{due:yyyy年M月d日 HH:mm}</strong> 前答复是否同意公开。不同意的，请说明理由。逾期未答复的，视为不同意公开。</p>
            <p>答复方式：用手机或电脑打开下列链接（仅可使用一次）：</p>
            <p class="link">{E(link)}</p>
            <p style="text-align:right">{E(Office)}<br>{DateTime.UtcNow.AddHours(8):yyyy年M月d日}</p>
            </body></html>
            """;
    }
}
