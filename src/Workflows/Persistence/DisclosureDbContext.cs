using Disclosure.Workflows.Operations;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Workflows.Persistence;

/// <summary>The one EF Core context of the product; mappings live beside each feature.</summary>
public sealed class DisclosureDbContext(DbContextOptions<DisclosureDbContext> options) : DbContext(options)
{
    public DbSet<JobRun> JobRuns => Set<JobRun>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema("disclosure");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DisclosureDbContext).Assembly);
    }
}
