using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Workflows.Engine;

/// <summary>
/// Chooses the definition an item starts on, from data: each definition's latest published
/// version may declare <c>settings.selection</c> (a condition on category, timing and
/// rights-holders, and a priority). The applicable one with the highest priority wins; ties go to
/// the key in ordinal order. Administrators change the choice by publishing a version.
/// </summary>
public static class ProcessSelection
{
    /// <summary>The latest published version of every definition, keyed by key.</summary>
    public static async Task<IReadOnlyList<ProcessDefinitionVersion>> LatestPublishedAsync(DisclosureDbContext db, DefinitionCache cache, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(cache);
        var ids = await db.DefinitionVersions.Where(d => d.Status == DefinitionStatus.Published)
            .GroupBy(d => d.Key).Select(g => g.OrderByDescending(d => d.Number).Select(d => d.Id).First())
            .ToListAsync(cancellationToken);
        var versions = new List<ProcessDefinitionVersion>();
        foreach (var id in ids)
        {
            versions.Add(await cache.GetAsync(db, id, cancellationToken));
        }

        return versions;
    }

    /// <summary>Pure choice among candidates; null when none applies.</summary>
    public static ProcessDefinitionVersion? Choose(IEnumerable<ProcessDefinitionVersion> candidates, ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var list = candidates.ToList();
        if (!list.Any(d => d.Document.Settings.Selection is not null))
        {
            // A database from before selections: the rule the engine used to hard-code.
            var key = facts.Timing == TimingClass.Immediate ? ShippedDefinitions.Immediate : ShippedDefinitions.Standard;
            return list.FirstOrDefault(d => d.Key == key);
        }

        return list
            .Where(d => d.Document.Settings.Selection is { } s && (s.When is null || Conditions.Evaluate(s.When, facts) == true))
            .OrderByDescending(d => d.Document.Settings.Selection!.Priority)
            .ThenBy(d => d.Key, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    internal static async Task<(ProcessDefinitionVersion Definition, string Reason)> ChooseAsync(
        DisclosureDbContext db, DefinitionCache cache, CatalogueItem item, ItemVersion version, CancellationToken cancellationToken)
    {
        var facts = FactsOf(item, version);
        var chosen = Choose(await LatestPublishedAsync(db, cache, cancellationToken), facts)
            ?? throw new ConflictException(Messages.NoProcessForItem.Text);
        var reason = chosen.Document.Settings.Selection is { } selection
            ? $"适用条件{(selection.When is null ? "：全部事项" : "成立")}，优先级 {selection.Priority}"
            : "按公开时限选择";
        return (chosen, Messages.JournalSelected(chosen.Name, chosen.Number, reason).Text);
    }

    /// <summary>What an item is known to be before its process starts.</summary>
    public static ItemFacts FactsOf(CatalogueItem item, ItemVersion version)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(version);
        return new ItemFacts(item.CategoryCode, item.Timing, version.HasRightsHolders, null, null, WithheldGroundKnown: false, LastOutcomeKnown: false);
    }
}
