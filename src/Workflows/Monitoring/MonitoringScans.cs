using Disclosure.Workflows.Calendar;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Workflows.Monitoring;

/// <summary>
/// The recurring scans, each a few set-based statements over partial indexes: nothing is loaded
/// into memory, and inserts rely on unique indexes (ON CONFLICT DO NOTHING) so that repeated or
/// concurrent runs on several servers raise each flag and send each message once.
/// </summary>
public sealed class MonitoringScans(DisclosureDbContext db, CalendarService calendar, TimeProvider clock, MonitoringOptions options)
{
    /// <summary>Periodic disclosures due within the warning window or overdue.</summary>
    public async Task<ScanResult> PeriodicDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var today = WorkingDayCalendar.Today(clock);
        var horizon = (await calendar.DeadlinesAsync(cancellationToken)).Add(today, options.PeriodicWarningWorkingDays);
        var cleared = await db.Database.ExecuteSqlAsync($"""
            UPDATE disclosure.alerts a SET cleared_at = {now}, cleared_reason = '本期已发布或事项已撤回'
            FROM disclosure.items i
            WHERE a.kind = 'PeriodicDue' AND a.cleared_at IS NULL AND a.item_id = i.id
              AND (i.next_period_key IS NULL OR i.next_period_key > a.subject)
            """, cancellationToken);
        var raised = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO disclosure.alerts (id, kind, item_id, subject, reason, due_on, raised_at, responsible_body, role)
            SELECT gen_random_uuid(), 'PeriodicDue', i.id, i.next_period_key,
                   CASE WHEN i.next_period_due_on < {today}
                        THEN '定期公开 ' || i.next_period_key || ' 期已逾期，应于 ' || to_char(i.next_period_due_on, 'YYYY-MM-DD') || ' 前公开'
                        ELSE '定期公开 ' || i.next_period_key || ' 期应于 ' || to_char(i.next_period_due_on, 'YYYY-MM-DD') || ' 前公开' END,
                   i.next_period_due_on, {now}, i.responsible_body, {Roles.Drafter}
            FROM disclosure.items i
            WHERE i.next_period_due_on IS NOT NULL AND i.next_period_due_on <= {horizon}
            ON CONFLICT (kind, item_id, subject) WHERE cleared_at IS NULL DO NOTHING
            """, cancellationToken);
        return new ScanResult("periodic-due", raised, cleared);
    }

    /// <summary>Long-term items not confirmed within their review interval; the flag is the drafters' review task.</summary>
    public async Task<ScanResult> LongTermStaleAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var today = WorkingDayCalendar.Today(clock);
        var cleared = await db.Database.ExecuteSqlAsync($"""
            UPDATE disclosure.alerts a SET cleared_at = {now}, cleared_reason = '已确认仍然有效、已发布新版本或已撤回'
            FROM disclosure.items i
            WHERE a.kind = 'LongTermStale' AND a.cleared_at IS NULL AND a.item_id = i.id
              AND (i.review_due_on IS NULL OR i.review_due_on > {today})
            """, cancellationToken);
        var raised = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO disclosure.alerts (id, kind, item_id, subject, reason, due_on, raised_at, responsible_body, role)
            SELECT gen_random_uuid(), 'LongTermStale', i.id, '',
                   '长期公开事项自 ' || to_char(i.last_confirmed_on, 'YYYY-MM-DD') || ' 起未确认，复核期限 ' || to_char(i.review_due_on, 'YYYY-MM-DD')
                   || ' 已过：请确认仍然有效，或起草新版本',
                   i.review_due_on, {now}, i.responsible_body, {Roles.Drafter}
            FROM disclosure.items i
            WHERE i.review_due_on IS NOT NULL AND i.review_due_on <= {today}
            ON CONFLICT (kind, item_id, subject) WHERE cleared_at IS NULL DO NOTHING
            """, cancellationToken);
        return new ScanResult("long-term-stale", raised, cleared);
    }

    /// <summary>Versions past their Art. 26 date and still unpublished (withheld ones are closed, so excluded).</summary>
    public async Task<ScanResult> LatePublicationAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var today = WorkingDayCalendar.Today(clock);
        var cleared = await db.Database.ExecuteSqlAsync($"""
            UPDATE disclosure.alerts a SET cleared_at = {now}, cleared_reason = '该版本已发布、不予公开或已撤回'
            FROM disclosure.item_versions v
            WHERE a.kind = 'LatePublication' AND a.cleared_at IS NULL AND a.item_version_id = v.id
              AND v.status NOT IN ('Draft', 'InReview', 'Returned')
            """, cancellationToken);
        // New flags and their notifications in one statement: each drafter is told once per late
        // version, the leaders once per day in one digest (not thousands of lines after a backlog),
        // and runs that raise nothing touch no notification.
        var raisedAndTold = await db.Database.SqlQuery<RaisedAndTold>($"""
            WITH late AS (
                SELECT v.id, v.item_id, v.title, v.formed_on, v.publish_by, v.drafter_id
                FROM disclosure.item_versions v
                WHERE v.status IN ('Draft', 'InReview', 'Returned') AND v.publish_by < {today}
            ), raised AS (
                INSERT INTO disclosure.alerts (id, kind, item_id, item_version_id, subject, reason, due_on, raised_at, responsible_body, role)
                SELECT gen_random_uuid(), 'LatePublication', l.item_id, l.id, l.id::text,
                       '“' || l.title || '”形成于 ' || to_char(l.formed_on, 'YYYY-MM-DD') || '，应于 ' || to_char(l.publish_by, 'YYYY-MM-DD')
                       || ' 前公开（20 个工作日），至今未公开',
                       l.publish_by, {now}, i.responsible_body, {Roles.Leader}
                FROM late l JOIN disclosure.items i ON i.id = l.item_id
                ON CONFLICT (kind, item_id, subject) WHERE cleared_at IS NULL DO NOTHING
                RETURNING item_id, item_version_id, reason
            ), told_drafters AS (
                INSERT INTO disclosure.notifications (id, recipient_kind, recipient, subject, body, item_id, dedup_key, created_at)
                SELECT gen_random_uuid(), 'User', l.drafter_id, '逾期未公开：' || l.title, raised.reason, raised.item_id,
                       'late:' || raised.item_version_id || ':drafter', {now}
                FROM raised JOIN late l ON l.id = raised.item_version_id
                ON CONFLICT (dedup_key) DO NOTHING
                RETURNING 1
            ), told_leaders AS (
                INSERT INTO disclosure.notifications (id, recipient_kind, recipient, subject, body, item_id, dedup_key, created_at)
                SELECT gen_random_uuid(), 'Role', {Roles.Leader}, '逾期未公开：新增 ' || count(*) || ' 项',
                       CASE WHEN count(*) = 1 THEN min(raised.reason)
                            ELSE '今日新发现 ' || count(*) || ' 项信息超过 20 个工作日未公开，详见预警列表。' END,
                       CASE WHEN count(*) = 1 THEN min(raised.item_id::text)::uuid END,
                       'late:digest:' || {today}, {now}
                FROM raised HAVING count(*) > 0
                ON CONFLICT (dedup_key) DO NOTHING
                RETURNING 1
            )
            SELECT (SELECT count(*)::int FROM raised) AS "Raised",
                   (SELECT count(*)::int FROM told_drafters) + (SELECT count(*)::int FROM told_leaders) AS "Told"
            """).ToListAsync(cancellationToken);
        // Not composed further (no Single/First): PostgreSQL allows data-modifying CTEs only at the top level.
        var (raised, told) = (raisedAndTold[0].Raised, raisedAndTold[0].Told);
        return new ScanResult("late-publication", raised, cleared, told);
    }

    /// <summary>
    /// Reminds the task's role (or its claimant) once when a task is due within the lead time, and
    /// escalates to the leaders once when it is overdue.
    /// </summary>
    public async Task<ScanResult> TaskRemindersAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var soon = now + options.ReminderLead;
        // Tasks of applications are reminded like the items' (an applicant's own step is not the office's to chase).
        var applicationPrefix = Common.Messages.ApplicationTitle(string.Empty).Text;
        var reminded = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO disclosure.notifications (id, recipient_kind, recipient, subject, body, item_id, dedup_key, created_at)
            SELECT gen_random_uuid(),
                   CASE WHEN t.claimed_by_id IS NULL THEN 'Role' ELSE 'User' END, coalesce(t.claimed_by_id, t.role),
                   '任务即将到期：' || t.name || coalesce('（' || t.department || '）', ''), '“' || coalesce(v.title, {applicationPrefix} || ap.number) || '”的“' || t.name || '”将于 '
                   || to_char(t.due_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') || ' 到期',
                   t.item_id, 'remind:' || t.id || ':due-soon', {now}
            FROM disclosure.tasks t LEFT JOIN disclosure.item_versions v ON v.id = t.item_version_id LEFT JOIN disclosure.applications ap ON ap.id = t.item_id
            WHERE t.status = 'Open' AND t.kind = 'User' AND t.due_at IS NOT NULL AND t.due_at > {now} AND t.due_at <= {soon}
              AND (v.id IS NOT NULL OR ap.id IS NOT NULL) AND t.role <> {Roles.Applicant}
            ON CONFLICT (dedup_key) DO NOTHING
            """, cancellationToken);
        var escalated = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO disclosure.notifications (id, recipient_kind, recipient, subject, body, item_id, dedup_key, created_at)
            SELECT gen_random_uuid(), 'Role', {Roles.Leader},
                   '任务已超期：' || t.name || coalesce('（' || t.department || '）', ''), '“' || coalesce(v.title, {applicationPrefix} || ap.number) || '”的“' || t.name || '”已于 '
                   || to_char(t.due_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') || ' 到期，仍未办理',
                   t.item_id, 'remind:' || t.id || ':overdue', {now}
            FROM disclosure.tasks t LEFT JOIN disclosure.item_versions v ON v.id = t.item_version_id LEFT JOIN disclosure.applications ap ON ap.id = t.item_id
            WHERE t.status = 'Open' AND t.kind = 'User' AND t.due_at IS NOT NULL AND t.due_at <= {now}
              AND (v.id IS NOT NULL OR ap.id IS NOT NULL) AND t.role <> {Roles.Applicant}
            ON CONFLICT (dedup_key) DO NOTHING
            """, cancellationToken);
        return new ScanResult("task-reminders", reminded, 0, escalated);
    }

    private sealed record RaisedAndTold(int Raised, int Told);
}
