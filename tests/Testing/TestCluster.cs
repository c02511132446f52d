using Disclosure.Workflows.Persistence.LocalServer;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Disclosure.Testing;

/// <summary>
/// One throwaway PostgreSQL cluster per test run (per test assembly process), shared by every test
/// class, with durability switched off for speed and removed when the process exits. Each test
/// class takes its own database from it so classes can run in parallel.
/// </summary>
public static class TestCluster
{
    private static readonly Lazy<LocalPostgres> Server = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);
    private static int _databaseCounter;

    public static LocalPostgres Instance => Server.Value;

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static string CreateDatabase(string prefix = "t")
    {
        var name = $"{prefix}_{Environment.ProcessId}_{Interlocked.Increment(ref _databaseCounter)}".ToLowerInvariant();
        var admin = new NpgsqlConnectionStringBuilder(Instance.ConnectionStringFor("postgres")) { Pooling = false };
        using (var connection = new NpgsqlConnection(admin.ConnectionString))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            create.ExecuteNonQuery();
        }

        return Instance.ConnectionStringFor(name);
    }

    private const string Prefix = "dwt-";

    /// <summary>
    /// A short, fresh folder under /tmp that the postgres user can enter, removed when the test
    /// process exits (or, if the process was killed, by the next run's sweep).
    /// </summary>
    public static string NewRootDirectory()
    {
        // Short on purpose: the unix socket lives inside it and sun_path holds 107 bytes.
        var root = Path.Combine("/tmp", $"{Prefix}{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");
        Directory.CreateDirectory(root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => LeftoverSweeper.Remove(root);
        return root;
    }

    private static LocalPostgres Start()
    {
        LeftoverSweeper.RemoveFoldersOfDeadRuns("/tmp", Prefix);
        var options = new LocalPostgresOptions
        {
            RootDirectory = NewRootDirectory(),
            Unsafe = true,
            MaxConnections = 400,
        };
        var server = LocalPostgres.StartOrReuse(options, NullLogger.Instance);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Destroy();
        return server;
    }
}
