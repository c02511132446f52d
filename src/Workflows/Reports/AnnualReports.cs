using System.Security.Cryptography;
using System.Text.Json;
using Disclosure.Workflows.Calendar;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Catalogue.Attachments;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Engine;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Disclosure.Workflows.Reports;

/// <summary>
/// The annual report's life: on 2 January the draft for the year just ended is opened as a catalogue
/// item (category 5, 即时, due 31 January by Art. 49) waiting at its drafting step, with its text and
/// .docx generated from the record; drafters enter the rows the record cannot answer and regenerate;
/// the item then takes the standard approval path (<see cref="Process"/>) to the public column.
/// </summary>
public sealed class AnnualReports(
    DisclosureDbContext db,
    AnnualReportCalculator calculator,
    AttachmentService attachments,
    WorkflowEngine engine,
    CalendarService calendar,
    TimeProvider clock,
    ILogger<AnnualReports> logger)
{
    public const string Category = "5";

    /// <summary>
    /// The path the report takes. It is 即时 in the catalogue, but its clock is the law's (31 January),
    /// not the hours of the immediate-notice path, whose dues would report a draft opened on 2 January
    /// overdue to the leaders the same morning; so it runs on the standard path, due in working days
    /// (an administrator still edits that path like any other).
    /// </summary>
    public const string Process = ShippedDefinitions.Standard;
    public const int MaxText = 4000;
    public const decimal MaxFigure = 1_000_000;

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>Art. 49: published by 31 January of the next year.</summary>
    public static DateOnly DueOn(int year) => new(year + 1, 1, 31);

    public static AnnualReportFigures? Figures(AnnualReport report) =>
        report is null || string.IsNullOrEmpty(report.FiguresJson) ? null : JsonSerializer.Deserialize<AnnualReportFigures>(report.FiguresJson, Json);

    public Task<AnnualReport?> FindAsync(int year, CancellationToken cancellationToken = default) =>
        db.AnnualReports.AsNoTracking().SingleOrDefaultAsync(r => r.Year == year, cancellationToken);

    public async Task<IReadOnlyList<AnnualReport>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.AnnualReports.AsNoTracking().OrderByDescending(r => r.Year).ToListAsync(cancellationToken);

    /// <summary>The year's figures computed again now from the record, with the entries stored.</summary>
    public async Task<AnnualReportFigures> RecomputeAsync(int year, CancellationToken cancellationToken = default)
    {
        var report = await FindAsync(year, cancellationToken) ?? throw new NotFoundException(Messages.ReportNotFound(year));
        return await calculator.ComputeAsync(year, report.Entries, cancellationToken);
    }

    /// <summary>Opens the draft of <paramref name="year"/>'s report; false when it exists already (safe to run again).</summary>
    public async Task<bool> OpenDraftAsync(int year, CancellationToken cancellationToken = default)
    {
        if (await db.AnnualReports.AnyAsync(r => r.Year == year, cancellationToken))
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var entries = new ReportEntries();
        var figures = await calculator.ComputeAsync(year, entries, cancellationToken);
        var deadlines = await calendar.DeadlinesAsync(cancellationToken);
        var (schedule, content) = ItemInputValidator.Validate(new ItemInput
        {
            Title = Messages.ReportTitle(year).Text,
            Body = AnnualReportHtml.Render(figures),
            CategoryCode = Category,
            Timing = nameof(TimingClass.Immediate),
            Channels = [],
            Audience = nameof(Audience.Public),
            LegalBasis = Messages.ReportLegalBasis.Text,
            ResponsibleBody = Applications.ApplicationInputValidator.DefaultResponsibleBody,
            FormedOn = WorkingDayCalendar.DateOf(now).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var item = CatalogueItem.Create(schedule, content, Actor.System, now, deadlines);
            db.Items.Add(item);
            var version = item.LatestVersion;
            item.SetPublishByLaw(version.Id, DueOn(year));
            var attachment = await AttachAsync(item, version.Id, figures, null, now, cancellationToken);
            var report = new AnnualReport(year, item.Id, entries, JsonSerializer.Serialize(figures, Json), now);
            report.Generated(entries, JsonSerializer.Serialize(figures, Json), attachment.Id, now);
            db.AnnualReports.Add(report);
            await db.SaveChangesAsync(cancellationToken);
            // Waits at drafting for any drafter (the system opened it), then takes the normal path.
            await engine.StartDraftingAsync(item.Id, version.Id, Caller.System, Process, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Opened the draft annual report for {Year} as item {ItemId}", year, item.Id);
            return true;
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another server opened it a moment before.
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>Stores what staff entered and regenerates the draft's text and .docx from the record.</summary>
    public async Task<AnnualReportFigures> SaveAsync(int year, ReportEntries? input, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.Has(Roles.Drafter))
        {
            throw new ForbiddenException(Messages.RoleRequired(Roles.Label(Roles.Drafter)));
        }

        var entries = Validate(input);
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var report = await db.AnnualReports.FromSql($"SELECT * FROM disclosure.annual_reports WHERE year = {year} FOR UPDATE").SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(Messages.ReportNotFound(year));
        var item = await db.Items.Include(i => i.Versions).SingleAsync(i => i.Id == report.ItemId, cancellationToken);
        var version = item.Versions.Where(v => v.IsEditable).MaxBy(v => v.Number) ?? throw new ConflictException(Messages.ReportNotEditable);
        var now = clock.GetUtcNow();
        var figures = await calculator.ComputeAsync(year, entries, cancellationToken);
        var schedule = new ItemSchedule(item.CategoryCode, item.Timing, item.Cadence, item.ReviewIntervalMonths, item.ResponsibleBody);
        item.EditDraft(version.Id, schedule, version.Content() with { Body = RichText.Sanitize(AnnualReportHtml.Render(figures)) }, await calendar.DeadlinesAsync(cancellationToken));
        item.SetPublishByLaw(version.Id, DueOn(year));
        var attachment = await AttachAsync(item, version.Id, figures, report.AttachmentId, now, cancellationToken);
        report.Generated(entries, JsonSerializer.Serialize(figures, Json), attachment.Id, now);
        await db.SaveOrConflictAsync(Messages.ItemChangedMeanwhile, Messages.ItemChangedMeanwhile, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return figures;
    }

    private async Task<Attachment> AttachAsync(CatalogueItem item, Guid versionId, AnnualReportFigures figures, Guid? replaces, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (replaces is { } old && item.Version(versionId).Attachments.Any(a => a.Id == old))
        {
            item.RemoveAttachment(old);
        }

        var docx = AnnualReportDocx.Create(figures);
        var (name, kind) = attachments.Inspect(Messages.ReportFileName(figures.Year).Text, docx);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(docx));
        await attachments.StoreContentAsync(sha256, docx, cancellationToken);
        return item.AddAttachment(versionId, name, kind, docx.Length, sha256, Actor.System, now);
    }

    /// <summary>Every figure and text checked at its field (<see cref="ReportEntryFields"/>), all problems at once.</summary>
    private static ReportEntries Validate(ReportEntries? input)
    {
        input ??= new ReportEntries();
        var errors = new FieldErrors();
        var columns = string.Join("、", ReportEntryFields.FourColumns.Select(c => Messages.ReportFourColumn(c).Text));
        foreach (var (key, values) in ReportEntryFields.Groups(input))
        {
            if (values is not { Count: 4 })
            {
                var group = ReportEntryFields.FourGroups.Single(g => g.Key == key).Group;
                errors.Add(key, Messages.ReportFourIncomplete(ReportEntryFields.FourGroupLabel(group), columns));
            }
        }

        foreach (var (key, value) in ReportEntryFields.Values(input))
        {
            if (ReportEntryFields.Check(ReportEntryFields.Field(key), value) is { } problem)
            {
                errors.Add(key, problem);
            }
        }

        foreach (var (field, text) in new[] { ("overview", input.Overview), ("problems", input.Problems), ("other", input.Other) })
        {
            if (TextRules.Check(text, MaxText, Messages.ReportTextLabel(field).Text) is { } problem)
            {
                errors.Add(field, problem);
            }
        }

        errors.ThrowIfAny();
        return input with
        {
            Overview = string.IsNullOrWhiteSpace(input.Overview) ? null : input.Overview.Trim(),
            Problems = string.IsNullOrWhiteSpace(input.Problems) ? null : input.Problems.Trim(),
            Other = string.IsNullOrWhiteSpace(input.Other) ? null : input.Other.Trim(),
        };
    }
}
