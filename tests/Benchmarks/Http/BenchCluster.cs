using System.Globalization;
using Disclosure.Workflows.Persistence.LocalServer;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Disclosure.Benchmarks.Http;

/// <summary>
/// A durable private cluster (fsync on, the Host's own settings) with pg_stat_statements loaded, so
/// the benchmark can count what the Host sends. The Host is pointed at the same folder and reuses it.
/// </summary>
internal sealed class BenchCluster : IDisposable
{
    public const string AppDatabase = "disclosure";
    public const string PgbenchDatabase = "pgbench";

    private readonly LocalPostgresOptions _options;

    private BenchCluster(LocalPostgresOptions options, LocalPostgres server)
    {
        _options = options;
        Server = server;
    }

    public LocalPostgres Server { get; private set; }

    public string RootDirectory => _options.RootDirectory;

    public string BinDirectory { get; } = LocalPostgres.FindBinDirectory(null) ?? throw new InvalidOperationException("PostgreSQL server binaries not found");

    public string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder(Server.ConnectionStringFor(database)) { Pooling = false }.ConnectionString;

    public static BenchCluster Start()
    {
        // Short folder: the unix socket lives inside it.
        var root = $"/tmp/dbench-{Environment.ProcessId}";
        var options = new LocalPostgresOptions { RootDirectory = root, Unsafe = false, MaxConnections = 200 };
        var server = LocalPostgres.StartOrReuse(options, NullLogger.Instance);
        var cluster = new BenchCluster(options, server);
        try
        {
            cluster.Configure();
        }
        catch
        {
            cluster.Dispose();
            throw;
        }

        return cluster;
    }

    private void Configure()
    {
        using (var connection = new NpgsqlConnection(ConnectionStringFor("postgres")))
        {
            connection.Open();
            // postgresql.auto.conf is read after the Host's disclosure.conf, and the Host never writes it.
            Execute(connection, "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'");
        }

        Server.Stop();
        Server = LocalPostgres.StartOrReuse(_options, NullLogger.Instance);
        using (var connection = new NpgsqlConnection(ConnectionStringFor("postgres")))
        {
            connection.Open();
            Execute(connection, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            // Planning time per statement too (known once the library is loaded): it tells a statement planned on every call.
            Execute(connection, "ALTER SYSTEM SET pg_stat_statements.track_planning = on");
            Execute(connection, "SELECT pg_reload_conf()");
            Execute(connection, $"CREATE DATABASE {PgbenchDatabase}");
            var fsync = Scalar(connection, "SHOW fsync");
            var commit = Scalar(connection, "SHOW synchronous_commit");
            Console.WriteLine($"cluster {RootDirectory}: fsync={fsync}, synchronous_commit={commit}, shared_buffers={Scalar(connection, "SHOW shared_buffers")}, "
                + $"max_wal_size={Scalar(connection, "SHOW max_wal_size")}, PostgreSQL {Scalar(connection, "SHOW server_version")}");
        }
    }

    /// <summary>The postmaster's process id (its children are the backends).</summary>
    public int PostmasterPid() =>
        int.Parse(File.ReadLines(Path.Combine(Server.DataDirectory, "postmaster.pid")).First(), CultureInfo.InvariantCulture);

    public static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        command.ExecuteNonQuery();
    }

    public static string Scalar(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? string.Empty;
    }

    public void Dispose() => Server.Destroy();
}
