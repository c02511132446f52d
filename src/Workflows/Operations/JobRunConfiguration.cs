using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Disclosure.Workflows.Operations;

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.ToTable("job_runs");
        builder.Property(x => x.JobName).HasMaxLength(200);
        builder.Property(x => x.Summary).HasMaxLength(2000);
        builder.HasIndex(x => new { x.JobName, x.StartedAt });
    }
}
