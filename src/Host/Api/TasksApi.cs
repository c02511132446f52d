using Disclosure.Host.Accounts;
using Disclosure.Workflows.Engine;

namespace Disclosure.Host.Api;

internal static class TasksApi
{
    public static RouteGroupBuilder MapTasksApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/tasks").WithTags("Tasks").RequireAuthorization();
        group.MapGet("/", async (HttpContext http, TaskQueries tasks, CancellationToken ct) =>
            TypedResults.Ok(await tasks.OpenForAsync(http.User.ToCaller(), cancellationToken: ct)))
            .WithSummary("Open tasks for my roles: unclaimed ones and those I claimed, soonest due first.");
        group.MapPost("/{id:guid}/claim", async (Guid id, HttpContext http, WorkflowEngine engine, CancellationToken ct) =>
        {
            var task = await engine.ClaimAsync(id, http.User.ToCaller(), ct);
            return TypedResults.Ok(new { task.Id, task.ClaimedByName, task.ClaimedAt });
        });
        group.MapPost("/{id:guid}/complete", async (Guid id, TaskCompletion completion, HttpContext http, WorkflowEngine engine, CancellationToken ct) =>
            TypedResults.Ok(new { nextTask = await engine.CompleteAsync(id, completion, http.User.ToCaller(), ct) }))
            .WithSummary("Complete with { outcome, comment, exemption: { ground, legalBasis, reason } }; 409 when someone else was first.");
        return group;
    }
}
