using Disclosure.Workflows.Common;
using Disclosure.Workflows.Engine;
using Disclosure.Workflows.Monitoring;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Workflows.Notifications;

/// <summary>A notification as its reader sees it.</summary>
/// <summary>A notification as listed; <c>IsApplication</c>: <c>ItemId</c> names an application, not an item.</summary>
public sealed record NotificationView(Guid Id, string Subject, string Body, Guid? ItemId, DateTimeOffset CreatedAt, bool IsRead, bool IsApplication = false);

/// <summary>Each user's in-app notifications: their own and their roles', with read state per person.</summary>
public sealed class NotificationService(DisclosureDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<NotificationView>> ListAsync(Caller caller, bool unreadOnly = false, int limit = 100, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var userId = caller.Actor.Id;
        var roles = caller.Roles.ToList();
        var query =
            from n in db.Notifications.AsNoTracking()
            where (n.RecipientKind == RecipientKind.User && n.Recipient == userId) || (n.RecipientKind == RecipientKind.Role && roles.Contains(n.Recipient))
            let read = db.NotificationReads.Any(r => r.NotificationId == n.Id && r.UserId == userId)
            where !unreadOnly || !read
            orderby n.CreatedAt descending
            select new NotificationView(n.Id, n.Subject, n.Body, n.ItemId, n.CreatedAt, read, db.Applications.Any(ap => ap.Id == n.ItemId));
        return await query.Take(limit).ToListAsync(cancellationToken);
    }

    public async Task MarkReadAsync(Caller caller, Guid notificationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var visible = (await ListAsync(caller, limit: int.MaxValue, cancellationToken: cancellationToken)).Any(n => n.Id == notificationId);
        if (!visible)
        {
            throw new NotFoundException(Messages.NotificationNotFound);
        }

        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO disclosure.notification_reads (notification_id, user_id, read_at)
            VALUES ({notificationId}, {caller.Actor.Id}, {clock.GetUtcNow()})
            ON CONFLICT DO NOTHING
            """, cancellationToken);
    }
}
