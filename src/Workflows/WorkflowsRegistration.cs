using Disclosure.Workflows.Calendar;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Engine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Disclosure.Workflows;

public static class WorkflowsRegistration
{
    /// <summary>Registers the domain, the engine and persistence.</summary>
    public static IHostApplicationBuilder AddWorkflows(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<DatabaseEndpoint>();
        services.AddSingleton<DatabaseMigrator>();
        services.AddHostedService<DatabaseStartup>();
        services.AddHostedService<PoolWarmup>();
        services.AddSingleton<CalendarService>();
        services.AddSingleton<DefinitionCache>();
        services.AddScoped<CatalogueService>();
        services.AddScoped<CatalogueQueries>();
        services.AddScoped<Catalogue.Attachments.AttachmentService>();
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection(Catalogue.Attachments.AttachmentOptions.Section).Get<Catalogue.Attachments.AttachmentOptions>() ?? new Catalogue.Attachments.AttachmentOptions());
        services.AddScoped<WorkflowEngine>();
        services.AddScoped<TaskQueries>();
        services.AddScoped<TaskBoard>();
        services.AddScoped<ItemJournal>();
        services.AddScoped<ConsentQueries>();
        services.AddScoped<ItemSearch>();
        services.AddScoped<Monitoring.AlertQueries>();
        services.AddScoped<ConsentLetters>();
        services.AddScoped<DefinitionService>();
        services.AddScoped<DefinitionQueries>();
        services.AddScoped<Monitoring.AlertHistory>();
        services.AddScoped<InstanceMigrator>();
        services.AddScoped<ActivityQueries>();
        services.AddScoped<Applications.ApplicationService>();
        services.AddScoped<Applications.ApplicationQueries>();
        services.AddScoped<Reports.AnnualReportCalculator>();
        services.AddScoped<Reports.AnnualReports>();
        services.AddScoped<Reports.Supervision>();
        services.AddSingleton<Demo.DemoCatalogue>();
        services.AddSingleton<Demo.DemoRecord>();
        services.AddSingleton(builder.Configuration.GetSection(Monitoring.MonitoringOptions.Section).Get<Monitoring.MonitoringOptions>() ?? new Monitoring.MonitoringOptions());
        services.AddScoped<Monitoring.MonitoringScans>();
        services.AddScoped<Monitoring.ClockScans>();
        services.AddScoped<Operations.JobLog>();
        services.AddSingleton<Monitoring.PeriodicDrafts>();
        services.AddSingleton(builder.Configuration.GetSection(Notifications.NotificationOptions.Section).Get<Notifications.NotificationOptions>() ?? new Notifications.NotificationOptions());
        services.AddScoped<Notifications.NotificationService>();
        services.AddScoped<Notifications.OutboxDelivery>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Notifications.IMessageChannel, Notifications.LogMessageChannel>());
        // The connection string is resolved lazily so a private cluster starts only when needed
        // and tests can point each host at their own database.
        // Pooled contexts, options built once (they depend on singletons only): a fresh context per
        // request paid for EF's internal services (found by options equality, a scope of its own,
        // the state manager and its friends) at every request, 8 % of the Host's CPU per completion
        // in a profile (docs/benchmarks.md, "Fourth pass"). A context goes back to the pool reset:
        // no tracked entity, no transaction, EF's default settings.
        services.AddDbContextPool<DisclosureDbContext>((sp, options) => options
            .UseDisclosureDatabase(sp.GetRequiredService<DatabaseEndpoint>().ApplicationConnectionString)
            .AddInterceptors(sp.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>()));
        return builder;
    }
}
