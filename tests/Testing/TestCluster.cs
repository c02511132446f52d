using System.Collections.Concurrent;
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
        var name = NewName(prefix);
        Execute($"CREATE DATABASE \"{name}\"");
        return Instance.ConnectionStringFor(name);
    }

    /// <summary>
    /// Creates a database as a copy of a template that <paramref name="prepare"/> builds once per
    /// test process (the first caller of each <paramref name="template"/> name builds it, the others
    /// wait), and returns the copy's connection string. Migrating a database takes seconds, copying
    /// a migrated one a fraction of one: the schema is built once and cloned for every test class.
    /// <paramref name="prepare"/> gets the template's connection string (no pooling); it must leave
    /// no connection open, and any left over is ended before the first copy.
    /// </summary>
    public static string CreateDatabaseFrom(string template, Action<string> prepare, string prefix = "t")
    {
        ArgumentNullException.ThrowIfNull(prepare);
        var source = Templates.GetOrAdd(template, name => new Lazy<string>(() => BuildTemplate(name, prepare), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
        var name = NewName(prefix);
        // Copies of one template may run at once: each takes only a share lock on it.
        Execute($"CREATE DATABASE \"{name}\" TEMPLATE \"{source}\"");
        return Instance.ConnectionStringFor(name);
    }

    private static readonly ConcurrentDictionary<string, Lazy<string>> Templates = new(StringComparer.Ordinal);

    private static string BuildTemplate(string template, Action<string> prepare)
    {
        var name = $"tpl_{template}_{Environment.ProcessId}".ToLowerInvariant();
        Execute($"CREATE DATABASE \"{name}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(Instance.ConnectionStringFor(name)) { Pooling = false }.ConnectionString;
        prepare(connectionString);
        // CREATE DATABASE ... TEMPLATE refuses a source anyone is connected to: let no one in
        // again, then end whatever prepare left open (a pooled connection of a library).
        Execute($"ALTER DATABASE \"{name}\" WITH ALLOW_CONNECTIONS false");
        Execute($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'");
        return name;
    }

    private static string NewName(string prefix) =>
        $"{prefix}_{Environment.ProcessId}_{Interlocked.Increment(ref _databaseCounter)}".ToLowerInvariant();

    private static void Execute(string sql)
    {
        var admin = new NpgsqlConnectionStringBuilder(Instance.ConnectionStringFor("postgres")) { Pooling = false };
        using var connection = new NpgsqlConnection(admin.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
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
