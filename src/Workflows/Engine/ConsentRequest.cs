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

/// <summary>
/// One letter asking one rights-holder for consent (征求意见). The link token is never stored:
/// only its SHA-256 hash; issuing a new letter replaces the token.
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

    public DateTimeOffset DueAt { get; private set; }

    public ConsentStatus Status { get; private set; }

    public string? Reason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>A fresh 256-bit token for a letter or message; any earlier token stops working.</summary>
    internal string IssueToken()
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        TokenHash = HashToken(token);
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
