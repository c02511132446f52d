using Disclosure.Host.Accounts;
using Disclosure.Jobs;
using Disclosure.Testing;
using Disclosure.Workflows.Persistence;
using Hangfire.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Disclosure.Host.Tests;

/// <summary>
/// Databases for Hosts under test: copies of one database that the test process brought to the
/// Host's whole schema once (the product's and the accounts' migrations, Hangfire's tables), so a
/// Host starting on a copy finds nothing to migrate and only seeds. Migrating took seconds per
/// Host; a copy takes a fraction of one. The tests that prove a Host migrates an empty database
/// itself (<see cref="Operations.StartupTests"/>, a cluster of a test's own) start on an empty one.
/// </summary>
public static class HostDatabase
{
    /// <summary>A fresh database holding the Host's whole schema and no rows.</summary>
    public static string CreateMigrated() => TestCluster.CreateDatabaseFrom("host", Migrate, "host");

    /// <summary>The same schema as the Host's start-up brings about (DatabaseStartup, AccountsStartup, Hangfire's storage).</summary>
    private static void Migrate(string connectionString)
    {
        MigrateAsync(connectionString).GetAwaiter().GetResult();
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        PostgreSqlObjectsInstaller.Install(connection, JobsRegistration.HangfireSchema);
    }

    private static async Task MigrateAsync(string connectionString)
    {
        var product = new DbContextOptionsBuilder<DisclosureDbContext>();
        product.UseDisclosureDatabase(connectionString);
        await using (var db = new DisclosureDbContext(product.Options))
        {
            await DatabaseMigrator.MigrateSchemaAsync(db, "disclosure", CancellationToken.None);
        }

        var accountsOptions = new DbContextOptionsBuilder<AccountsDbContext>();
        accountsOptions.UseAccountsDatabase(connectionString);
        await using var accounts = new AccountsDbContext(accountsOptions.Options);
        await DatabaseMigrator.MigrateSchemaAsync(accounts, AccountsDbContext.Schema, CancellationToken.None);
    }
}
