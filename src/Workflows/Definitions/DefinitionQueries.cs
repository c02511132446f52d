using Disclosure.Workflows.Engine;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Workflows.Definitions;

/// <summary>
/// One version as the administrators' list shows it. <c>IsCurrent</c> marks the published version
/// new items start on (the highest published number, as the engine picks it); <c>Running</c>
/// counts the running instances pinned to this version.
/// </summary>
public sealed record VersionSummary(
    int Number, DefinitionStatus Status, bool IsCurrent, string Name, DateTimeOffset CreatedAt, string CreatedBy,
    DateTimeOffset? PublishedAt, string? PublishedBy, int Running)
{
    public bool IsDraft => Status == DefinitionStatus.Draft;
}

/// <summary>A definition key with its versions, newest first.</summary>
public sealed record DefinitionSummary(string Key, string Name, IReadOnlyList<VersionSummary> Versions)
{
    public VersionSummary? Current => Versions.FirstOrDefault(v => v.IsCurrent);

    public VersionSummary? Draft => Versions.FirstOrDefault(v => v.IsDraft);
}

/// <summary>What the administrators' definition screens read: versions, their standing and the instances on them.</summary>
public sealed class DefinitionQueries(DisclosureDbContext db)
{
    public async Task<IReadOnlyList<DefinitionSummary>> OverviewAsync(CancellationToken cancellationToken = default)
    {
        var versions = await db.DefinitionVersions.AsNoTracking()
            .Select(d => new { d.Id, d.Key, d.Number, d.Status, d.Name, d.CreatedAt, d.CreatedBy, d.PublishedAt, d.PublishedBy })
            .ToListAsync(cancellationToken);
        var running = await db.Instances.AsNoTracking()
            .Where(i => i.Status == InstanceStatus.Running)
            .GroupBy(i => i.DefinitionId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return [.. versions.GroupBy(v => v.Key).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var current = g.Where(v => v.Status == DefinitionStatus.Published).Select(v => (int?)v.Number).Max();
            var list = g.OrderByDescending(v => v.Number)
                .Select(v => new VersionSummary(v.Number, v.Status, v.Number == current, v.Name, v.CreatedAt, v.CreatedBy, v.PublishedAt, v.PublishedBy, running.GetValueOrDefault(v.Id)))
                .ToList();
            var named = list.FirstOrDefault(v => v.IsCurrent) ?? list[0];
            return new DefinitionSummary(g.Key, named.Name, list);
        })];
    }

    public async Task<DefinitionSummary?> OfAsync(string key, CancellationToken cancellationToken = default) =>
        (await OverviewAsync(cancellationToken)).FirstOrDefault(d => d.Key == key);

    /// <summary>How many running instances of a version wait at each node (the nodes a migration must map).</summary>
    public async Task<IReadOnlyDictionary<string, int>> RunningByNodeAsync(string key, int number, CancellationToken cancellationToken = default) =>
        await db.Instances.AsNoTracking()
            .Where(i => i.Status == InstanceStatus.Running && i.DefinitionKey == key && i.DefinitionNumber == number)
            .GroupBy(i => i.CurrentNodeId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, StringComparer.Ordinal, cancellationToken);
}
