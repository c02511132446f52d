using System.Collections.Concurrent;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Workflows.Engine;

/// <summary>
/// Published definition versions never change, so each is read from the database once per
/// process. Saves a query (and JSON parsing) on every step of every instance.
/// </summary>
public sealed class DefinitionCache
{
    private readonly ConcurrentDictionary<Guid, ProcessDefinitionVersion> _published = new();

    public async Task<ProcessDefinitionVersion> GetAsync(DisclosureDbContext db, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (_published.TryGetValue(id, out var hit))
        {
            return hit;
        }

        var version = await db.DefinitionVersions.AsNoTracking().SingleAsync(d => d.Id == id, cancellationToken);
        _ = version.Document;
        if (version.Status == DefinitionStatus.Published)
        {
            _published[id] = version;
        }

        return version;
    }
}
