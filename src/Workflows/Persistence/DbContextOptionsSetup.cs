using Microsoft.EntityFrameworkCore;

namespace Disclosure.Workflows.Persistence;

public static class DbContextOptionsSetup
{
    /// <summary>The provider and conventions every context of the product uses.</summary>
    public static DbContextOptionsBuilder UseDisclosureDatabase(this DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", "disclosure"))
            .UseSnakeCaseNamingConvention();
}
