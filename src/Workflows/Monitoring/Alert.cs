namespace Disclosure.Workflows.Monitoring;

public enum AlertKind
{
    /// <summary>A periodic disclosure is due within the warning window, or overdue.</summary>
    PeriodicDue,

    /// <summary>A long-term item has not been confirmed current within its review interval.</summary>
    LongTermStale,

    /// <summary>Information formed more than 20 working days ago is still not published (Art. 26).</summary>
    LatePublication,

    /// <summary>A period's drafting task could not be opened by itself; administrators must look (e.g. no published definition).</summary>
    PeriodicDraftFailed,

    /// <summary>
    /// An instance's legal clock ran out while it still runs (e.g. an application not answered in
    /// 20 working days, Art. 33); <see cref="Alert.ItemId"/> is the subject (item or application),
    /// <see cref="Alert.Subject"/> the instance.
    /// </summary>
    ClockOverdue,
}

/// <summary>
/// A flag raised by a recurring scan: why, since when, for which item (and period or version).
/// It clears itself when the cause is resolved and stays as history. The database allows one
/// active flag per kind, item and subject, however many servers run the scan.
/// </summary>
public sealed class Alert
{
    private Alert()
    {
        Subject = Reason = ResponsibleBody = Role = string.Empty;
    }

    public Guid Id { get; private set; }

    public AlertKind Kind { get; private set; }

    public Guid ItemId { get; private set; }

    public Guid? ItemVersionId { get; private set; }

    /// <summary>The period key (periodic), the version id (late), or empty (stale).</summary>
    public string Subject { get; private set; }

    public string Reason { get; private set; }

    /// <summary>The date that was or will be missed.</summary>
    public DateOnly DueOn { get; private set; }

    public DateTimeOffset RaisedAt { get; private set; }

    public string ResponsibleBody { get; private set; }

    /// <summary>The role expected to act (the review task of a stale item is the drafters').</summary>
    public string Role { get; private set; }

    /// <summary>Periodic: when the drafting task for the period was opened.</summary>
    public DateTimeOffset? TaskOpenedAt { get; private set; }

    public DateTimeOffset? ClearedAt { get; private set; }

    public string? ClearedReason { get; private set; }

    public bool IsActive => ClearedAt is null;
}

/// <summary>That a user has read a notification (role notifications are read per person).</summary>
public sealed class NotificationRead
{
    private NotificationRead()
    {
        UserId = string.Empty;
    }

    public NotificationRead(Guid notificationId, string userId, DateTimeOffset readAt)
    {
        NotificationId = notificationId;
        UserId = userId;
        ReadAt = readAt;
    }

    public Guid NotificationId { get; private set; }

    public string UserId { get; private set; }

    public DateTimeOffset ReadAt { get; private set; }
}
