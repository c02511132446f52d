using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Disclosure.Workflows.Reports;

internal sealed class AnnualReportConfiguration : IEntityTypeConfiguration<AnnualReport>
{
    public void Configure(EntityTypeBuilder<AnnualReport> builder)
    {
        builder.ToTable("annual_reports");
        builder.HasKey(r => r.Year);
        builder.Property(r => r.Year).ValueGeneratedNever();
        builder.Property(r => r.Entries).HasColumnType("jsonb").HasConversion(
            new ValueConverter<ReportEntries, string>(e => JsonSerializer.Serialize(e, AnnualReports.Json), s => JsonSerializer.Deserialize<ReportEntries>(s, AnnualReports.Json) ?? new()),
            new ValueComparer<ReportEntries>((a, b) => JsonSerializer.Serialize(a, AnnualReports.Json) == JsonSerializer.Serialize(b, AnnualReports.Json),
                e => JsonSerializer.Serialize(e, AnnualReports.Json).GetHashCode(StringComparison.Ordinal), e => e));
        builder.Property(r => r.FiguresJson).HasColumnType("jsonb");
        builder.HasOne<Catalogue.CatalogueItem>().WithMany().HasForeignKey(r => r.ItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.ItemId).IsUnique();
    }
}
