using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Disclosure.Workflows.Operations;

/// <summary>
/// The first answer to a request sent with an <c>Idempotency-Key</c>, kept for a day so a client
/// that lost the answer (a dropped connection, a crashed server) gets the same answer on retry
/// instead of a conflict it cannot tell from a colleague's work. Written in the transaction of the
/// work it answers, so a stored answer always belongs to committed work and vice versa.
/// </summary>
public sealed class IdempotentRequest
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromHours(24);

    private IdempotentRequest()
    {
        UserId = Key = Operation = Fingerprint = ResponseJson = string.Empty;
    }

    public IdempotentRequest(string userId, string key, string operation, string fingerprint, int statusCode, string responseJson, DateTimeOffset now)
    {
        UserId = userId;
        Key = key;
        Operation = operation;
        Fingerprint = fingerprint;
        StatusCode = statusCode;
        ResponseJson = responseJson;
        CreatedAt = now;
        ExpiresAt = now + KeptFor;
    }

    public string UserId { get; private set; }

    public string Key { get; private set; }

    /// <summary>Method and route of the request, e.g. <c>POST /api/tasks/{id}/complete</c> with the id.</summary>
    public string Operation { get; private set; }

    /// <summary>A hash of the request body: the same key with another body is a client's mistake.</summary>
    public string Fingerprint { get; private set; }

    public int StatusCode { get; private set; }

    public string ResponseJson { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }
}

internal sealed class IdempotentRequestConfiguration : IEntityTypeConfiguration<IdempotentRequest>
{
    public void Configure(EntityTypeBuilder<IdempotentRequest> builder)
    {
        builder.ToTable("idempotent_requests");
        builder.HasKey(r => new { r.UserId, r.Key });
        builder.Property(r => r.UserId).HasMaxLength(100);
        builder.Property(r => r.Key).HasMaxLength(200);
        builder.Property(r => r.Operation).HasMaxLength(300);
        builder.Property(r => r.Fingerprint).HasMaxLength(64);
        builder.HasIndex(r => r.ExpiresAt);
    }
}
