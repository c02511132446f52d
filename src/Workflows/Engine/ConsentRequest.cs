using System.Security.Cryptography;
using Disclosure.Workflows.Catalogue;

namespace Disclosure.Workflows.Engine;

public enum ConsentStatus
{
    Pending,
    Agreed,
    Refused,
    NoReply,
}

/// <summary>How a consent link reached the rights-holder; each way keeps its own valid link.</summary>
public enum ConsentLinkKind
{
    /// <summary>Sent by the outbox (email, SMS).</summary>
    Message,

    /// <summary>Printed by staff on the request letter (征求意见书) for delivery by post.</summary>
    Letter,
}

/// <summary>
/// One request asking one rights-holder for consent (征求意见). Link tokens are never stored, only
/// their SHA-256 hashes: one for the link sent by message and one for the printed letter, so that
/// sending the message does not void a letter already printed (reprinting voids the previous letter).
/// </summary>
public sealed class ConsentRequest
{
    private ConsentRequest()
    {
        HolderName = HolderContact = Details = TokenHash = string.Empty;
    }

    internal ConsentRequest(WorkflowTask task, RightsHolder holder, DateTimeOffset now)
        : this()
    {
        Id = Guid.CreateVersion7(now);
        TaskId = task.Id;
        InstanceId = task.InstanceId;
        ItemId = task.ItemId;
        ItemVersionId = task.ItemVersionId;
        HolderName = holder.Name;
        HolderContact = holder.Contact;
        Concern = holder.Concern;
        Details = holder.Details;
        DueAt = task.DueAt ?? now;
        Status = ConsentStatus.Pending;
        CreatedAt = now;
        TokenHash = HashToken(Convert.ToHexString(RandomNumberGenerator.GetBytes(32)));
    }

    public Guid Id { get; private set; }

    public Guid TaskId { get; private set; }

    public Guid InstanceId { get; private set; }

    public Guid ItemId { get; private set; }

    public Guid ItemVersionId { get; private set; }

    public string HolderName { get; private set; }

    public string HolderContact { get; private set; }

    public RightsConcern Concern { get; private set; }

    public string Details { get; private set; }

    public string TokenHash { get; private set; }

    /// <summary>Hash of the link on the printed letter, once one was printed.</summary>
    public string? LetterTokenHash { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public ConsentStatus Status { get; private set; }

    public string? Reason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>A fresh 256-bit token for a message or a letter; the earlier token of that kind stops working.</summary>
    internal string IssueToken(ConsentLinkKind kind)
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        if (kind == ConsentLinkKind.Letter)
        {
            LetterTokenHash = HashToken(token);
        }
        else
        {
            TokenHash = HashToken(token);
        }

        return token;
    }

    internal void Answer(ConsentStatus status, string? reason, DateTimeOffset at)
    {
        Status = status;
        Reason = reason;
        AnsweredAt = at;
    }

    public static string HashToken(string token) =>
        Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token))).ToLowerInvariant();

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
