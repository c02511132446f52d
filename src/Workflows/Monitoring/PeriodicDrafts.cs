using Disclosure.Workflows.Calendar;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Engine;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Disclosure.Workflows.Monitoring;

/// <summary>
/// Opens the drafting task for each flagged period: a new draft version (the previous disclosure's
/// text, for the new period) whose workflow waits at 拟稿 for the responsible body's drafters. The
/// unique index on open versions makes it one draft per item and period, even on two servers.
/// </summary>
public sealed class PeriodicDrafts(IServiceScopeFactory scopes, TimeProvider clock, MonitoringOptions options, ILogger<PeriodicDrafts> logger)
{
    public async Task<int> OpenAsync(CancellationToken cancellationToken = default)
    {
        List<Alert> waiting;
        await using (var scope = scopes.CreateAsyncScope())
        {
            waiting = await scope.ServiceProvider.GetRequiredService<DisclosureDbContext>().Alerts.AsNoTracking()
                .Where(a => a.Kind == AlertKind.PeriodicDue && a.ClearedAt == null && a.TaskOpenedAt == null)
                .OrderBy(a => a.DueOn).Take(options.MaxDraftsPerRun).ToListAsync(cancellationToken);
        }

        var opened = 0;
        foreach (var alert in waiting)
        {
            try
            {
                if (await OpenOneAsync(alert, cancellationToken))
                {
                    opened++;
                }
            }
            catch (Exception ex) when (ex is ConflictException or CatalogueRuleException
                || ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                // Another server opened it a moment ago, or someone drafted the period by hand.
                logger.LogInformation("Period {Period} of item {ItemId} already has a draft: {Reason}", alert.Subject, alert.ItemId, ex.Message);
            }
        }

        return opened;
    }

    private async Task<bool> OpenOneAsync(Alert alert, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DisclosureDbContext>();
        var item = await db.Items.Include(i => i.Versions).SingleAsync(i => i.Id == alert.ItemId, cancellationToken);
        var period = DisclosurePeriod.Parse(alert.Subject);
        var existing = item.Versions.FirstOrDefault(v => v.PeriodKey == period.Key && v.IsPending);
        var opened = false;
        if (existing is null)
        {
            var template = item.LatestVersion;
            var content = template.Content() with
            {
                Title = template.Period is { } old ? template.Title.Replace(old.Label, period.Label, StringComparison.Ordinal) : template.Title,
                Period = period,
                FormedOn = period.End,
            };
            var deadlines = await scope.ServiceProvider.GetRequiredService<CalendarService>().DeadlinesAsync(cancellationToken);
            var version = item.StartNewVersion(content, Actor.System, clock.GetUtcNow(), deadlines);
            await db.SaveChangesAsync(cancellationToken);
            await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().StartDraftingAsync(item.Id, version.Id, Caller.System, cancellationToken);
            opened = true;
        }

        await db.Database.ExecuteSqlAsync($"UPDATE disclosure.alerts SET task_opened_at = {clock.GetUtcNow()} WHERE id = {alert.Id}", cancellationToken);
        return opened;
    }
}
