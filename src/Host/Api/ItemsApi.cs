using Disclosure.Host.Accounts;
using Disclosure.Host.Faults;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Engine;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Disclosure.Host.Api;

public sealed record VersionView(
    Guid Id, int Number, string Status, string StatusLabel, string Title, string Body, string? Interpretation, string[] Channels,
    string Audience, string? AudienceNote, string LegalBasis, DateOnly FormedOn, DateOnly PublishBy, string? Period,
    IReadOnlyList<RightsHolder> RightsHolders, Exemption? Exemption, string DrafterName, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt, string? ClosedReason,
    IReadOnlyList<string>? DepartmentsConcerned = null);

public sealed record ItemView(
    Guid Id, string CategoryCode, string Timing, string TimingLabel, string? Cadence, int? ReviewIntervalMonths, DateOnly? LastConfirmedOn,
    DateOnly? ReviewDueOn, string? NextPeriod, DateOnly? NextPeriodDueOn, string ResponsibleBody, DateTimeOffset CreatedAt,
    DateTimeOffset? WithdrawnAt, string? WithdrawalReason, IReadOnlyList<VersionView> Versions)
{
    public static ItemView Of(CatalogueItem item) => new(
        item.Id, item.CategoryCode, item.Timing.ToString(), Labels.Of(item.Timing), item.Cadence?.ToString(), item.ReviewIntervalMonths,
        item.LastConfirmedOn, item.ReviewDueOn, item.NextPeriodKey, item.NextPeriodDueOn, item.ResponsibleBody, item.CreatedAt,
        item.WithdrawnAt, item.WithdrawalReason,
        [.. item.Versions.OrderByDescending(v => v.Number).Select(v => new VersionView(
            v.Id, v.Number, v.Status.ToString(), Labels.Of(v.Status), v.Title, v.Body, v.Interpretation, [.. v.Channels.Select(c => c.ToString())],
            v.Audience.ToString(), v.AudienceNote, v.LegalBasis, v.FormedOn, v.PublishBy, v.PeriodKey, v.RightsHolders, v.Exemption,
            v.DrafterName, v.CreatedAt, v.PublishedAt, v.ClosedReason, v.DepartmentsConcerned))]);
}

public sealed record WithdrawRequest(string? Reason);

internal static class ItemsApi
{
    public static RouteGroupBuilder MapItemsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/items").WithTags("Items").RequireAuthorization();
        group.MapGet("/", async (CatalogueQueries queries, CancellationToken ct) =>
            TypedResults.Ok((await queries.ListAsync(500, ct)).Select(ItemView.Of)));
        group.MapPost("/", async (ItemInput input, HttpContext http, CatalogueService catalogue, CancellationToken ct) =>
        {
            var caller = RequireRole(http, Roles.Drafter);
            var item = await catalogue.CreateAsync(input, caller.Actor, ct);
            return TypedResults.Created($"/api/items/{item.Id}", ItemView.Of(item));
        });
        group.MapGet("/{id:guid}", async (Guid id, CatalogueService catalogue, CancellationToken ct) =>
            TypedResults.Ok(ItemView.Of(await catalogue.LoadAsync(id, ct))));
        group.MapPut("/{id:guid}", async (Guid id, ItemInput input, HttpContext http, CatalogueService catalogue, CancellationToken ct) =>
        {
            var caller = RequireRole(http, Roles.Drafter);
            return TypedResults.Ok(ItemView.Of(await catalogue.UpdateAsync(id, input, caller.Actor, ct)));
        });
        group.MapPost("/{id:guid}/submit", (Guid id, HttpContext http, WorkflowEngine engine, CancellationToken ct) =>
            Idempotency.RunAsync(http, $"POST /api/items/{id}/submit", null,
                beforeCommit => engine.SubmitStepAsync(id, http.User.ToCaller(), beforeCommit, ct), ct))
            .Produces<NextTaskAnswer>()
            .WithSummary("Submit the open draft; nextTask is the oldest task open afterwards, openTasks all of them. "
                + "With an Idempotency-Key header a retry gets the first answer again (kept 24 h).");
        group.MapGet("/{id:guid}/history", async (Guid id, CatalogueQueries queries, CancellationToken ct) =>
            TypedResults.Ok(await queries.HistoryAsync(id, ct)));
        group.MapGet("/{id:guid}/consent-requests", async (Guid id, Disclosure.Workflows.Persistence.DisclosureDbContext db, CancellationToken ct) =>
        {
            var requests = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                db.ConsentRequests.Where(r => r.ItemId == id).OrderBy(r => r.CreatedAt), ct);
            return TypedResults.Ok(requests.Select(r => new
            {
                r.Id, r.HolderName, r.HolderContact, concern = r.Concern.ToString(), concernLabel = Labels.Of(r.Concern), r.Details,
                status = r.Status.ToString(), statusLabel = Messages.ConsentStatusLabel(r.Status.ToString()).Text, r.Reason, r.DueAt, r.AnsweredAt,
            }));
        })
            .WithSummary("The rights-holders' consent requests of an item and their answers (status codes with their Chinese labels).");
        group.MapPost("/{id:guid}/confirm", async (Guid id, HttpContext http, CatalogueService catalogue, CancellationToken ct) =>
        {
            RequireRole(http, Roles.Drafter);
            return TypedResults.Ok(ItemView.Of(await catalogue.ConfirmCurrentAsync(id, ct)));
        }).WithSummary("Confirm a long-term item is still current (clears its stale flag).");
        group.MapPost("/{id:guid}/withdraw", async (Guid id, WithdrawRequest request, HttpContext http, CatalogueService catalogue, CancellationToken ct) =>
        {
            RequireRole(http, Roles.Leader);
            return TypedResults.Ok(ItemView.Of(await catalogue.WithdrawAsync(id, request.Reason ?? string.Empty, ct)));
        }).WithSummary("Withdraw an item (leaders): every version leaves the public column; the reason is recorded.");
        return group;
    }

    /// <summary>The caller, refused with a logged 403 when they lack the role.</summary>
    public static Caller RequireRole(HttpContext http, string role)
    {
        var caller = http.User.ToCaller();
        return caller.Has(role) ? caller : throw new ForbiddenException(Messages.RoleRequired(Roles.Label(role)));
    }
}
