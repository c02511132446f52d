using Disclosure.Testing;
using Disclosure.Workflows.Persistence.LocalServer;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Disclosure.Workflows.Tests.Persistence;

public sealed class LocalPostgresTests
{
    [Fact]
    public void DataSurvives_StopAndStartFromTheSameFolder()
    {
        using var cluster = LocalCluster.Start();
        Execute(cluster.Server.ConnectionString, "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('still here')");

        cluster.Server.Stop();
        var restarted = cluster.Restart();

        Assert.Equal("still here", Scalar(restarted.ConnectionString, "SELECT value FROM kept"));
    }

    [Fact]
    public void StartOrReuse_ReusesARunningCluster_AndLeavesItRunningForItsOwner()
    {
        using var cluster = LocalCluster.Start();
        Execute(cluster.Server.ConnectionString, "CREATE TABLE marker (id int)");

        using (var second = LocalPostgres.StartOrReuse(cluster.Options, NullLogger.Instance))
        {
            Assert.Equal(cluster.Server.SocketDirectory, second.SocketDirectory);
            Assert.Equal(0L, Scalar(second.ConnectionString, "SELECT count(*) FROM marker"));
        }

        // The second handle did not start the server, so disposing it must not stop it.
        Assert.Equal(0L, Scalar(cluster.Server.ConnectionString, "SELECT count(*) FROM marker"));
    }

    [Fact]
    public void AClusterLeftRunningByACrashedHost_IsAdopted_AndStoppedOnExit()
    {
        using var cluster = LocalCluster.Start();
        // The Host that started it dies without stopping it: its process id stays in the owner file.
        using (var gone = System.Diagnostics.Process.Start("true")!)
        {
            gone.WaitForExit();
            File.WriteAllText(cluster.Server.OwnerFile, gone.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var adopted = LocalPostgres.StartOrReuse(cluster.Options, NullLogger.Instance);
        Assert.Equal(1, Scalar(adopted.ConnectionString, "SELECT 1"));
        Assert.Equal(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), File.ReadAllText(adopted.OwnerFile));
        adopted.Stop();

        Assert.False(File.Exists(adopted.OwnerFile));
        Assert.ThrowsAny<NpgsqlException>(() => Scalar(adopted.ConnectionString, "SELECT 1"));
    }

    [Fact]
    public void StartOrReuse_NamesThePackage_WhenBinariesAreMissing()
    {
        var options = new LocalPostgresOptions { RootDirectory = TestCluster.NewRootDirectory(), BinDirectory = "/nonexistent/bin" };

        var error = Assert.Throws<PostgresNotInstalledException>(() => LocalPostgres.StartOrReuse(options, NullLogger.Instance));

        Assert.Contains("apt-get install postgresql", error.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:Disclosure", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SocketDirectory_StaysShortEnoughForAUnixSocket_WhenTheRootIsDeep()
    {
        using var cluster = new LocalClusterWithDeepRoot();

        Assert.True(cluster.Server.SocketDirectory.Length <= 90, cluster.Server.SocketDirectory);
        Assert.Equal(1, Scalar(cluster.Server.ConnectionString, "SELECT 1"));
    }

    private sealed class LocalClusterWithDeepRoot : IDisposable
    {
        public LocalClusterWithDeepRoot()
        {
            var deep = Path.Combine(TestCluster.NewRootDirectory(), new string('d', 60), new string('e', 60));
            Server = LocalPostgres.StartOrReuse(new LocalPostgresOptions { RootDirectory = deep, Unsafe = true }, NullLogger.Instance);
        }

        public LocalPostgres Server { get; }

        public void Dispose() => Server.Destroy();
    }

    // Pooled sessions would outlive the restarts these tests make.
    private static NpgsqlConnection Unpooled(string connectionString) =>
        new(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);

    private static void Execute(string connectionString, string sql)
    {
        using var connection = Unpooled(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static object? Scalar(string connectionString, string sql)
    {
        using var connection = Unpooled(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }
}
