using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Operations;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Workflows.Persistence;

/// <summary>The one EF Core context of the product; mappings live beside each feature.</summary>
public sealed class DisclosureDbContext(DbContextOptions<DisclosureDbContext> options) : DbContext(options)
{
    public DbSet<JobRun> JobRuns => Set<JobRun>();

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<CatalogueItem> Items => Set<CatalogueItem>();

    public DbSet<ItemVersion> ItemVersions => Set<ItemVersion>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema("disclosure");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DisclosureDbContext).Assembly);
    }
}
