using Disclosure.Workflows.Applications;
using Disclosure.Workflows.Common;

namespace Disclosure.Host.Api;

/// <summary>A number and tracking code, to follow an application.</summary>
public sealed record TrackingRequest(string? Number, string? Code);

/// <summary>The applicant's correction: number, code and what they complete.</summary>
public sealed record CorrectionRequest(string? Number, string? Code, string? Text);

/// <summary>What the applicant sees: steps and dates, the correction asked for, the reply letter once sent.</summary>
public sealed record TrackingAnswer(
    string Number, DateOnly ReceivedOn, string Status, string StatusLabel, DateOnly? DueOn, string? ClockState, string? CorrectionRequest,
    DateTimeOffset? CorrectionDueAt, IReadOnlyList<TrackingStep> Steps, ReplyLetter? Letter)
{
    public static TrackingAnswer Of(TrackingView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new(view.Number, view.ReceivedOn, view.Status.ToString(), ApplicationLabels.Of(view.Status), view.DueOn, view.ClockState?.ToString(),
            view.CorrectionRequest, view.CorrectionDueAt, view.Steps, view.Letter);
    }
}

/// <summary>
/// The public side of applications as an API (the pages under /yishenqing do the same without
/// script): apply, follow, correct. Anonymous and rate-limited per client address; the tracking
/// code travels in the body, never in an address a log or a proxy keeps.
/// </summary>
internal static class PublicApplicationsApi
{
    public const string RateLimit = "applications";

    public static RouteGroupBuilder MapPublicApplicationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/public/applications").WithTags("Applications (public)").AllowAnonymous().RequireRateLimiting(RateLimit);
        group.MapPost("/", async (ApplicationInput input, ApplicationService applications, CancellationToken ct) =>
        {
            var receipt = await applications.SubmitAsync(input, [], ct);
            var received = Messages.ApplicationReceived(receipt.Number);
            return TypedResults.Ok(new { receipt.Number, receipt.TrackingCode, receipt.ReceivedOn, message = received.Text });
        }).WithSummary("Apply for disclosure (no sign-in). The answer gives the tracking number and code, shown once.");
        group.MapPost("/track", async (TrackingRequest request, ApplicationService applications, ApplicationQueries queries, CancellationToken ct) =>
            TypedResults.Ok(TrackingAnswer.Of(await queries.TrackingAsync(await applications.FindForApplicantAsync(request.Number, request.Code, ct), ct))))
            .WithSummary("Follow an application with its number and tracking code; a wrong pair gets 404, whatever is wrong.");
        group.MapPost("/correction", async (CorrectionRequest request, ApplicationService applications, CancellationToken ct) =>
        {
            await applications.CorrectAsync(request.Number, request.Code, request.Text, [], ct);
            return TypedResults.Ok(new { message = Messages.ApplicationCorrectionReceived.Text, code = Messages.ApplicationCorrectionReceived.Code });
        }).WithSummary("Send the correction asked for (补正); the answer period restarts today.");
        return group;
    }
}
