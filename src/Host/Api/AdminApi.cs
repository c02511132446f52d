using System.Globalization;
using System.Text.Json;
using Disclosure.Host.Accounts;
using Disclosure.Workflows.Calendar;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Engine;
using Disclosure.Workflows.Monitoring;
using Disclosure.Workflows.Notifications;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Host.Api;

public sealed record DefinitionVersionView(string Key, int Number, string Status, string Name, string EnglishName, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? PublishedAt, string? PublishedBy)
{
    public static DefinitionVersionView Of(ProcessDefinitionVersion v) => new(v.Key, v.Number, v.Status.ToString(), v.Name, v.EnglishName, v.CreatedAt, v.CreatedBy, v.PublishedAt, v.PublishedBy);
}

public sealed record MigrationRequest(int FromVersion, int ToVersion, Dictionary<string, string>? Mapping);

public sealed record CalendarYearInput(IReadOnlyList<string>? Holidays, IReadOnlyList<string>? MakeUpWorkdays);

public sealed record CalendarYearView(int Year, bool Scheduled, IReadOnlyList<DateOnly> Holidays, IReadOnlyList<DateOnly> MakeUpWorkdays, int WorkingDays, string? Warning);

internal static class AdminApi
{
    public static IEndpointRouteBuilder MapAdminApis(this IEndpointRouteBuilder app)
    {
        var definitions = app.MapGroup("/api/process-definitions").WithTags("Process definitions").RequireAuthorization(AccountsRegistration.Administrators);
        definitions.MapGet("/", async (DefinitionService service, CancellationToken ct) =>
            TypedResults.Ok((await service.ListAsync(ct)).Select(DefinitionVersionView.Of)));
        definitions.MapGet("/{key}/versions/{n:int}", async (string key, int n, DefinitionService service, CancellationToken ct) =>
        {
            var version = await service.GetAsync(key, n, ct);
            return TypedResults.Ok(new { version = DefinitionVersionView.Of(version), document = JsonDocument.Parse(version.DocumentJson).RootElement });
        });
        definitions.MapPost("/{key}/versions", async (string key, JsonElement body, HttpContext http, DefinitionService service, CancellationToken ct) =>
        {
            var document = Read(body);
            var version = await service.CreateDraftAsync(key, document, http.User.ToCaller().Actor, ct);
            // The key passed the input policy ([a-z0-9-]) before anything was written; escaping it
            // anyway keeps the header valid whatever a future rule lets through.
            return TypedResults.Created($"/api/process-definitions/{Uri.EscapeDataString(key)}/versions/{version.Number}", DefinitionVersionView.Of(version));
        }).WithSummary("New draft version from a definition document (schema: docs/process-definition.schema.json).");
        definitions.MapPut("/{key}/versions/{n:int}", async (string key, int n, JsonElement body, DefinitionService service, CancellationToken ct) =>
            TypedResults.Ok(DefinitionVersionView.Of(await service.ReplaceDraftAsync(key, n, Read(body), ct))));
        definitions.MapPost("/{key}/versions/{n:int}/validate", async (string key, int n, DefinitionService service, CancellationToken ct) =>
        {
            var errors = await service.ValidateAsync(key, n, ct);
            return TypedResults.Ok(new { valid = errors.Count == 0, errors });
        });
        definitions.MapPost("/{key}/versions/{n:int}/publish", async (string key, int n, HttpContext http, DefinitionService service, CancellationToken ct) =>
            TypedResults.Ok(DefinitionVersionView.Of(await service.PublishAsync(key, n, http.User.ToCaller().Actor, ct))));
        definitions.MapGet("/{key}/versions/{n:int}/diagram", async (string key, int n, DefinitionService service, CancellationToken ct) =>
            TypedResults.Ok(new { format = "mermaid", diagram = await service.DiagramAsync(key, n, ct) }));
        definitions.MapPost("/{key}/migrations", async (string key, MigrationRequest request, HttpContext http, InstanceMigrator migrator, CancellationToken ct) =>
            TypedResults.Ok(await migrator.MigrateAsync(key, request.FromVersion, request.ToVersion,
                request.Mapping ?? throw new ValidationFailedException("mapping", Messages.MigrationMappingRequired),
                http.User.ToCaller().Actor, ct)))
            .WithSummary("Move running instances to another published version with an explicit old-node → new-node mapping; all or nothing.");

        app.MapGet("/api/alerts", async (bool? active, DisclosureDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await db.Alerts.AsNoTracking()
                .Where(a => active == false || a.ClearedAt == null)
                .OrderByDescending(a => a.RaisedAt).Take(500)
                .Select(a => new { a.Id, kind = a.Kind.ToString(), a.ItemId, a.ItemVersionId, a.Subject, a.Reason, a.DueOn, a.RaisedAt, a.ResponsibleBody, a.Role, a.TaskOpenedAt, a.ClearedAt, a.ClearedReason })
                .ToListAsync(ct)))
            .WithTags("Alerts").RequireAuthorization();

        app.MapGet("/api/notifications", async (bool? unread, HttpContext http, NotificationService notifications, CancellationToken ct) =>
            TypedResults.Ok(await notifications.ListAsync(http.User.ToCaller(), unread == true, cancellationToken: ct)))
            .WithTags("Notifications").RequireAuthorization();
        app.MapPost("/api/notifications/{id:guid}/read", async (Guid id, HttpContext http, NotificationService notifications, CancellationToken ct) =>
        {
            await notifications.MarkReadAsync(http.User.ToCaller(), id, ct);
            return TypedResults.NoContent();
        }).WithTags("Notifications").RequireAuthorization();

        var calendar = app.MapGroup("/api/calendar").WithTags("Calendar");
        calendar.MapGet("/{year:int}", async (int year, CalendarService service, CancellationToken ct) => TypedResults.Ok(await YearAsync(year, service, ct)))
            .RequireAuthorization();
        calendar.MapPut("/{year:int}", async (int year, CalendarYearInput input, HttpContext http, CalendarService service, CancellationToken ct) =>
        {
            var schedule = new HolidaySchedule(year, Dates(input.Holidays, "holidays", "节假日列表"), Dates(input.MakeUpWorkdays, "makeUpWorkdays", "调休上班日列表"));
            await service.SaveAsync(schedule, http.User.ToCaller().Actor, ct);
            return TypedResults.Ok(await YearAsync(year, service, ct));
        }).RequireAuthorization(AccountsRegistration.Administrators)
            .WithSummary("Enter a year's schedule from the State Council notice: holidays and weekend days worked (调休), as yyyy-MM-dd.");
        return app;
    }

