using Disclosure.Workflows.Common;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Workflows.Monitoring;

/// <summary>
/// Which flags the administrators' list shows: <c>Active</c> true for active flags only, false for
/// cleared ones, null for both; <c>Text</c> is part of the item's title, the reason or the department.
/// </summary>
public sealed record AlertFilter(bool? Active = true, AlertKind? Kind = null, string? Text = null, int Limit = 200);

/// <summary>A flag with the title of its item (or application: <c>IsApplication</c>), for people to recognise it.</summary>
public sealed record AlertEntry(
    Guid Id, AlertKind Kind, Guid ItemId, string ItemTitle, int? VersionNumber, string Subject, string Reason, DateOnly DueOn, DateTimeOffset RaisedAt,
    string ResponsibleBody, string Role, DateTimeOffset? ClearedAt, string? ClearedReason, bool IsApplication = false);

/// <summary>Every flag the scans raised, active and cleared, newest first: the administrators' view of monitoring.</summary>
public sealed class AlertHistory(DisclosureDbContext db)
{
    public async Task<IReadOnlyList<AlertEntry>> ListAsync(AlertFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var alerts = db.Alerts.AsNoTracking();
        if (filter.Active is { } active)
        {
            alerts = active ? alerts.Where(a => a.ClearedAt == null) : alerts.Where(a => a.ClearedAt != null);
        }

        if (filter.Kind is { } kind)
        {
            alerts = alerts.Where(a => a.Kind == kind);
        }

        // An application's flag is named by its number, never its applicant (who may not be seen here).
        var applicationTitle = Messages.ApplicationTitle(string.Empty).Text;
        var rows = from a in alerts
                   let title = db.ItemVersions.Where(v => v.ItemId == a.ItemId).OrderByDescending(v => v.Number).Select(v => v.Title).FirstOrDefault()
                   let number = db.ItemVersions.Where(v => v.Id == a.ItemVersionId).Select(v => (int?)v.Number).FirstOrDefault()
                   let application = db.Applications.Where(ap => ap.Id == a.ItemId).Select(ap => ap.Number).FirstOrDefault()
                   select new { Alert = a, Title = title ?? (application != null ? applicationTitle + application : string.Empty), Number = number, IsApplication = application != null };
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim();
            rows = rows.Where(r => r.Title.Contains(text) || r.Alert.Reason.Contains(text) || r.Alert.ResponsibleBody.Contains(text));
        }

        return await rows
            .OrderByDescending(r => r.Alert.RaisedAt).ThenBy(r => r.Alert.Id)
            .Take(Math.Clamp(filter.Limit, 1, 1000))
            .Select(r => new AlertEntry(r.Alert.Id, r.Alert.Kind, r.Alert.ItemId, r.Title, r.Number, r.Alert.Subject, r.Alert.Reason, r.Alert.DueOn, r.Alert.RaisedAt,
                r.Alert.ResponsibleBody, r.Alert.Role, r.Alert.ClearedAt, r.Alert.ClearedReason, r.IsApplication))
            .ToListAsync(cancellationToken);
    }
}
