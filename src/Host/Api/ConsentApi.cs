using Disclosure.Host.Components.Documents;
using Disclosure.Workflows.Common;
using Microsoft.AspNetCore.Http.HttpResults;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Engine;
using Disclosure.Workflows.Notifications;

namespace Disclosure.Host.Api;

public sealed record ConsentAnswer(string? Decision, string? Reason);

/// <summary>What the rights-holder is asked, with the catalogue's wording (invitation, deadline, what silence means).</summary>
public sealed record ConsentRequestView(
    string HolderName, string Concern, string Details, string ItemTitle, string ItemSummary, DateTimeOffset DueAt, string Office,
    string Invitation, string Deadline, string Silence)
{
    public static ConsentRequestView Of(ConsentLetter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        return new(letter.HolderName, letter.Concern, letter.Details, letter.ItemTitle, letter.ItemSummary, letter.DueAt, Messages.OfficeName,
            letter.Wording.Invitation, letter.Wording.Deadline, letter.Wording.Silence);
    }
}

internal static class ConsentApi
{
    public const string RateLimit = "consent";

    public static IEndpointRouteBuilder MapConsentApi(this IEndpointRouteBuilder app)
    {
        // Anonymous: a rights-holder is not a user. Guessing is rate-limited per client address.
        var consent = app.MapGroup("/api/consent").WithTags("Consent").AllowAnonymous().RequireRateLimiting(RateLimit);
        consent.MapGet("/{token}", async (string token, WorkflowEngine engine, ConsentLetters letters, CancellationToken ct) =>
            TypedResults.Ok(await FindAsync(token, engine, letters, ct)));
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

        app.MapGet("/api/consent-requests/{id:guid}/letter", async (Guid id, WorkflowEngine engine, ConsentLetters letters, NotificationOptions options, TimeProvider clock, CancellationToken ct) =>
        {
            var (request, token) = await engine.IssueConsentTokenAsync(id, ct);
            return new RazorComponentResult<ConsentLetterDocument>(new Dictionary<string, object?>
            {
                [nameof(ConsentLetterDocument.Letter)] = await letters.ForAsync(request, ct),
                [nameof(ConsentLetterDocument.Link)] = $"{options.PublicBaseUrl}/consent/{token}",
                [nameof(ConsentLetterDocument.PrintedAt)] = clock.GetUtcNow(),
            });
        }).WithTags("Consent").RequireAuthorization()
            .WithSummary("The request letter (征求意见书) for printing, with a fresh link; earlier links of this request stop working.");
        return app;
    }

    public static async Task<ConsentRequestView> FindAsync(string token, WorkflowEngine engine, ConsentLetters letters, CancellationToken ct) =>
        ConsentRequestView.Of(await letters.ForAsync(await engine.OpenRequestForTokenAsync(token, ct), ct));
}
