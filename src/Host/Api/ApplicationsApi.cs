using Disclosure.Host.Accounts;
using Disclosure.Host.Components.Documents;
using Disclosure.Workflows.Applications;
using Disclosure.Workflows.Calendar;
using Disclosure.Workflows.Catalogue.Attachments;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Engine;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Disclosure.Host.Api;

/// <summary>An application as staff see it; the personal data only for those handling it (<see cref="ApplicationAccess"/>).</summary>
public sealed record ApplicationView(
    Guid Id, string Number, string Status, string StatusLabel, string Channel, DateOnly ReceivedOn, string ResponsibleBody, string? CurrentStep,
    DateOnly? DueOn, string? ClockState, int? Extensions, string? Reply, string? ReplyText, ApplicantView? Applicant, IReadOnlyList<OpenTaskView> OpenTasks,
    IReadOnlyList<FileView> Files)
{
    public static ApplicationView Of(ApplicationDetail detail)
    {
        ArgumentNullException.ThrowIfNull(detail);
        var a = detail.Application;
        var clock = detail.Instance?.Clock;
        return new ApplicationView(a.Id, a.Number, a.Status.ToString(), ApplicationLabels.Of(a.Status), a.Channel.ToString(), a.ReceivedOn, a.ResponsibleBody,
            detail.Instance is { Status: InstanceStatus.Running } instance ? detail.Definition?.Document.Node(instance.CurrentNodeId)?.Name : null,
            clock?.DueOn, clock?.State.ToString(), clock?.Extensions, a.Reply?.Summary, detail.MaySeePersonalData ? a.Reply?.Text : null,
            detail.MaySeePersonalData ? new ApplicantView(a.ApplicantKind.ToString(), a.Name, a.IdentityNumber, a.ContactPerson, a.Phone, a.Email, a.Address,
                a.Postcode, a.Description, a.Purpose, a.Delivery.ToString()) : null,
            [.. detail.OpenTasks.Select(t => new OpenTaskView(t.Id, t.NodeId, t.Name, t.Role, t.Department, t.DueAt))],
            detail.MaySeePersonalData ? [.. detail.Files.Select(f => new FileView(f.Id, f.FileName, f.Kind.ToString(), f.Length, f.Purpose.ToString()))] : []);
    }
}

public sealed record ApplicantView(
    string Kind, string Name, string IdentityNumber, string? ContactPerson, string Phone, string? Email, string? Address, string? Postcode,
    string Description, string? Purpose, string Delivery);

public sealed record OpenTaskView(Guid Id, string NodeId, string Name, string Role, string? Department, DateTimeOffset? DueAt);

public sealed record FileView(Guid Id, string FileName, string Kind, long Length, string Purpose);

/// <summary>A correction staff record for the applicant (brought in person or posted).</summary>
public sealed record StaffCorrectionInput(string? Text);

