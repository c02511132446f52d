using Microsoft.EntityFrameworkCore;
using Disclosure.Workflows.Operations;
using Disclosure.Workflows.Persistence;

namespace Disclosure.Jobs.Operations;

/// <summary>
/// Proves the job pipeline end to end: a worker picks the job up and writes to the database.
/// Administrators can trigger it from the dashboard after maintenance.
/// </summary>
public sealed class SelfCheckJob(DisclosureDbContext db, TimeProvider clock)
{
    public const string Name = "self-check";

    public async Task RunAsync(string requestedBy, CancellationToken cancellationToken)
    {
        var startedAt = clock.GetUtcNow();
        var serverTime = await db.Database.SqlQuery<DateTimeOffset>($"SELECT now() AS \"Value\"").SingleAsync(cancellationToken);
        db.JobRuns.Add(new JobRun(Name, startedAt, clock.GetUtcNow(), $"requested by {requestedBy}; database time {serverTime:O}"));
        await db.SaveChangesAsync(cancellationToken);
    }
}
