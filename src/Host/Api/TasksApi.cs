using Disclosure.Host.Accounts;
using Disclosure.Host.Faults;
using Disclosure.Workflows.Calendar;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Engine;

namespace Disclosure.Host.Api;

/// <summary>An inbox line: the open task, the working days left until it is due, and whether it is overdue.</summary>
public sealed record InboxTask(
    Guid Id, Guid ItemId, string ItemTitle, string NodeId, string Name, string Role, DateTimeOffset CreatedAt, DateTimeOffset? DueAt,
    bool DueEstimated, string? ClaimedById, string? ClaimedByName, string ResponsibleBody, int? WorkingDaysLeft, bool Overdue,
    string? Department = null, bool Countersign = false, string Subject = "item");

public sealed record AssignRequest(string? UserId);

internal static class TasksApi
{
    public static RouteGroupBuilder MapTasksApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/tasks").WithTags("Tasks").RequireAuthorization();
        group.MapGet("/", async (HttpContext http, TaskQueries tasks, CalendarService calendars, TimeProvider clock, CancellationToken ct) =>
        {
            var calendar = await calendars.GetAsync(ct);
            var today = WorkingDayCalendar.Today(clock);
            var open = await tasks.OpenForAsync(http.User.ToCaller(), cancellationToken: ct);
            return TypedResults.Ok(open.Select(t => new InboxTask(
                t.Id, t.ItemId, t.ItemTitle, t.NodeId, t.Name, t.Role, t.CreatedAt, t.DueAt, t.DueEstimated, t.ClaimedById, t.ClaimedByName, t.ResponsibleBody,
                t.DueAt is { } due ? calendar.CountWorkingDays(today, WorkingDayCalendar.DateOf(due)) : null,
                t.DueAt is { } at && at < clock.GetUtcNow(), t.Department, t.Countersign, t.Subject == Workflows.Definitions.SubjectKind.Application ? "application" : "item")));
        }).WithSummary("Open tasks for my roles: unclaimed ones and those I claimed, soonest due first, with working days left.");
        group.MapPost("/{id:guid}/claim", async (Guid id, HttpContext http, WorkflowEngine engine, CancellationToken ct) =>
        {
            var task = await engine.ClaimAsync(id, http.User.ToCaller(), ct);
            return TypedResults.Ok(new { task.Id, task.ClaimedByName, task.ClaimedAt });
        });
        group.MapPost("/{id:guid}/complete", (Guid id, TaskCompletion completion, HttpContext http, WorkflowEngine engine, CancellationToken ct) =>
            Idempotency.RunAsync(http, $"POST /api/tasks/{id}/complete", completion,
                beforeCommit => engine.CompleteStepAsync(id, completion, http.User.ToCaller(), beforeCommit, ct), ct))
            .Produces<NextTaskAnswer>()
            .WithSummary("Complete with { outcome, comment, exemption: { ground, legalBasis, reason } }; 409 when someone else was first. "
                + "nextTask: the oldest task open afterwards; openTasks: all of them (parallel paths, countersigns). "
                + "With an Idempotency-Key header a retry gets the first answer again (kept 24 h).");
        group.MapPost("/{id:guid}/unclaim", async (Guid id, HttpContext http, WorkflowEngine engine, CancellationToken ct) =>
        {
            var task = await engine.UnclaimAsync(id, http.User.ToCaller(), ct);
            return TypedResults.Ok(new { task.Id, task.ClaimedByName });
        }).WithSummary("Give a claimed task back to its role: the claimant, or a leader.");
        group.MapPost("/{id:guid}/assign", async (Guid id, AssignRequest request, HttpContext http, StaffDirectory staff, WorkflowEngine engine, CancellationToken ct) =>
        {
            var assignee = await staff.FindAsync(request.UserId) ?? throw new ValidationFailedException("userId", Messages.AssigneeUnknown);
            var task = await engine.AssignAsync(id, assignee, http.User.ToCaller(), ct);
            return TypedResults.Ok(new { task.Id, task.ClaimedById, task.ClaimedByName });
        }).WithSummary("Leaders: assign (or reassign) the task to a colleague holding its role, with { userId }.");
        return group;
    }
}
