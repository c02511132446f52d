using Npgsql;

namespace Disclosure.Host.Tests.Operations;

/// <summary>The application's pool is opened when the Host starts, before any request needs it (issue 13: p99 in the first seconds).</summary>
public sealed class PoolWarmupTests
{
    [Fact]
    public async Task AStartedHost_HoldsItsWarmConnections_BeforeAnyRequest()
    {
        // No Hangfire server, so the connections counted are the application's own: the migration
        // leaves one or two; the warm-up opens five.
        using var host = new DisclosureAppFactory();
        host.Settings["Jobs:RunServer"] = "false";
        host.Settings["Database:WarmConnections"] = "5";
        _ = host.Services;

        await using var probe = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(host.ConnectionString) { Pooling = false }.ConnectionString);
        await probe.OpenAsync();
        var others = 0L;
        for (var attempt = 0; attempt < 120 && others < 5; attempt++)
        {
            await using var count = new NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()", probe);
            others = (long)(await count.ExecuteScalarAsync())!;
            if (others < 5)
            {
                await Task.Delay(250);
            }
        }

        Assert.True(others >= 5, $"{others} connections open");
    }
}
