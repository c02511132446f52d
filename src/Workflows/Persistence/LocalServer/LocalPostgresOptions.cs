namespace Disclosure.Workflows.Persistence.LocalServer;

/// <summary>
/// Where and how the private PostgreSQL cluster lives when no connection string is configured.
/// </summary>
public sealed class LocalPostgresOptions
{
    /// <summary>
    /// Root folder of the cluster: <c>data/</c> (PGDATA), <c>run/</c> (unix socket) and
    /// <c>postgres.log</c> live under it. Survives restarts.
    /// </summary>
    public string RootDirectory { get; set; } = DefaultRootDirectory();

    /// <summary>Folder holding <c>initdb</c> and <c>pg_ctl</c>; found automatically when empty.</summary>
    public string? BinDirectory { get; set; }

    public string Database { get; set; } = "disclosure";

    public string SuperUser { get; set; } = "disclosure";

    public int MaxConnections { get; set; } = 200;

    /// <summary>
    /// Throwaway clusters for tests: no fsync, no synchronous commit. Never for real data.
    /// </summary>
    public bool Unsafe { get; set; }

    public static string DefaultRootDirectory()
    {
        if (LocalPostgres.RunningAsRoot)
        {
            // The server runs as the postgres user, which cannot enter /root: keep it in the
            // system's place for service data.
            return "/var/lib/disclosure/postgres";
        }

        var dataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        if (string.IsNullOrWhiteSpace(dataHome))
        {
            dataHome = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        }

        return Path.Combine(dataHome, "disclosure", "postgres");
    }
}
