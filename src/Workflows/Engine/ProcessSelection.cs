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

    /// <summary>
    /// Pure choice among candidates. When no selection applies (a database from before selections,
    /// or an administrator published a default without one), the rule the engine used to hard-code
    /// decides, so no item is ever left without a process: immediate → immediate-notice, else standard.
    /// </summary>
    public static (ProcessDefinitionVersion? Definition, bool ByFallback) Choose(IEnumerable<ProcessDefinitionVersion> candidates, ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(facts);
        // Item facts choose among item definitions only: an application's reply never runs for an item.
        var list = candidates.Where(d => d.Document.Settings.SubjectOrDefault() == SubjectKind.Item).ToList();
        var chosen = list
            .Where(d => d.Document.Settings.Selection is { } s && (s.When is null || Conditions.Evaluate(s.When, facts) == true))
            .OrderByDescending(d => d.Document.Settings.Selection!.Priority)
            .ThenBy(d => d.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        if (chosen is not null)
        {
            return (chosen, false);
        }

        var key = facts.Timing == TimingClass.Immediate ? ShippedDefinitions.Immediate : ShippedDefinitions.Standard;
        return (list.FirstOrDefault(d => d.Key == key), true);
    }

    internal static async Task<(ProcessDefinitionVersion Definition, string Reason)> ChooseAsync(
        DisclosureDbContext db, DefinitionCache cache, CatalogueItem item, ItemVersion version, CancellationToken cancellationToken)
    {
        var facts = FactsOf(item, version);
        var (chosen, byFallback) = Choose(await LatestPublishedAsync(db, cache, cancellationToken), facts);
        if (chosen is null)
        {
            throw new ConflictException(Messages.NoProcessForItem);
        }

        var selection = chosen.Document.Settings.Selection;
        var reason = byFallback || selection is null ? Messages.SelectedByTiming
            : selection.When is null ? Messages.SelectedForAll(selection.Priority) : Messages.SelectedByCondition(selection.Priority);
        return (chosen, reason.Text);
    }

    /// <summary>
    /// The definition a subject other than an item starts on: among the latest published definitions
    /// for that subject, the one whose selection applies with the highest priority (a selection
    /// without a condition applies; conditions on item facts do not), else the shipped default.
    /// </summary>
    internal static async Task<(ProcessDefinitionVersion Definition, string Reason)> ChooseForAsync(
        DisclosureDbContext db, DefinitionCache cache, SubjectKind subject, string fallbackKey, CancellationToken cancellationToken)
    {
        var candidates = (await LatestPublishedAsync(db, cache, cancellationToken)).Where(d => d.Document.Settings.SubjectOrDefault() == subject).ToList();
        var chosen = candidates
            .Where(d => d.Document.Settings.Selection is { When: null })
            .OrderByDescending(d => d.Document.Settings.Selection!.Priority)
            .ThenBy(d => d.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        if (chosen is not null)
        {
            return (chosen, Messages.SelectedForSubject(chosen.Document.Settings.Selection!.Priority).Text);
        }

        chosen = candidates.FirstOrDefault(d => d.Key == fallbackKey) ?? throw new ConflictException(Messages.NoProcessForSubject);
        return (chosen, Messages.SelectedAsDefault.Text);
    }

    /// <summary>The latest published version of the definition a caller names, for an item.</summary>
    internal static async Task<(ProcessDefinitionVersion Definition, string Reason)> NamedAsync(
        DisclosureDbContext db, DefinitionCache cache, string key, CancellationToken cancellationToken)
    {
        var chosen = (await LatestPublishedAsync(db, cache, cancellationToken))
            .FirstOrDefault(d => d.Key == key && d.Document.Settings.SubjectOrDefault() == SubjectKind.Item)
            ?? throw new ConflictException(Messages.NoProcessForItem);
        return (chosen, Messages.SelectedByName.Text);
    }

    /// <summary>What an item is known to be before its process starts.</summary>
    public static ItemFacts FactsOf(CatalogueItem item, ItemVersion version)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(version);
        return new ItemFacts(item.CategoryCode, item.Timing, version.HasRightsHolders, null, null, WithheldGroundKnown: false, LastOutcomeKnown: false);
    }
}
