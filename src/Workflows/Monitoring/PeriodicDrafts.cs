using Disclosure.Workflows.Calendar;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Engine;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Disclosure.Workflows.Monitoring;

/// <summary>
/// Opens the drafting task for each flagged period: a new draft version (the previous disclosure's
/// text, for the new period) whose workflow waits at 拟稿 for the responsible body's drafters.
/// Version, instance and the flag's mark commit in one transaction per item and period, so a
/// period never keeps a draft without its task. The unique index on open versions makes it one
/// draft per item and period, even on two servers; any other failure is an error in the log and a
/// <see cref="AlertKind.PeriodicDraftFailed"/> flag administrators see.
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
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                if (await AlreadyOpenAsync(alert, cancellationToken))
                {
                    // Another server opened it a moment ago, or someone drafted the period by hand.
                    logger.LogInformation("Period {Period} of item {ItemId} already has a draft", alert.Subject, alert.ItemId);
                }
                else
                {
                    logger.LogError(ex, "Could not open the drafting task of period {Period} of item {ItemId}", alert.Subject, alert.ItemId);
                    await RaiseFailureAsync(alert, ex, cancellationToken);
                }
            }
        }

        return opened;
    }

    private async Task<bool> OpenOneAsync(Alert alert, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DisclosureDbContext>();
        var deadlines = await scope.ServiceProvider.GetRequiredService<CalendarService>().DeadlinesAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var item = await db.Items.Include(i => i.Versions).SingleAsync(i => i.Id == alert.ItemId, cancellationToken);
        var period = DisclosurePeriod.Parse(alert.Subject);
        var opened = false;
        if (!item.Versions.Any(v => v.PeriodKey == period.Key && v.IsPending))
        {
            var template = item.LatestVersion;
            var content = template.Content() with
            {
                Title = template.Period is { } old ? template.Title.Replace(old.Label, period.Label, StringComparison.Ordinal) : template.Title,
                Period = period,
                FormedOn = period.End,
            };
            var version = item.StartNewVersion(content, Actor.System, clock.GetUtcNow(), deadlines);
            await db.SaveChangesAsync(cancellationToken);
            await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().StartDraftingAsync(item.Id, version.Id, Caller.System, cancellationToken);
            opened = true;
        }

        var now = clock.GetUtcNow();
        await db.Database.ExecuteSqlAsync($"UPDATE disclosure.alerts SET task_opened_at = {now} WHERE id = {alert.Id}", cancellationToken);
        await db.Database.ExecuteSqlAsync($"""
            UPDATE disclosure.alerts SET cleared_at = {now}, cleared_reason = '起草任务已生成'
            WHERE kind = 'PeriodicDraftFailed' AND item_id = {alert.ItemId} AND subject = {alert.Subject} AND cleared_at IS NULL
            """, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return opened;
    }

    private async Task<bool> AlreadyOpenAsync(Alert alert, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DisclosureDbContext>();
        return await db.ItemVersions.AnyAsync(v => v.ItemId == alert.ItemId && v.PeriodKey == alert.Subject
            && (v.Status == VersionStatus.Draft || v.Status == VersionStatus.InReview || v.Status == VersionStatus.Returned), cancellationToken);
    }

    private async Task RaiseFailureAsync(Alert alert, Exception failure, CancellationToken cancellationToken)
    {
        // Words a person can act on; the stack trace is in the log.
        var cause = failure switch
        {
            DisclosureException known => known.UserMessage.Text,
            _ => "系统内部错误（详见日志）",
        };
        var reason = Messages.PeriodicDraftFailed(alert.Subject, cause).Text;
        reason = reason.Length > 1000 ? reason[..1000] : reason;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DisclosureDbContext>();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO disclosure.alerts (id, kind, item_id, subject, reason, due_on, raised_at, responsible_body, role)
            VALUES (gen_random_uuid(), 'PeriodicDraftFailed', {alert.ItemId}, {alert.Subject}, {reason}, {alert.DueOn}, {clock.GetUtcNow()},
                    {alert.ResponsibleBody}, {Roles.Administrator})
            ON CONFLICT (kind, item_id, subject) WHERE cleared_at IS NULL DO NOTHING
            """, cancellationToken);
    }
}