    /// <summary>A definition document from the request, held to the input policy like every other body.</summary>
    private static ProcessDocument Read(JsonElement body)
    {
        ProcessDocument document;
        try
        {
            document = ProcessDocument.FromJson(body.GetRawText());
        }
        catch (InvalidOperationException ex)
        {
            // The body parsed as JSON, but a string in it is invalid UTF-8 or an unpaired surrogate
            // escape (\ud800): System.Text.Json refuses it only when the text is read.
            throw new DefinitionFormatException(Messages.DefinitionMalformed(null), ex);
        }

        InputPolicy.Enforce(document);
        return document;
    }

    private static async Task<CalendarYearView> YearAsync(int year, CalendarService service, CancellationToken ct)
    {
        if (year is < 2000 or > 2100)
        {
            throw new ValidationFailedException("year", Messages.CalendarYearOutOfRange(2000, 2100));
        }

        var calendar = await service.GetAsync(ct);
        var first = new DateOnly(year, 1, 1);
        var days = Enumerable.Range(0, first.AddYears(1).DayNumber - first.DayNumber).Select(first.AddDays).ToList();
        // What the administrator entered (the State Council's ranges, weekend days included) is what is shown.
        var schedule = calendar.Schedule(year);
        var scheduled = schedule is not null;
        return new CalendarYearView(year, scheduled, [.. (schedule?.Holidays ?? []).Order()], [.. (schedule?.MakeUpWorkdays ?? []).Order()], days.Count(calendar.IsWorkingDay),
            scheduled ? null : Messages.CalendarYearUnscheduled(year).Text);
    }

    private static List<DateOnly> Dates(IReadOnlyList<string>? values, string field, string label)
    {
        if (values is null)
        {
            // Both lists are required, so a body that says nothing never replaces a year's schedule.
            throw new ValidationFailedException(field, Messages.DatesRequired(label));
        }

        var dates = new List<DateOnly>();
        var errors = new FieldErrors();
        foreach (var value in values)
        {
            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                dates.Add(date);
            }
            else
            {
                errors.Add(field, Messages.NotADate(value));
            }
        }

        errors.ThrowIfAny();
        return dates;
    }
}
