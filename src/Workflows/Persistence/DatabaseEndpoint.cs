using Disclosure.Workflows.Persistence.LocalServer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Disclosure.Workflows.Persistence;

/// <summary>
/// The one place that knows which PostgreSQL the product talks to: the configured
/// <c>ConnectionStrings:Disclosure</c>, or else a private cluster started on first use.
/// </summary>
public sealed class DatabaseEndpoint : IDisposable
{
    public const string ConnectionStringName = "Disclosure";

    private readonly LocalPostgres? _local;

    public DatabaseEndpoint(IConfiguration configuration, ILogger<DatabaseEndpoint> logger)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration.GetConnectionString(ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            ConnectionString = configured;
        }
        else
        {
            var options = new LocalPostgresOptions();
            configuration.GetSection("Database:Local").Bind(options);
            _local = LocalPostgres.StartOrReuse(options, logger);
            ConnectionString = _local.ConnectionString;
        }

        // Everything that talks to the database resolves this first, so a wrong connection string
        // is reported once, in plain words, before Hangfire or EF Core try and fail in their own way.
        try
        {
            CheckReachable(ConnectionString);
        }
        catch
        {
            _local?.Stop();
            throw;
        }
    }

    private static void CheckReachable(string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new DatabaseUnavailableException($"ConnectionStrings:Disclosure is not a valid PostgreSQL connection string: {ex.Message}", ex);
        }

        try
        {
            builder.Timeout = Math.Min(builder.Timeout, 10);
            using var connection = new NpgsqlConnection(builder.ConnectionString);
            connection.Open();
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException or ArgumentException or InvalidOperationException)
        {
            throw new DatabaseUnavailableException(
                $"Cannot connect to PostgreSQL at {builder.Host}:{builder.Port}/{builder.Database}: {ex.Message} Check ConnectionStrings:Disclosure.", ex);
        }
    }

    /// <summary>As configured (or the private cluster's): for Hangfire, health checks and probes, each on its own pool.</summary>
    public string ConnectionString { get; }

    /// <summary>
    /// The application's own pool (EF Core: the product and the accounts), tuned for short
    /// transactions (ADR 0008): statements used twice are prepared on each connection and stay
    /// prepared, and a connection going back to the pool is not reset (a reset is a statement,
    /// DISCARD ALL, and would drop the prepared statements). That is safe because the application
    /// leaves no session state behind: no SET outside a transaction, no LISTEN, no temporary table,
    /// no session advisory lock (transaction-scoped ones end with the transaction), and Npgsql still
    /// rolls back a transaction left open. Hangfire, which LISTENs, keeps the configured string and
    /// so a pool of its own that is reset. A setting named in the configured string wins.
    /// </summary>
    public string ApplicationConnectionString => _application ??= ForApplication(ConnectionString);

    private string? _application;

    public static string ForApplication(string connectionString)
    {
        var named = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(k => k.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant()).ToHashSet();
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!named.Contains("MAXAUTOPREPARE"))
        {
            builder.MaxAutoPrepare = 64;
        }

        if (!named.Contains("AUTOPREPAREMINUSAGES"))
        {
            builder.AutoPrepareMinUsages = 2;
        }

        if (!named.Contains("NORESETONCLOSE"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    /// <summary>True when the product runs its own private cluster.</summary>
    public bool IsLocal => _local is not null;

    public void Dispose() => _local?.Stop();
}
