using System.Net;
using Disclosure.Host.Api;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Engine;
using Disclosure.Workflows.Persistence;

namespace Disclosure.Host.Pages;

/// <summary>
/// The page a rights-holder opens from the letter's link: what is concerned, the deadline, agree or
/// refuse with a reason. Plain HTML forms, no script, readable on a phone.
/// </summary>
internal static class ConsentPage
{
    public static IEndpointRouteBuilder MapConsentPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/consent/{token}", async (string token, WorkflowEngine engine, DisclosureDbContext db, CancellationToken ct) =>
        {
            try
            {
                var request = await ConsentApi.FindAsync(token, engine, db, ct);
                return Html(Form(token, request, error: null));
            }
            catch (ConsentLinkInvalidException ex)
            {
                return Html(Message("链接无效", ex.Message), StatusCodes.Status404NotFound);
            }
        }).AllowAnonymous().RequireRateLimiting(ConsentApi.RateLimit).ExcludeFromDescription();

        app.MapPost("/consent/{token}", async (string token, HttpContext http, WorkflowEngine engine, DisclosureDbContext db, CancellationToken ct) =>
        {
            var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(ct) : null;
            var decision = form?["decision"].ToString();
            var reason = form?["reason"].ToString();
            try
            {
                if (decision is not ("agree" or "refuse"))
                {
                    throw new ValidationFailedException("decision", Messages.ConsentDecisionRequired);
                }

                await engine.AnswerConsentAsync(token, decision == "agree", reason, ct);
                return Html(Message("答复已收到", decision == "agree" ? "您已同意公开。感谢您的答复。" : "您不同意公开，理由已记录。本机关将依法处理，感谢您的答复。"));
            }
            catch (ValidationFailedException ex)
            {
                var request = await ConsentApi.FindAsync(token, engine, db, ct);
                return Html(Form(token, request, string.Join(" ", ex.Errors.SelectMany(e => e.Value).Select(m => m.Text))), StatusCodes.Status400BadRequest);
            }
            catch (ConsentLinkInvalidException ex)
            {
                return Html(Message("链接无效", ex.Message), StatusCodes.Status404NotFound);
            }
        }).AllowAnonymous().RequireRateLimiting(ConsentApi.RateLimit).DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    private static IResult Html(string body, int status = StatusCodes.Status200OK) =>
        Results.Content(body, "text/html; charset=utf-8", statusCode: status);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Layout(string title, string content) => $$"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{E(title)}} - 政府信息公开征求意见</title>
        <style>
        body { font-family: system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 0; color: #1a1a1a; background: #f6f6f6; line-height: 1.7; }
        main { max-width: 40rem; margin: 0 auto; padding: 1rem; background: #fff; min-height: 100vh; }
        h1 { font-size: 1.35rem; color: #8b0000; }
        fieldset { border: 1px solid #bbb; padding: .75rem; }
        label { display: block; margin: .4rem 0; }
        textarea { width: 100%; box-sizing: border-box; min-height: 6rem; font: inherit; }
        button { font: inherit; padding: .6rem 1.4rem; background: #8b0000; color: #fff; border: 0; border-radius: 4px; }
        .error { color: #b00020; font-weight: bold; }
        dt { font-weight: bold; }
        </style>
        </head>
        <body><main>{{content}}</main></body>
        </html>
        """;

    private static string Message(string title, string text) => Layout(title, $"<h1>{E(title)}</h1><p>{E(text)}</p>");

    private static string Form(string token, ConsentRequestView request, string? error) => Layout("征求意见", $"""
        <h1>政府信息公开征求意见</h1>
        <p>{E(request.HolderName)}：{E(request.Office)}拟公开下列信息，其中可能涉及您的{E(request.Concern)}。请在期限前答复是否同意公开；逾期未答复的，视为不同意公开。</p>
        <dl>
        <dt>拟公开的信息</dt><dd>{E(request.ItemTitle)}</dd>
        <dt>内容摘要</dt><dd>{E(request.ItemSummary)}</dd>
        <dt>涉及您的内容</dt><dd>{E(request.Details)}</dd>
        <dt>答复期限</dt><dd>{request.DueAt.ToOffset(TimeSpan.FromHours(8)):yyyy年M月d日 HH:mm}</dd>
        </dl>
        {(error is null ? string.Empty : $"<p class=\"error\" role=\"alert\">{E(error)}</p>")}
        <form method="post" action="/consent/{E(token)}">
        <fieldset>
        <legend>您的意见</legend>
        <label><input type="radio" name="decision" value="agree" required> 同意公开</label>
        <label><input type="radio" name="decision" value="refuse"> 不同意公开</label>
        </fieldset>
        <label for="reason">理由（不同意时必填）</label>
        <textarea id="reason" name="reason" maxlength="2000"></textarea>
        <p><button type="submit">提交答复</button></p>
        </form>
        """);
}
