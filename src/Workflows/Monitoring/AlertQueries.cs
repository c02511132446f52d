using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Engine;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Workflows.Monitoring;

/// <summary>An active flag as a person's task list shows it; <c>IsApplication</c>: it concerns an application (its id is <c>ItemId</c>), not an item.</summary>
public sealed record AlertCard(
    Guid Id, AlertKind Kind, Guid ItemId, string Subject, string Reason, DateOnly DueOn, DateTimeOffset RaisedAt, string ResponsibleBody, bool IsApplication = false);

/// <summary>The flags that concern someone: those of their roles; leaders supervise and see every flag.</summary>
public sealed class AlertQueries(DisclosureDbContext db)
{
    public async Task<IReadOnlyList<AlertCard>> ActiveForAsync(Caller caller, int limit = 100, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var roles = caller.Roles.ToList();
        var everything = caller.Has(Roles.Leader);
        return await db.Alerts.AsNoTracking()
            .Where(a => a.ClearedAt == null && (everything || roles.Contains(a.Role)))
            .OrderBy(a => a.DueOn).ThenBy(a => a.RaisedAt)
            .Take(limit)
            .Select(a => new AlertCard(a.Id, a.Kind, a.ItemId, a.Subject, a.Reason, a.DueOn, a.RaisedAt, a.ResponsibleBody,
                db.Applications.Any(ap => ap.Id == a.ItemId)))
            .ToListAsync(cancellationToken);
    }
}
