using Microsoft.Extensions.Logging;

namespace Disclosure.Workflows.Notifications;

/// <summary>
/// One way out of the office (email, SMS, WeChat, post). Each real adapter implements this; the
/// outbox picks the last registered channel that handles a message's channel.
/// </summary>
public interface IMessageChannel
{
    bool CanSend(OutboxChannel channel);

    Task SendAsync(OutboxMessage message, string body, CancellationToken cancellationToken);
}

/// <summary>The shipped adapter: writes the message to the log, which counts as sent.</summary>
internal sealed class LogMessageChannel(ILogger<LogMessageChannel> logger) : IMessageChannel
{
    public bool CanSend(OutboxChannel channel) => true;

    public Task SendAsync(OutboxMessage message, string body, CancellationToken cancellationToken)
    {
        logger.LogInformation("Outbox {Channel} to {Recipient} <{Address}>: {Subject}\n{Body}",
            message.Channel, message.RecipientName, message.Address, message.Subject, body);
        return Task.CompletedTask;
    }
}

/// <summary>Configuration section <c>Notifications</c>.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>Address the public reaches the Host at; consent links are built on it.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    public int MaxAttempts { get; set; } = 5;

    public int BatchSize { get; set; } = 50;
}
