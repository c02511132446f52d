using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Workflows.Engine;

/// <summary>The consent requests of an item, every version, oldest first.</summary>
public sealed class ConsentQueries(DisclosureDbContext db)
{
    public async Task<IReadOnlyList<ConsentRequest>> ForItemAsync(Guid itemId, CancellationToken cancellationToken = default) =>
        await db.ConsentRequests.AsNoTracking().Where(r => r.ItemId == itemId).OrderBy(r => r.CreatedAt).ToListAsync(cancellationToken);
}
