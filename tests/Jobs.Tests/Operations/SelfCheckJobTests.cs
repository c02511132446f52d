using Disclosure.Jobs.Operations;
using Disclosure.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Disclosure.Jobs.Tests.Operations;

public sealed class SelfCheckJobTests
{
    [Fact]
    public async Task Run_RecordsARunWithTheClockTimeAndRequester()
    {
        var database = TestDatabase.CreateMigrated("jobs");
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
        await using (var db = database.NewContext())
        {
            await new SelfCheckJob(db, clock).RunAsync("管理员", CancellationToken.None);
        }

        await using var check = database.NewContext();
        var run = await check.JobRuns.SingleAsync();
        Assert.Equal(SelfCheckJob.Name, run.JobName);
        Assert.Equal(clock.GetUtcNow(), run.StartedAt);
        Assert.StartsWith("requested by 管理员", run.Summary, StringComparison.Ordinal);
    }
}
