using Disclosure.Workflows.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Disclosure.Workflows.Persistence;

/// <summary>Saving where a concurrent writer can get there first, turned into the domain's conflict.</summary>
public static class SaveChangesExtensions
{
    /// <summary>
    /// Saves; a unique index refusing the row, or an optimistic-concurrency miss, becomes a
    /// <see cref="ConflictException"/> with the message given for that case.
    /// </summary>
    public static async Task SaveOrConflictAsync(this DbContext db, UserMessage uniqueMessage, UserMessage changedMessage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new ConflictException(changedMessage, ex);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw new ConflictException(uniqueMessage, ex);
        }
    }
}
