using Disclosure.Workflows.Calendar;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Engine;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Workflows.Reports;

/// <summary>An on-time rate: how many, how many on time, and the share (null when there were none).</summary>
public sealed record OnTime(int Total, int InTime)
{
    public decimal? Rate => Total == 0 ? null : Math.Round(100m * InTime / Total, 1);
}

/// <summary>Overdue work under one heading (a department, or a step).</summary>
public sealed record OverdueCount(string Name, int Tasks, int Publications, int Applications)
{
    public int Total => Tasks + Publications + Applications;
}

public sealed record StaleItem(Guid ItemId, string Title, string ResponsibleBody, DateOnly? LastConfirmedOn, DateOnly ReviewDueOn);

/// <summary>What the leaders and the inspection team (督查) look at: this year, as of today.</summary>
public sealed record SupervisionView(
    int Year, DateOnly Today, OnTime Publications, OnTime Replies, IReadOnlyList<OverdueCount> ByDepartment, IReadOnlyList<OverdueCount> ByStep,
    IReadOnlyList<StaleItem> Stale);

/// <summary>
/// The supervision figures (BRIEF §6, 督查): on-time rates of publications (by their Art. 26 date or
/// the date another law sets) and of replies to applications (by their answer period, extensions
/// and uncounted days included), overdue work by department and by step, and long-term items past
/// their review date. Read-only; no personal data.
/// </summary>
public sealed class Supervision(DisclosureDbContext db, DefinitionCache definitions, TimeProvider clock)
{
    public async Task<SupervisionView> ComputeAsync(int? year = null, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var today = WorkingDayCalendar.DateOf(now);
        var y = year ?? today.Year;
        var after = WorkingDayCalendar.EndOfDay(new DateOnly(y - 1, 12, 31));
        var until = WorkingDayCalendar.EndOfDay(new DateOnly(y, 12, 31));

        var published = await db.ItemVersions.AsNoTracking().IgnoreAutoIncludes()
            .Where(v => v.PublishedAt > after && v.PublishedAt <= until).Select(v => new { v.PublishedAt, v.PublishBy }).ToListAsync(cancellationToken);
        var publications = new OnTime(published.Count, published.Count(v => WorkingDayCalendar.DateOf(v.PublishedAt!.Value) <= v.PublishBy));

        var replied = await (
            from application in db.Applications.AsNoTracking()
            where application.RepliedAt > after && application.RepliedAt <= until
            join instance in db.Instances.AsNoTracking().Where(i => i.Subject == SubjectKind.Application) on application.Id equals instance.ItemId
            select new { application.RepliedAt, instance.Clock }).ToListAsync(cancellationToken);
        var replies = new OnTime(replied.Count, replied.Count(r => r.Clock is null || WorkingDayCalendar.DateOf(r.RepliedAt!.Value) <= r.Clock.DueOn));

        var overdueTasks = await (
            from task in db.Tasks.AsNoTracking()
            where task.Status == WorkTaskStatus.Open && task.Kind == TaskKind.User && task.DueAt < now && task.Role != Roles.Applicant
            join item in db.Items.AsNoTracking() on task.ItemId equals item.Id into items
            from item in items.DefaultIfEmpty()
            join application in db.Applications.AsNoTracking() on task.ItemId equals application.Id into applications
            from application in applications.DefaultIfEmpty()
            select new { task.Name, task.Department, ItemBody = item == null ? null : item.ResponsibleBody, ApplicationBody = application == null ? null : application.ResponsibleBody })
            .ToListAsync(cancellationToken);
        var latePublications = await (
            from version in db.ItemVersions.AsNoTracking().IgnoreAutoIncludes()
            where (version.Status == VersionStatus.Draft || version.Status == VersionStatus.InReview || version.Status == VersionStatus.Returned) && version.PublishBy < today
            join item in db.Items.AsNoTracking() on version.ItemId equals item.Id
            where item.WithdrawnAt == null
            select item.ResponsibleBody).ToListAsync(cancellationToken);
        var running = await (
            from instance in db.Instances.AsNoTracking().Where(i => i.Subject == SubjectKind.Application && i.Status == InstanceStatus.Running && i.Clock != null)
            join application in db.Applications.AsNoTracking() on instance.ItemId equals application.Id
            select new { application.ResponsibleBody, instance.Clock, instance.CurrentNodeId, instance.DefinitionId }).ToListAsync(cancellationToken);
        var lateApplications = running.Where(r => r.Clock!.IsOverdueOn(today)).ToList();

        var departments = overdueTasks.Select(t => t.Department ?? t.ItemBody ?? t.ApplicationBody ?? string.Empty)
            .Concat(latePublications).Concat(lateApplications.Select(a => a.ResponsibleBody)).Distinct().Order(StringComparer.Ordinal);
        var byDepartment = departments.Select(d => new OverdueCount(d,
            overdueTasks.Count(t => (t.Department ?? t.ItemBody ?? t.ApplicationBody ?? string.Empty) == d),
            latePublications.Count(p => p == d), lateApplications.Count(a => a.ResponsibleBody == d)))
            .OrderByDescending(c => c.Total).ToList();

        // An overdue application counts at the step it waits at.
        var stepOfLate = new List<string>();
        foreach (var late in lateApplications)
        {
            var definition = await definitions.GetAsync(db, late.DefinitionId, cancellationToken);
            stepOfLate.Add(definition.Document.Node(late.CurrentNodeId)?.Name ?? late.CurrentNodeId);
        }

        var byStep = overdueTasks.Select(t => t.Name).Concat(stepOfLate).Distinct().Order(StringComparer.Ordinal)
            .Select(s => new OverdueCount(s, overdueTasks.Count(t => t.Name == s), 0, stepOfLate.Count(n => n == s)))
            .OrderByDescending(c => c.Total).ToList();

        var stale = await db.Items.AsNoTracking()
            .Where(i => i.ReviewDueOn != null && i.ReviewDueOn < today && i.WithdrawnAt == null)
            .OrderBy(i => i.ReviewDueOn)
            .Select(i => new StaleItem(i.Id,
                db.ItemVersions.Where(v => v.ItemId == i.Id).OrderByDescending(v => v.Number).Select(v => v.Title).First(),
                i.ResponsibleBody, i.LastConfirmedOn, i.ReviewDueOn!.Value))
            .Take(500).ToListAsync(cancellationToken);
        return new SupervisionView(y, today, publications, replies, byDepartment, byStep, stale);
    }
}
