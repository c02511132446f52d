using System.Net.Sockets;
using Disclosure.Workflows.Persistence;
using Npgsql;

namespace Disclosure.Host.Faults;

/// <summary>
/// Knows whether the database is out, so an outage is logged once (when it starts, and when it
/// ends) rather than once per request. While it lasts a probe connects every few seconds.
/// </summary>
internal sealed class DatabaseOutage(DatabaseEndpoint endpoint, TimeProvider clock, ILogger<DatabaseOutage> logger) : IDisposable
{
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan ProbeEvery = TimeSpan.FromSeconds(3);

    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private DateTimeOffset? _since;
    private int _answered;

    public bool IsOut
    {
        get
        {
            lock (_gate)
            {
                return _since is not null;
            }
        }
    }

    /// <summary>Whether the exception (or one inside it) says the database cannot be reached, as opposed to a refused statement.</summary>
    public static bool IsOutage(Exception exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            switch (ex)
            {
                case PostgresException pg:
                    // Connection failures, the server shutting down or starting, too many connections.
                    return pg.SqlState.StartsWith("08", StringComparison.Ordinal) || pg.SqlState is "57P01" or "57P02" or "57P03" or "53300";
                case NpgsqlException npgsql when npgsql.IsTransient || npgsql.InnerException is SocketException or IOException or TimeoutException:
                    return true;
                case SocketException:
                    return true;
            }
        }

        return false;
    }

    /// <summary>Counts a request answered 503; the first of an outage is logged and starts the probe.</summary>
    public void Report(Exception exception)
    {
        lock (_gate)
        {
            _answered++;
            if (_since is not null)
            {
                return;
            }

            _since = clock.GetUtcNow();
        }

        logger.LogError("The database is unreachable ({Reason}); answering 503 until it is back", exception.GetBaseException().Message);
        _ = Task.Run(ProbeAsync);
    }

    private async Task ProbeAsync()
    {
        var builder = new NpgsqlConnectionStringBuilder(endpoint.ConnectionString) { Pooling = false, Timeout = 5 };
        while (!_stopping.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(ProbeEvery, clock, _stopping.Token);
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                await connection.OpenAsync(_stopping.Token);
                break;
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception ex) when (IsOutage(ex) || ex is NpgsqlException)
            {
                // Still out; the outage was logged when it began.
            }
        }

        DateTimeOffset since;
        int answered;
        lock (_gate)
        {
            (since, answered) = (_since!.Value, _answered);
            (_since, _answered) = (null, 0);
        }

        logger.LogWarning("The database is reachable again after {Duration}; {Count} request(s) were answered 503 meanwhile", clock.GetUtcNow() - since, answered);
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }
}
