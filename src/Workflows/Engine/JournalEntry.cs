using Disclosure.Workflows.Catalogue;

using System.Security.Cryptography;
using System.Text;

namespace Disclosure.Workflows.Engine;

/// <summary>
/// One line of the audit trail (全程监察). Append-only: the database refuses UPDATE and DELETE on
/// the table, and each entry carries a hash chained to the instance's previous entry, so a row
/// changed behind the database's back is detected by <see cref="Verify"/>.
/// </summary>
public sealed class JournalEntry
{
    private JournalEntry()
    {
        Action = ActorId = ActorName = NodeId = DefinitionKey = Hash = string.Empty;
    }

    internal JournalEntry(WorkflowInstance instance, string action, Actor actor, string nodeId, string? nodeName, DateTimeOffset at,
        string? outcome, string? comment, string? details, string previousHash)
        : this()
    {
        InstanceId = instance.Id;
        ItemId = instance.ItemId;
        ItemVersionId = instance.ItemVersionId;
        DefinitionKey = instance.DefinitionKey;
        DefinitionNumber = instance.DefinitionNumber;
        Action = action;
        ActorId = actor.Id;
        ActorName = actor.Name;
        NodeId = nodeId;
        NodeName = nodeName;
        At = at;
        Outcome = outcome;
        Comment = comment;
        Details = details;
        PreviousHash = previousHash;
        Hash = ComputeHash();
    }

    public long Id { get; private set; }

    public Guid InstanceId { get; private set; }

    public Guid ItemId { get; private set; }

    public Guid ItemVersionId { get; private set; }

    public string DefinitionKey { get; private set; }

    public int DefinitionNumber { get; private set; }

    /// <summary>What happened: started, task-opened, claimed, completed, deadline, consent, published, withheld, notified, migrated, ended.</summary>
    public string Action { get; private set; }

    public string ActorId { get; private set; }

    public string ActorName { get; private set; }

    public string NodeId { get; private set; }

    public string? NodeName { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string? Outcome { get; private set; }

    public string? Comment { get; private set; }

    public string? Details { get; private set; }

    public string PreviousHash { get; private set; } = string.Empty;

    public string Hash { get; private set; }

    /// <summary>True when the entries (in order) form an unbroken chain.</summary>
    public static bool Verify(IReadOnlyList<JournalEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var previous = string.Empty;
        foreach (var entry in entries)
        {
            if (entry.PreviousHash != previous || entry.Hash != entry.ComputeHash())
            {
                return false;
            }

            previous = entry.Hash;
        }

        return true;
    }

    private string ComputeHash()
    {
        // Microsecond precision: what PostgreSQL keeps of a timestamp.
        var micros = At.UtcTicks / 10;
        var text = string.Join('\u001f', PreviousHash, InstanceId, ItemVersionId, DefinitionKey, DefinitionNumber, Action, ActorId, ActorName,
            NodeId, NodeName, micros, Outcome, Comment, Details);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
    }
}
