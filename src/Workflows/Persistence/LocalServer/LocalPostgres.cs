using System.Globalization;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Disclosure.Workflows.Persistence.LocalServer;

/// <summary>
/// A private PostgreSQL cluster started from the server binaries installed on the machine.
/// Reuses a cluster that is already running from the same folder; stops only what it started.
/// </summary>
public sealed class LocalPostgres : IDisposable
{
    // A unix socket path (directory + "/.s.PGSQL.5432") must fit in sun_path (108 bytes with NUL).
    private const int MaxSocketDirectoryLength = 90;
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);

    private readonly LocalPostgresOptions _options;
    private readonly ILogger _logger;
    private readonly string _binDirectory;
    private bool _startedByUs;
    private bool _stopped;

    private LocalPostgres(LocalPostgresOptions options, ILogger logger, string binDirectory)
    {
        _options = options;
        _logger = logger;
        _binDirectory = binDirectory;
        RootDirectory = Path.GetFullPath(options.RootDirectory);
        DataDirectory = Path.Combine(RootDirectory, "data");
        SocketDirectory = ChooseSocketDirectory(RootDirectory);
    }

    public static bool RunningAsRoot => string.Equals(Environment.UserName, "root", StringComparison.Ordinal);

    public string RootDirectory { get; }

    public string DataDirectory { get; }

    public string SocketDirectory { get; }

    /// <summary>Connection string for the application database over the unix socket.</summary>
    public string ConnectionString => ConnectionStringFor(_options.Database);

    public string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = SocketDirectory,
        Username = _options.SuperUser,
        Database = database,
        MaxPoolSize = 50,
    }.ConnectionString;

    /// <summary>Creates the cluster when missing, starts it when stopped, and ensures the database exists.</summary>
    public static LocalPostgres StartOrReuse(LocalPostgresOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var bin = FindBinDirectory(options.BinDirectory) ?? throw new PostgresNotInstalledException();
        var server = new LocalPostgres(options, logger, bin);
        server.Start();
        return server;
    }

    public static string? FindBinDirectory(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return HasServerBinaries(configured) ? configured : null;
        }

        const string debianRoot = "/usr/lib/postgresql";
        if (Directory.Exists(debianRoot))
        {
            var newest = Directory.GetDirectories(debianRoot)
                .Select(dir => (dir, version: int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1))
                .Where(x => x.version > 0 && HasServerBinaries(Path.Combine(x.dir, "bin")))
                .OrderByDescending(x => x.version)
                .Select(x => Path.Combine(x.dir, "bin"))
                .FirstOrDefault();
            if (newest is not null)
            {
                return newest;
            }
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(HasServerBinaries);
    }

    private static bool HasServerBinaries(string dir) =>
        File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl"));

    private static string ChooseSocketDirectory(string root)
    {
        var inside = Path.Combine(root, "run");
        if (inside.Length <= MaxSocketDirectoryLength)
        {
            return inside;
        }

        // Deep folders cannot hold a socket: use a short, stable folder derived from the root.
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(root)))[..12];
        return Path.Combine(Path.GetTempPath(), "disclosure-pg-" + hash.ToLowerInvariant());
    }

    private void Start()
    {
        PrepareDirectories();
        if (!File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            InitDb();
        }

        WriteSettings();
        if (IsRunning() && OwnerThatDied() is { } crashed)
        {
            // The Host that started it was killed (kill -9, power loss of the process): nobody
            // else will stop it, so this Host takes it over and stops it on exit as its own.
            _logger.LogWarning("Adopting the private PostgreSQL cluster in {DataDirectory} left running by a Host (process {Pid}) that did not stop it", DataDirectory, crashed);
            _startedByUs = true;
            WriteOwner();
        }
        else if (IsRunning())
        {
            _logger.LogInformation("Reusing the private PostgreSQL cluster already running in {DataDirectory}", DataDirectory);
        }
        else
        {
            _logger.LogInformation("Starting the private PostgreSQL cluster in {DataDirectory}", DataDirectory);
            var logFile = Path.Combine(RootDirectory, "postgres.log");
            var result = RunServerTool("pg_ctl", "start", "-w", "-t", "60", "-D", DataDirectory, "-l", logFile);
            if (result.ExitCode != 0)
            {
                throw new LocalPostgresException($"PostgreSQL did not start (see {logFile}): {result.Output}");
            }

            _startedByUs = true;
            WriteOwner();
        }

        EnsureDatabase(_options.Database);
    }

    private void PrepareDirectories()
    {
        Directory.CreateDirectory(RootDirectory);
        Directory.CreateDirectory(SocketDirectory);
        if (RunningAsRoot)
        {
            // initdb refuses to run as root; the postgres user owns everything the server writes.
            Chown(RootDirectory);
            Chown(SocketDirectory);
        }
        else if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(SocketDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static void Chown(string path)
    {
        var result = ProcessRunner.Run("chown", ["-R", "postgres:postgres", path], CommandTimeout);
        if (result.ExitCode != 0)
        {
            throw new LocalPostgresException($"Could not hand {path} to the postgres user: {result.Output}");
        }
    }

    private void InitDb()
    {
        _logger.LogInformation("Creating a private PostgreSQL cluster in {DataDirectory}", DataDirectory);
        var args = new List<string>
        {
            "-D", DataDirectory, "-U", _options.SuperUser, "--auth=trust", "--encoding=UTF8", "--no-locale",
        };
        if (_options.Unsafe)
        {
            args.Add("--no-sync");
        }

        var result = RunServerTool("initdb", [.. args]);
        if (result.ExitCode != 0)
        {
            throw new LocalPostgresException($"initdb failed: {result.Output}");
        }

        // Settings that follow the cluster (socket folder, durability) are rewritten at every start.
        File.AppendAllText(Path.Combine(DataDirectory, "postgresql.conf"), "\ninclude_if_exists = 'disclosure.conf'\n");
    }

    private void WriteSettings()
    {
        var lines = new List<string>
        {
            "# Written by the Disclosure host at every start; edit LocalPostgresOptions instead.",
            "listen_addresses = ''",
            $"unix_socket_directories = '{SocketDirectory.Replace("'", "''", StringComparison.Ordinal)}'",
            "unix_socket_permissions = 0700",
            $"max_connections = {_options.MaxConnections.ToString(CultureInfo.InvariantCulture)}",
        };
        if (_options.Unsafe)
        {
            lines.AddRange(["fsync = off", "synchronous_commit = off", "full_page_writes = off"]);
        }

        var file = Path.Combine(DataDirectory, "disclosure.conf");
        File.WriteAllLines(file, lines);
        if (RunningAsRoot)
        {
            Chown(file);
        }
    }

    /// <summary>Names the process that started the running cluster; removed when it stops the cluster.</summary>
    public string OwnerFile => Path.Combine(RootDirectory, "host.pid");

    private void WriteOwner()
    {
        try
        {
            File.WriteAllText(OwnerFile, Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        }
        catch (IOException ex)
        {
            _logger.LogWarning("Could not record this Host as the cluster's owner in {File}: {Reason}", OwnerFile, ex.Message);
        }
    }

    /// <summary>The recorded owner's process id when that process no longer exists; null when it lives, is us, or is unknown.</summary>
    private int? OwnerThatDied()
    {
        try
        {
            if (!File.Exists(OwnerFile) || !int.TryParse(File.ReadAllText(OwnerFile).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                || pid == Environment.ProcessId)
            {
                return null;
            }

            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return process.HasExited ? pid : null;
        }
        catch (ArgumentException)
        {
            return int.Parse(File.ReadAllText(OwnerFile).Trim(), CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static void TryDeleteFile(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private bool IsRunning() => RunServerTool("pg_ctl", "status", "-D", DataDirectory).ExitCode == 0;

    private void EnsureDatabase(string database)
    {
        // A one-off maintenance connection: no pool left holding a session on the postgres database.
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionStringFor("postgres")) { Pooling = false }.ConnectionString);
        connection.Open();
        using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (exists.ExecuteScalar() is null)
        {
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            create.ExecuteNonQuery();
        }
    }

    private ProcessRunner.Result RunServerTool(string tool, params string[] arguments)
    {
        var executable = Path.Combine(_binDirectory, tool);
        return RunningAsRoot
            ? ProcessRunner.Run("runuser", ["-u", "postgres", "--", executable, .. arguments], CommandTimeout)
            : ProcessRunner.Run(executable, arguments, CommandTimeout);
    }

    /// <summary>Stops the server if this object started it. Safe to call twice.</summary>
    public void Stop()
    {
        if (_stopped || !_startedByUs)
        {
            return;
        }

        _stopped = true;
        var result = RunServerTool("pg_ctl", "stop", "-w", "-m", "fast", "-D", DataDirectory);
        TryDeleteFile(OwnerFile);
        if (result.ExitCode == 0)
        {
            _logger.LogInformation("Stopped the private PostgreSQL cluster");
        }
        else if (IsRunning())
        {
            _logger.LogWarning("Could not stop the private PostgreSQL cluster: {Output}", result.Output);
        }
    }

    /// <summary>Stops the server and removes the whole cluster folder (throwaway test clusters).</summary>
    public void Destroy()
    {
        _startedByUs = true;
        Stop();
        TryDelete(RootDirectory);
        TryDelete(SocketDirectory);
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; the next run uses a new one.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    public void Dispose() => Stop();
}
