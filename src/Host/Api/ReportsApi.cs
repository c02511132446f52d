using Disclosure.Host.Accounts;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Reports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Disclosure.Host.Api;

/// <summary>A year's report: its item, the entries, the figures it was generated from.</summary>
public sealed record AnnualReportView(int Year, Guid ItemId, DateOnly DueOn, ReportEntries Entries, IReadOnlyDictionary<string, decimal>? Figures, DateTimeOffset GeneratedAt);

internal static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/annual-reports").WithTags("Annual report").RequireAuthorization();
        reports.MapGet("/", async (AnnualReports service, CancellationToken ct) =>
            TypedResults.Ok((await service.ListAsync(ct)).Select(View)));
        reports.MapGet("/{year:int}", async Task<Results<Ok<AnnualReportView>, NotFound>> (int year, AnnualReports service, CancellationToken ct) =>
            await service.FindAsync(year, ct) is { } report ? TypedResults.Ok(View(report)) : TypedResults.NotFound());
        reports.MapGet("/{year:int}/recompute", async (int year, AnnualReports service, CancellationToken ct) =>
            TypedResults.Ok((await service.RecomputeAsync(year, ct)).Cells()))
            .WithSummary("Every figure of the year computed again now from the record (to hold against what was published).");
        reports.MapPut("/{year:int}", async (int year, ReportEntries entries, HttpContext http, AnnualReports service, CancellationToken ct) =>
            TypedResults.Ok((await service.SaveAsync(year, entries, http.User.ToCaller(), ct)).Cells()))
            .WithSummary("Drafters enter the rows the record cannot answer (table 二's other rows, table 四, the texts); the draft's text and .docx are regenerated.");

        var supervision = app.MapGroup("/api/supervision").WithTags("Supervision").RequireAuthorization(policy => policy.RequireRole(Roles.Leader, Roles.Principal, Roles.Deputy));
        supervision.MapGet("/", async (int? year, Supervision service, CancellationToken ct) => TypedResults.Ok(await service.ComputeAsync(year, ct)))
            .WithSummary("督查: on-time rates of publications and replies, overdue work by department and by step, stale long-term items (leaders).");
        supervision.MapGet("/export.xlsx", async (int? year, Supervision service, CancellationToken ct) =>
        {
            var view = await service.ComputeAsync(year, ct);
            return TypedResults.File(SupervisionWorkbook.Create(view), SupervisionWorkbook.MediaType, Messages.SupervisionFileName(view.Year).Text);
        }).WithSummary("The same as an Excel workbook (one sheet per table).");
        return app;
    }

    private static AnnualReportView View(AnnualReport report) =>
        new(report.Year, report.ItemId, AnnualReports.DueOn(report.Year), report.Entries, AnnualReports.Figures(report)?.Cells(), report.GeneratedAt);
}
