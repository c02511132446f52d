using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Testing;

/// <summary>
/// A fresh, fully migrated database on the shared test cluster: a copy of one database that the
/// test process migrated from empty once (so every migration still runs, once per process).
/// </summary>
public sealed class TestDatabase
{
    private TestDatabase(string connectionString) => ConnectionString = connectionString;

    public string ConnectionString { get; }

    public static TestDatabase CreateMigrated(string prefix = "t")
    {
        return new TestDatabase(TestCluster.CreateDatabaseFrom("disclosure", Migrate, prefix));
    }

    /// <summary>Applies every migration of the product's schema to the (empty) database.</summary>
    public static void Migrate(string connectionString)
    {
        using var db = new TestDatabase(connectionString).NewContext();
        db.Database.Migrate();
    }

    public DisclosureDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<DisclosureDbContext>();
        options.UseDisclosureDatabase(ConnectionString);
        return new DisclosureDbContext(options.Options);
    }
}
