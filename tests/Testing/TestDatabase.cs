using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Testing;

/// <summary>A fresh, fully migrated database on the shared test cluster.</summary>
public sealed class TestDatabase
{
    private TestDatabase(string connectionString) => ConnectionString = connectionString;

    public string ConnectionString { get; }

    public static TestDatabase CreateMigrated(string prefix = "t")
    {
        var database = new TestDatabase(TestCluster.CreateDatabase(prefix));
        using var db = database.NewContext();
        db.Database.Migrate();
        return database;
    }

    public DisclosureDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<DisclosureDbContext>();
        options.UseDisclosureDatabase(ConnectionString);
        return new DisclosureDbContext(options.Options);
    }
}
