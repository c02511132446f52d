using Disclosure.Workflows.Common;
using Disclosure.Workflows.Engine;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Disclosure.Workflows.Notifications;

/// <summary>
/// Delivers pending outbox messages. Rows are claimed with FOR UPDATE SKIP LOCKED inside the
/// transaction that marks them sent, so two runs (or two servers) never send the same message; a
/// failure is retried with exponential backoff up to the configured attempts.
/// </summary>
public sealed class OutboxDelivery(
    DisclosureDbContext db,
    IEnumerable<IMessageChannel> channels,
    NotificationOptions options,
    TimeProvider clock,
    ILogger<OutboxDelivery> logger)
{
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var due = await db.Outbox
            .FromSql($"""
                SELECT * FROM disclosure.outbox
                WHERE status = 'Pending' AND next_attempt_at <= {now}
                ORDER BY next_attempt_at LIMIT {options.BatchSize}
                FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var message in due)
        {
            if (await LapsedAsync(message, cancellationToken) is { } reason)
            {
                // Nothing to retry: the message has lost its purpose. Said once, without a stack trace.
                message.Cancel(reason.Text, now);
                logger.LogInformation("Outbox message {Id} to {Recipient} cancelled ({Code}): {Reason}", message.Id, message.RecipientName, reason.Code, reason.Text);
                continue;
            }

            try
            {
                var body = await BodyAsync(message, cancellationToken);
                var channel = channels.LastOrDefault(c => c.CanSend(message.Channel))
                    ?? throw new InvalidOperationException($"No channel delivers {message.Channel}.");
                await channel.SendAsync(message, body, cancellationToken);
                message.MarkSent(now);
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var retryAt = now + TimeSpan.FromMinutes(Math.Pow(2, message.Attempts));
                message.MarkFailed(ex.Message, retryAt, options.MaxAttempts);
                logger.LogWarning(ex, "Outbox message {Id} to {Recipient} failed (attempt {Attempt})", message.Id, message.RecipientName, message.Attempts);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return sent;
    }

    /// <summary>Why the message no longer serves its purpose (a consent letter whose request has closed), or null.</summary>
    private async Task<UserMessage?> LapsedAsync(OutboxMessage message, CancellationToken cancellationToken) =>
        message.ConsentRequestId is { } requestId
        && await db.ConsentRequests.AnyAsync(r => r.Id == requestId && r.Status != ConsentStatus.Pending, cancellationToken)
            ? Messages.ConsentLetterLapsed
            : null;

    /// <summary>A consent letter gets a fresh link now: the token exists only in the message sent.</summary>
    private async Task<string> BodyAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.ConsentRequestId is not { } requestId)
        {
            return message.Body;
        }

        var request = await db.ConsentRequests.SingleAsync(r => r.Id == requestId, cancellationToken);
        var token = request.IssueToken(ConsentLinkKind.Message);
        return $"{message.Body}\n{Common.Messages.ConsentReplyLink(request.DueAt, $"{options.PublicBaseUrl.TrimEnd('/')}/consent/{token}").Text}";
    }
}
