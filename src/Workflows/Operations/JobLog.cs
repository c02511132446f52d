using Disclosure.Workflows.Persistence;

namespace Disclosure.Workflows.Operations;

/// <summary>Records what a recurring job did, so staff can see scheduled work happening.</summary>
public sealed class JobLog(DisclosureDbContext db, TimeProvider clock)
{
    public async Task RecordAsync(string jobName, DateTimeOffset startedAt, string summary, CancellationToken cancellationToken)
    {
        db.JobRuns.Add(new JobRun(jobName, startedAt, clock.GetUtcNow(), summary));
        await db.SaveChangesAsync(cancellationToken);
    }
}
