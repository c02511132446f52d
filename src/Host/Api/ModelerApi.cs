using System.Text;
using Disclosure.Host.Accounts;
using Disclosure.Workflows.Calendar;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Definitions.Bpmn;
using Disclosure.Workflows.Engine;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Host.Api;

/// <summary>
/// What a process modeler and the running-items overlay need: BPMN 2.0 export and import, dry runs,
/// activity per node of a version, an item's path, and the departments countersigns name.
/// </summary>
internal static class ModelerApi
{
    public static IEndpointRouteBuilder MapModelerApi(this IEndpointRouteBuilder app)
    {
        var definitions = app.MapGroup("/api/process-definitions").WithTags("Process definitions").RequireAuthorization(AccountsRegistration.Administrators);
        definitions.MapGet("/{key}/versions/{n:int}/bpmn", async (string key, int n, DefinitionService service, CancellationToken ct) =>
            TypedResults.File(Encoding.UTF8.GetBytes(await service.ExportBpmnAsync(key, n, ct)), "application/xml", $"{key}-v{n}.bpmn"))
            .WithSummary("Any version as a BPMN 2.0 file with diagram (opens in Camunda Modeler); extension namespace described in docs/bpmn-interchange.md.");
        definitions.MapPost("/{key}/import", async (string key, HttpRequest request, DefinitionService service, CancellationToken ct) =>
        {
            var xml = await ReadBodyAsync(request, ct);
            var (draft, errors) = await service.ImportBpmnAsync(key, xml, request.HttpContext.User.ToCaller().Actor, InputPolicy.Enforce, ct);
            return TypedResults.Created($"/api/process-definitions/{key}/versions/{draft.Number}",
                new { version = DefinitionVersionView.Of(draft), valid = errors.Count == 0, errors });
        }).Accepts<string>("application/xml", "text/xml")
            .WithSummary("A .bpmn file (body, at most 1 MB) as the key's new draft, with the errors publishing it would meet; elements the engine cannot run are refused by id and type, nothing stored.");
        definitions.MapPost("/{key}/versions/{n:int}/dry-run", async (string key, int n, DryRunRequest request, DefinitionService service, CalendarService calendar, TimeProvider clock, CancellationToken ct) =>
            TypedResults.Ok(DryRun.Walk(await service.GetAsync(key, n, ct), request, await calendar.DeadlinesAsync(ct), clock)))
            .WithSummary("Walk a version with chosen facts and outcomes (per signer for countersigns): the steps, roles and deadlines it would take, and what then waits. Writes nothing.");
        definitions.MapGet("/{key}/versions/{n:int}/activity", async (string key, int n, ActivityQueries activity, CancellationToken ct) =>
            TypedResults.Ok(await activity.ActivityAsync(key, n, ct)))
            .WithSummary("Per node of the version: open and overdue tasks, and the items waiting there (tasks or a join).");

        app.MapGet("/api/items/{id:guid}/path", async (Guid id, ActivityQueries activity, CancellationToken ct) =>
            TypedResults.Ok(await activity.PathAsync(id, ct)))
            .WithTags("Items").RequireAuthorization()
            .WithSummary("The nodes and edges each instance of the item took so far (from the journal), and where it waits now.");
        app.MapGet("/api/departments", async (DisclosureDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await db.Departments.AsNoTracking().OrderBy(d => d.Order).Select(d => d.Name).ToListAsync(ct)))
            .WithTags("Items").RequireAuthorization()
            .WithSummary("The office's departments: what an item's departmentsConcerned and a countersign's departments may name.");
        return app;
    }

    /// <summary>The body as text, refused past the import limit before it is all read.</summary>
    private static async Task<string> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > BpmnNames.MaxBytes)
        {
            throw new BpmnImportException(new BpmnProblem(null, null, Messages.BpmnTooLarge(BpmnNames.MaxBytes).Text));
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var buffer = new char[BpmnNames.MaxBytes + 1];
        var read = 0;
        int chunk;
        while (read < buffer.Length && (chunk = await reader.ReadAsync(buffer.AsMemory(read), ct)) > 0)
        {
            read += chunk;
        }

        return read > BpmnNames.MaxBytes
            ? throw new BpmnImportException(new BpmnProblem(null, null, Messages.BpmnTooLarge(BpmnNames.MaxBytes).Text))
            : new string(buffer, 0, read);
    }
}
