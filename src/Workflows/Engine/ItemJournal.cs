using Disclosure.Workflows.Common;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Workflows.Engine;

/// <summary>
/// One journal line as people read it: every code turned into words. A person's outcome is the
/// label the definition gave it (the engine records it in the line's details when the step is
/// done); the system's own outcomes come from the catalogue.
/// </summary>
public sealed record JournalLine(
    long Id, DateTimeOffset At, int VersionNumber, string Actor, string Step, string Action, string? Result, string? Comment,
    string? Details, string Definition);

/// <summary>The whole history of an item, every version and every instance, oldest first.</summary>
public sealed class ItemJournal(DisclosureDbContext db)
{
    public async Task<IReadOnlyList<JournalLine>> ForItemAsync(Guid itemId, CancellationToken cancellationToken = default)
    {
        var rows = await (
            from entry in db.Journal.AsNoTracking()
            where entry.ItemId == itemId
            join version in db.ItemVersions.AsNoTracking() on entry.ItemVersionId equals version.Id
            join definition in db.DefinitionVersions.AsNoTracking()
                on new { entry.DefinitionKey, entry.DefinitionNumber } equals new { DefinitionKey = definition.Key, DefinitionNumber = definition.Number }
            orderby entry.Id
            select new { entry, version.Number, definition.Name })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => Line(r.entry, r.Number, r.Name))];
    }

    public static JournalLine Line(JournalEntry entry, int versionNumber, string definitionName)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var personal = entry.Action is "completed" or "deadline";
        // A person's outcome: its label is the first part of the details ("退回修改；理由类别：…").
        var result = personal ? entry.Details?.Split('；')[0] : Messages.SystemOutcome(entry.Outcome);
        var details = personal ? RestOf(entry.Details) : entry.Details;
        return new JournalLine(entry.Id, entry.At, versionNumber, entry.ActorName, entry.NodeName ?? entry.NodeId, Messages.JournalAction(entry.Action),
            result, entry.Comment, details, $"{definitionName} 第 {entry.DefinitionNumber} 版");
    }

    private static string? RestOf(string? details)
    {
        var cut = details?.IndexOf('；', StringComparison.Ordinal) ?? -1;
        return cut < 0 ? null : details![(cut + 1)..];
    }
}
