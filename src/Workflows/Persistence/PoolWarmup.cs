using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Disclosure.Workflows.Persistence;

/// <summary>
/// Opens <c>Database:WarmConnections</c> connections of the application's pool as soon as the Host
/// has started, so the first burst of requests after a start or deploy does not wait for them: a new
/// PostgreSQL connection (a backend process, authentication) took about half a second on the busy
/// benchmark machine, and requests queued behind each one (issue 13's p99 spikes in the first seconds).
/// They go back to the pool open; Npgsql closes idle ones after five minutes unless the connection
/// string sets <c>Minimum Pool Size</c>. A failure is logged and changes nothing else.
/// </summary>
internal sealed class PoolWarmup(IHostApplicationLifetime lifetime, IServiceProvider services, IConfiguration configuration, ILogger<PoolWarmup> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var count = configuration.GetValue("Database:WarmConnections", 0);
        if (count > 0)
        {
            lifetime.ApplicationStarted.Register(() => _ = WarmAsync(count, lifetime.ApplicationStopping));
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task WarmAsync(int count, CancellationToken stopping)
    {
        var opened = new List<NpgsqlConnection>(count);
        try
        {
            var connectionString = services.GetRequiredService<DatabaseEndpoint>().ApplicationConnectionString;
            var opening = Enumerable.Range(0, count).Select(async _ =>
            {
                var connection = new NpgsqlConnection(connectionString);
                lock (opened)
                {
                    opened.Add(connection);
                }

                await connection.OpenAsync(stopping);
            });
            await Task.WhenAll(opening);
            logger.LogInformation("Opened {Count} database connections before the first requests needed them", count);
        }
        catch (Exception ex) when (ex is NpgsqlException or OperationCanceledException or DatabaseUnavailableException or TimeoutException)
        {
            logger.LogWarning("Could not open database connections ahead of requests: {Reason}", ex.Message);
        }
        finally
        {
            foreach (var connection in opened)
            {
                await connection.DisposeAsync();
            }
        }
    }
}
