using Disclosure.Workflows.Applications;
using Disclosure.Workflows.Calendar;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Workflows.Reports;

/// <summary>
/// Computes a year's figures from the record, never from anything typed: normative documents
/// (category 1.1) from the catalogue's publications and withdrawals, and applications from when
/// they were received and when their process ended (the journal's <c>ended</c> line), by applicant
/// kind and reply type. Only events dated up to the year's end count, so a past year recomputes to
/// what was published.
/// </summary>
public sealed class AnnualReportCalculator(DisclosureDbContext db)
{
    public const string NormativeCategory = "1.1";

    public async Task<AnnualReportFigures> ComputeAsync(int year, ReportEntries entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        return new AnnualReportFigures(year, await NormativeAsync(first, last, cancellationToken), await PublishedAsync(first, last, cancellationToken),
            await ApplicationsAsync(first, last, cancellationToken), entries);
    }

    private async Task<NormativeRow> NormativeAsync(DateOnly first, DateOnly last, CancellationToken cancellationToken)
    {
        var items = await (
            from item in db.Items.AsNoTracking()
            where item.CategoryCode == NormativeCategory
            select new
            {
                FirstPublished = db.ItemVersions.Where(v => v.ItemId == item.Id && v.PublishedAt != null).Min(v => v.PublishedAt),
                item.WithdrawnAt,
            }).ToListAsync(cancellationToken);
        var dated = items.Where(i => i.FirstPublished is not null)
            .Select(i => (Published: Day(i.FirstPublished!.Value), Withdrawn: i.WithdrawnAt is { } w ? Day(w) : (DateOnly?)null)).ToList();
        return new NormativeRow(
            dated.Count(i => i.Published >= first && i.Published <= last),
            dated.Count(i => i.Withdrawn >= first && i.Withdrawn <= last),
            dated.Count(i => i.Published <= last && (i.Withdrawn is null || i.Withdrawn > last)));
    }

    private async Task<IReadOnlyList<CategoryCount>> PublishedAsync(DateOnly first, DateOnly last, CancellationToken cancellationToken)
    {
        var after = WorkingDayCalendar.EndOfDay(first.AddDays(-1));
        var until = WorkingDayCalendar.EndOfDay(last);
        var published = await (
            from version in db.ItemVersions.AsNoTracking()
            join item in db.Items.AsNoTracking() on version.ItemId equals item.Id
            where version.PublishedAt > after && version.PublishedAt <= until
            select item.CategoryCode).ToListAsync(cancellationToken);
        return [.. CatalogueCategories.All.Where(c => c.ParentCode is null)
            .Select(c => new CategoryCount(c.Name, published.Count(code => code == c.Code || code.StartsWith(c.Code + ".", StringComparison.Ordinal))))];
    }

    private async Task<IReadOnlyList<ApplicationRowFigures>> ApplicationsAsync(DateOnly first, DateOnly last, CancellationToken cancellationToken)
    {
        var applications = await db.Applications.AsNoTracking().Where(a => a.ReceivedOn <= last)
            .Select(a => new { a.Id, a.ApplicantKind, a.ReceivedOn, a.Reply }).ToListAsync(cancellationToken);
        var ids = applications.Select(a => a.Id).ToList();
        // When each application's process ended, from the tamper-evident journal.
        var ended = (await db.Journal.AsNoTracking()
            .Where(j => j.Action == "ended" && ids.Contains(j.ItemId))
            .Join(db.Instances.AsNoTracking().Where(i => i.Subject == SubjectKind.Application), j => j.InstanceId, i => i.Id, (j, _) => new { j.ItemId, j.At })
            .ToListAsync(cancellationToken))
            .GroupBy(j => j.ItemId).ToDictionary(g => g.Key, g => Day(g.Max(j => j.At)));

        var rows = new List<ApplicationRowFigures>();
        void Add(string key, string label, int level, Func<ApplicantKind, DateOnly, DateOnly?, ReplyDraft?, bool> counts)
        {
            var values = AnnualReportFigures.Columns
                .Select(kind => applications.Count(a => a.ApplicantKind == kind && counts(kind, a.ReceivedOn, ended.TryGetValue(a.Id, out var d) ? d : null, a.Reply)))
                .ToList();
            rows.Add(new ApplicationRowFigures(key, label, level, [.. values, values.Sum()]));
        }

        bool ClosedInYear(DateOnly? closed) => closed >= first && closed <= last;
        Add("received", Messages.ReportThreeRow("received").Text, 0, (_, received, _, _) => received >= first);
        Add("carried-in", Messages.ReportThreeRow("carried-in").Text, 0, (_, received, closed, _) => received < first && (closed is null || closed >= first));
        rows.Add(new ApplicationRowFigures("results", Messages.ReportThreeRow("results").Text, 0, []));
        foreach (var type in ReplyTypes.All)
        {
            if (!type.HasGrounds)
            {
                Add(type.Code, type.Row, 1, (_, _, closed, reply) => ClosedInYear(closed) && reply?.TypeCode == type.Code);
                continue;
            }

            rows.Add(new ApplicationRowFigures(type.Code, type.Row, 1, []));
            foreach (var (ground, number) in type.Grounds.Select((g, i) => (g, i + 1)))
            {
                Add($"{type.Code}.{ground.Code}", Messages.ReportGroundRow(number, ground.Label).Text, 2,
                    (_, _, closed, reply) => ClosedInYear(closed) && reply?.TypeCode == type.Code && reply.GroundCode == ground.Code);
            }
        }

        Add("results-total", Messages.ReportThreeRow("results-total").Text, 1, (_, _, closed, _) => ClosedInYear(closed));
        Add("carried-out", Messages.ReportThreeRow("carried-out").Text, 0, (_, _, closed, _) => closed is null || closed > last);
        return rows;
    }

    private static DateOnly Day(DateTimeOffset instant) => WorkingDayCalendar.DateOf(instant);
}
