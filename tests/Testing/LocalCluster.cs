using Disclosure.Workflows.Persistence.LocalServer;
using Microsoft.Extensions.Logging.Abstractions;

namespace Disclosure.Testing;

/// <summary>A cluster of a test's own, for tests that stop or restart the server.</summary>
public sealed class LocalCluster : IDisposable
{
    private LocalCluster(LocalPostgresOptions options)
    {
        Options = options;
        Server = LocalPostgres.StartOrReuse(options, NullLogger.Instance);
    }

    public LocalPostgresOptions Options { get; }

    public LocalPostgres Server { get; private set; }

    public static LocalCluster Start() => new(new LocalPostgresOptions { RootDirectory = TestCluster.NewRootDirectory(), Unsafe = true });

    /// <summary>Starts (or reuses) the cluster again from the same folder, as a restarted Host would.</summary>
    public LocalPostgres Restart()
    {
        Server = LocalPostgres.StartOrReuse(Options, NullLogger.Instance);
        return Server;
    }

    public void Dispose() => Server.Destroy();
}
