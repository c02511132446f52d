using Disclosure.Workflows.Calendar;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Workflows.Monitoring;

/// <summary>
/// Watches instance clocks (e.g. an application's 20 working days): reminds the responsible
/// department's drafters once when the last day is within the definition's reminder window, and
/// when the clock has run out raises a <see cref="AlertKind.ClockOverdue"/> flag and tells the
/// leaders, once. Flags clear when the instance ends, the clock is extended or it pauses. Set-based
/// and idempotent like the other scans (unique indexes, ON CONFLICT DO NOTHING).
/// </summary>
public sealed class ClockScans(DisclosureDbContext db, CalendarService calendar, TimeProvider clock)
{
    public async Task<ScanResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var today = WorkingDayCalendar.Today(clock);
        var deadlines = await calendar.DeadlinesAsync(cancellationToken);
        var applicationPrefix = Messages.ApplicationTitle(string.Empty).Text;
        var cleared = await db.Database.ExecuteSqlAsync($"""
            UPDATE disclosure.alerts a SET cleared_at = {now}, cleared_reason = {Messages.ClockAlertCleared.Text}
            FROM disclosure.workflow_instances i
            WHERE a.kind = 'ClockOverdue' AND a.cleared_at IS NULL AND a.subject = i.id::text
              AND (i.status <> 'Running' OR i.clock->>'State' <> 'Running' OR (i.clock->>'DueOn')::date >= {today})
            """, cancellationToken);

        // Each definition with a clock says how early to remind; the window is in working days.
        var reminded = 0;
        var definitions = await db.DefinitionVersions.AsNoTracking().Where(d => d.Status != DefinitionStatus.Draft).ToListAsync(cancellationToken);
        foreach (var group in definitions.Where(d => d.Document.Settings.Clock is { RemindWorkingDays: > 0 }).GroupBy(d => d.Document.Settings.Clock!))
        {
            var ids = group.Select(d => d.Id).ToArray();
            var horizon = deadlines.Add(today, group.Key.RemindWorkingDays);
            reminded += await db.Database.ExecuteSqlAsync($"""
                INSERT INTO disclosure.notifications (id, recipient_kind, recipient, subject, body, item_id, dedup_key, created_at)
                SELECT gen_random_uuid(), 'Role', {Roles.Drafter},
                       {Messages.ClockReminderSubject(group.Key.Name).Text} || coalesce(v.title, {applicationPrefix} || ap.number),
                       '“' || coalesce(v.title, {applicationPrefix} || ap.number) || '”' || {Messages.ClockReminderBody(group.Key.Name).Text} || (i.clock->>'DueOn'),
                       i.item_id, 'clock-remind:' || i.id || ':' || (i.clock->>'DueOn'), {now}
                FROM disclosure.workflow_instances i
                LEFT JOIN disclosure.item_versions v ON v.id = i.item_version_id AND i.subject = 'Item'
                LEFT JOIN disclosure.applications ap ON ap.id = i.item_id AND i.subject = 'Application'
                WHERE i.definition_id = ANY({ids}) AND i.status = 'Running' AND i.clock->>'State' = 'Running'
                  AND (i.clock->>'DueOn')::date <= {horizon} AND (i.clock->>'DueOn')::date >= {today}
                ON CONFLICT (dedup_key) DO NOTHING
                """, cancellationToken);
        }

        var raisedAndTold = await db.Database.SqlQuery<RaisedAndTold>($"""
            WITH overdue AS (
                SELECT i.id, i.item_id, (i.clock->>'DueOn')::date AS due_on,
                       coalesce(v.title, {applicationPrefix} || ap.number) AS title, coalesce(it.responsible_body, ap.responsible_body, '') AS body
                FROM disclosure.workflow_instances i
                LEFT JOIN disclosure.item_versions v ON v.id = i.item_version_id AND i.subject = 'Item'
                LEFT JOIN disclosure.items it ON it.id = i.item_id AND i.subject = 'Item'
                LEFT JOIN disclosure.applications ap ON ap.id = i.item_id AND i.subject = 'Application'
                WHERE i.status = 'Running' AND i.clock IS NOT NULL AND i.clock->>'State' = 'Running' AND (i.clock->>'DueOn')::date < {today}
            ), raised AS (
                INSERT INTO disclosure.alerts (id, kind, item_id, subject, reason, due_on, raised_at, responsible_body, role)
                SELECT gen_random_uuid(), 'ClockOverdue', o.item_id, o.id::text,
                       '“' || o.title || '”' || {Messages.ClockOverdueReason.Text} || to_char(o.due_on, 'YYYY-MM-DD'), o.due_on, {now}, o.body, {Roles.Leader}
                FROM overdue o
                ON CONFLICT (kind, item_id, subject) WHERE cleared_at IS NULL DO NOTHING
                RETURNING item_id, subject, reason
            ), told AS (
                INSERT INTO disclosure.notifications (id, recipient_kind, recipient, subject, body, item_id, dedup_key, created_at)
                SELECT gen_random_uuid(), 'Role', {Roles.Leader}, {Messages.ClockOverdueSubject.Text}, raised.reason, raised.item_id,
                       'clock-overdue:' || raised.subject || ':' || {today}, {now}
                FROM raised
                ON CONFLICT (dedup_key) DO NOTHING
                RETURNING 1
            )
            SELECT (SELECT count(*)::int FROM raised) AS "Raised", (SELECT count(*)::int FROM told) AS "Told"
            """).ToListAsync(cancellationToken);
        return new ScanResult("clock-deadlines", raisedAndTold[0].Raised, cleared, reminded + raisedAndTold[0].Told);
    }

    private sealed record RaisedAndTold(int Raised, int Told);
}
