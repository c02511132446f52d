using Disclosure.Workflows.Common;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Workflows.Engine;

/// <summary>One journal line as people read it: a sentence from the catalogue (Messages.JournalLine), with when, who and which version.</summary>
public sealed record JournalLine(long Id, DateTimeOffset At, int VersionNumber, string Actor, string Step, string Action, string? Comment, string Text, string Definition);

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
        var step = entry.NodeName ?? entry.NodeId;
        var text = Messages.JournalLine(entry.Action, entry.ActorName, step, entry.Outcome, entry.Comment, entry.Details).Text;
        return new JournalLine(entry.Id, entry.At, versionNumber, entry.ActorName, step, Messages.JournalAction(entry.Action).Text, entry.Comment, text,
            $"{definitionName} 第 {entry.DefinitionNumber} 版");
    }
}
