using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Disclosure.Workflows.Persistence;

/// <summary>
/// Brings the schema up to date before anything else starts. Registered ahead of the Hangfire
/// server so no job runs against an old schema. Switch off with Database:MigrateOnStartup=false
/// where migrations are applied by the explicit <c>migrate</c> command.
/// </summary>
internal sealed class DatabaseStartup(DatabaseMigrator migrator, IConfiguration configuration, IHostEnvironment environment, Demo.DemoCatalogue demo, Demo.DemoRecord record) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (configuration.GetValue("Database:MigrateOnStartup", true))
        {
            await migrator.MigrateAsync(cancellationToken);
        }

        await migrator.SeedReferenceDataAsync(cancellationToken);
        if (environment.IsDevelopment() && configuration.GetValue("Database:SeedDemoData", true))
        {
            await demo.SeedAsync(cancellationToken);
            await record.SeedAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
