namespace Disclosure.Workflows.Notifications;

public enum RecipientKind
{
    User,
    Role,
}

/// <summary>An in-app message for a user, or for everyone holding a role.</summary>
public sealed class Notification
{
    private Notification()
    {
        Recipient = Subject = Body = DedupKey = string.Empty;
    }

    public Notification(RecipientKind kind, string recipient, string subject, string body, Guid? itemId, string dedupKey, DateTimeOffset now)
        : this()
    {
        Id = Guid.CreateVersion7(now);
        RecipientKind = kind;
        Recipient = recipient;
        Subject = subject;
        Body = body;
        ItemId = itemId;
        DedupKey = dedupKey;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }

    public RecipientKind RecipientKind { get; private set; }

    /// <summary>A user id or a role code.</summary>
    public string Recipient { get; private set; }

    public string Subject { get; private set; }

    public string Body { get; private set; }

    public Guid? ItemId { get; private set; }

    /// <summary>What makes this message unique (e.g. task + reminder threshold), enforced by the database.</summary>
    public string DedupKey { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}

public enum OutboxStatus
{
    Pending,
    Sent,
    Failed,

    /// <summary>Its purpose lapsed before it went out (e.g. the consent request closed); never retried.</summary>
    Cancelled,
}

public enum OutboxChannel
{
    Email,
    Sms,
    WeChat,
    Letter,
}

/// <summary>
/// A message to someone outside the office (a rights-holder, mostly), delivered by a job with
/// retries. The unique dedup key makes a message exist once however often it is produced.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
        RecipientName = Address = Subject = Body = DedupKey = string.Empty;
    }

    public OutboxMessage(OutboxChannel channel, string recipientName, string address, string subject, string body, string dedupKey, Guid? consentRequestId, DateTimeOffset now)
        : this()
    {
        Id = Guid.CreateVersion7(now);
        Channel = channel;
        RecipientName = recipientName;
        Address = address;
        Subject = subject;
        Body = body;
        DedupKey = dedupKey;
        ConsentRequestId = consentRequestId;
        Status = OutboxStatus.Pending;
        CreatedAt = now;
        NextAttemptAt = now;
    }

    public Guid Id { get; private set; }

    public OutboxChannel Channel { get; private set; }

    public string RecipientName { get; private set; }

    public string Address { get; private set; }

    public string Subject { get; private set; }

    /// <summary>The text; a consent letter gets its link when it is delivered (the token is never stored).</summary>
    public string Body { get; private set; }

    public string DedupKey { get; private set; }

    public Guid? ConsentRequestId { get; private set; }

    public OutboxStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>Why it was cancelled instead of sent.</summary>
    public string? CancelReason { get; private set; }

    public void MarkSent(DateTimeOffset at)
    {
        Status = OutboxStatus.Sent;
        SentAt = at;
        Attempts++;
    }

    public void MarkFailed(string error, DateTimeOffset retryAt, int maxAttempts)
    {
        Attempts++;
        LastError = error;
        NextAttemptAt = retryAt;
        if (Attempts >= maxAttempts)
        {
            Status = OutboxStatus.Failed;
        }
    }

    public void Cancel(string reason, DateTimeOffset at)
    {
        Status = OutboxStatus.Cancelled;
        CancelReason = reason;
        NextAttemptAt = at;
    }

    /// <summary>How the channel is chosen from a rights-holder's contact.</summary>
    public static OutboxChannel ChannelFor(string contact) =>
        contact.Contains('@', StringComparison.Ordinal) ? OutboxChannel.Email
        : contact.Count(char.IsAsciiDigit) >= 11 && contact.Length <= 20 ? OutboxChannel.Sms
        : OutboxChannel.Letter;
}