internal static class ApplicationsApi
{
    public static RouteGroupBuilder MapApplicationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/applications").WithTags("Applications").RequireAuthorization();
        group.MapGet("/", async (ApplicationQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.ListAsync(500, ct)))
            .WithSummary("Applications, newest first: number, status, step, answer period; no personal data.");
        group.MapPost("/", async (ApplicationInput input, HttpContext http, ApplicationService applications, CancellationToken ct) =>
        {
            var receipt = await applications.RegisterAsync(input, [], http.User.ToCaller(), ct);
            return TypedResults.Created($"/api/applications/{receipt.Id}", receipt);
        }).WithSummary("Staff register an application received by post or in person (channel Post or InPerson, receivedOn, responsibleBody); "
            + "the answer gives the tracking number and code to pass on to the applicant.");
        group.MapGet("/{id:guid}", async Task<Results<Ok<ApplicationView>, NotFound>> (Guid id, HttpContext http, ApplicationQueries queries, CancellationToken ct) =>
            await queries.DetailAsync(id, http.User.ToCaller(), ct) is { } detail ? TypedResults.Ok(ApplicationView.Of(detail)) : TypedResults.NotFound())
            .WithSummary("One application; the applicant's details and files only for the staff handling it and the leaders.");
        group.MapPut("/{id:guid}/reply", async (Guid id, ReplyInput input, HttpContext http, ApplicationService applications, CancellationToken ct) =>
        {
            var application = await applications.DraftReplyAsync(id, input, http.User.ToCaller(), ct);
            return TypedResults.Ok(new { application.Id, reply = application.Reply!.Summary });
        }).WithSummary("The handler drafts the reply: { type, ground, text } (types and grounds: GET /api/applications/reply-types).");
        group.MapPut("/{id:guid}/third-parties", async (Guid id, ThirdPartiesInput input, HttpContext http, ApplicationService applications, CancellationToken ct) =>
        {
            var application = await applications.SetThirdPartiesAsync(id, input, http.User.ToCaller(), ct);
            return TypedResults.Ok(new { application.Id, thirdParties = application.ThirdParties.Count });
        }).WithSummary("The handler names third parties whose commercial secrets or privacy are concerned (Art. 32); they are asked after submission.");
        group.MapPost("/{id:guid}/extension", async (Guid id, ExtensionInput input, HttpContext http, ApplicationService applications, CancellationToken ct) =>
        {
            var clock = await applications.ExtendAsync(id, input, http.User.ToCaller(), ct);
            return TypedResults.Ok(new { clock.DueOn, clock.Extensions, clock.ExtendedWorkingDays });
        }).WithSummary("A leader extends the answer period once by up to 20 working days, with a reason; the applicant is told.");
        group.MapPost("/{id:guid}/correction", async (Guid id, StaffCorrectionInput input, HttpContext http, ApplicationService applications, CancellationToken ct) =>
        {
            await applications.RecordCorrectionForApplicantAsync(id, input.Text, [], http.User.ToCaller(), ct);
            return TypedResults.NoContent();
        }).WithSummary("Staff record a correction the applicant brought or posted; the answer period restarts today.");
        group.MapGet("/{id:guid}/letter", async Task<Results<RazorComponentResult<ReplyLetterDocument>, NotFound>> (Guid id, HttpContext http, ApplicationQueries queries, CancellationToken ct) =>
        {
            var detail = await queries.DetailAsync(id, http.User.ToCaller(), ct);
            if (detail is null || !detail.MaySeePersonalData || ReplyLetter.For(detail.Application) is not { } letter)
            {
                return TypedResults.NotFound();
            }

            return new RazorComponentResult<ReplyLetterDocument>(new Dictionary<string, object?> { [nameof(ReplyLetterDocument.Letter)] = letter });
        }).WithSummary("The reply letter (答复告知书) for printing, once the reply was signed off and sent.");
        group.MapGet("/files/{fileId:guid}", async Task<Results<AttachmentDownload, NotFound>> (Guid fileId, HttpContext http, ApplicationQueries queries,
            Workflows.Persistence.DisclosureDbContext db, CancellationToken ct) =>
        {
            var file = await db.ApplicationFiles.FindAsync([fileId], ct);
            var detail = file is null ? null : await queries.DetailAsync(file.ApplicationId, http.User.ToCaller(), ct);
            return file is null || detail is not { MaySeePersonalData: true }
                ? TypedResults.NotFound()
                : new AttachmentDownload(new AttachmentFile(file.Id, file.FileName, file.Kind, file.Length, file.Sha256), inline: false, isPublic: false);
        }).WithSummary("A file the applicant sent, for the staff handling the application.");
        group.MapGet("/reply-types", () => TypedResults.Ok(ReplyTypes.All.Select(t => new
        {
            t.Code, t.Label, t.Row, basis = t.BasisOf(null),
            grounds = t.Grounds.Where(g => !g.SystemOnly).Select(g => new { g.Code, g.Label, g.Basis }),
        }))).WithSummary("The reply types and grounds of the 2021 annual report's table 三, with their articles.");
        return group;
    }
}
