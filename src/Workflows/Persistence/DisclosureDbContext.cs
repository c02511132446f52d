using Disclosure.Workflows.Notifications;
using Disclosure.Workflows.Calendar;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Engine;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Operations;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Workflows.Persistence;

/// <summary>The one EF Core context of the product; mappings live beside each feature.</summary>
public sealed class DisclosureDbContext(DbContextOptions<DisclosureDbContext> options) : DbContext(options)
{
    public DbSet<JobRun> JobRuns => Set<JobRun>();

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<Department> Departments => Set<Department>();

    public DbSet<CatalogueItem> Items => Set<CatalogueItem>();

    public DbSet<ItemVersion> ItemVersions => Set<ItemVersion>();

    public DbSet<Catalogue.Attachments.Attachment> Attachments => Set<Catalogue.Attachments.Attachment>();

    public DbSet<Catalogue.Attachments.AttachmentContent> AttachmentContents => Set<Catalogue.Attachments.AttachmentContent>();

    public DbSet<CalendarYear> CalendarYears => Set<CalendarYear>();

    public DbSet<ProcessDefinitionVersion> DefinitionVersions => Set<ProcessDefinitionVersion>();

    public DbSet<WorkflowInstance> Instances => Set<WorkflowInstance>();

    public DbSet<WorkflowTask> Tasks => Set<WorkflowTask>();

    public DbSet<ConsentRequest> ConsentRequests => Set<ConsentRequest>();

    public DbSet<JournalEntry> Journal => Set<JournalEntry>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<Monitoring.Alert> Alerts => Set<Monitoring.Alert>();

    public DbSet<Monitoring.NotificationRead> NotificationReads => Set<Monitoring.NotificationRead>();

    public DbSet<IdempotentRequest> IdempotentRequests => Set<IdempotentRequest>();

    public DbSet<Applications.Application> Applications => Set<Applications.Application>();

    public DbSet<Applications.ApplicationFile> ApplicationFiles => Set<Applications.ApplicationFile>();

    public DbSet<Applications.ApplicationCounter> ApplicationCounters => Set<Applications.ApplicationCounter>();

    public DbSet<Reports.AnnualReport> AnnualReports => Set<Reports.AnnualReport>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // PostgreSQL keeps instants in UTC; domain code may carry Shanghai offsets (+08:00).
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcConverter>();
    }

    private sealed class UtcConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTimeOffset, DateTimeOffset>(
        v => v.ToUniversalTime(), v => v);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema("disclosure");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DisclosureDbContext).Assembly);
    }
}
