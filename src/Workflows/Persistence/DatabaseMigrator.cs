using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Disclosure.Workflows.Persistence;

/// <summary>Applies pending EF Core migrations (at start-up, or by the Host's <c>migrate</c> command).</summary>
public sealed class DatabaseMigrator(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DatabaseMigrator> logger)
{
    /// <summary>Reference data every installation needs: holiday schedules and the shipped definitions.</summary>
    public async Task SeedReferenceDataAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DisclosureDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Several hosts may start at once; one seeds, the others then find the data there.
        await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(72010001)", cancellationToken);
        await Calendar.CalendarService.SeedShippedAsync(db, clock.GetUtcNow(), cancellationToken);
        await Definitions.DefinitionService.SeedShippedAsync(db, clock.GetUtcNow(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// On an empty database EF would first query the missing history table and log that failure
    /// as an error; creating the schema and table up front keeps a first start free of alarms.
    /// </summary>
    public static async Task PrepareHistoryAsync(DbContext db, string schema, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!schema.All(c => char.IsAsciiLetterLower(c) || c == '_'))
        {
            throw new ArgumentException("A schema name of lowercase letters is expected.", nameof(schema));
        }

        // Identifiers cannot be parameters; the name was checked above.
#pragma warning disable EF1002
        await db.Database.ExecuteSqlRawAsync($"CREATE SCHEMA IF NOT EXISTS \"{schema}\"", cancellationToken);
#pragma warning restore EF1002
        await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
    }

    /// <summary>Brings a context's schema up to date: its history table first (<see cref="PrepareHistoryAsync"/>), then every pending migration.</summary>
    public static async Task MigrateSchemaAsync(DbContext db, string schema, CancellationToken cancellationToken)
    {
        await PrepareHistoryAsync(db, schema, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DisclosureDbContext>();
        await PrepareHistoryAsync(db, "disclosure", cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count == 0)
        {
            logger.LogInformation("Database schema is up to date");
            return;
        }

        logger.LogInformation("Applying {Count} database migration(s): {Migrations}", pending.Count, pending);
        await db.Database.MigrateAsync(cancellationToken);
    }
}
