using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Disclosure.Workflows.Catalogue;

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> builder)
    {
        builder.ToTable("categories");
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasMaxLength(8);
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.EnglishName).HasMaxLength(200);
        builder.Property(c => c.ParentCode).HasMaxLength(8);
        builder.Ignore(c => c.Display);
        builder.HasData(CatalogueCategories.All);
    }
}

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> builder)
    {
        builder.ToTable("departments");
        builder.HasKey(d => d.Name);
        builder.Property(d => d.Name).HasMaxLength(OfficeDepartments.MaxName);
        builder.HasData(OfficeDepartments.Shipped);
    }
}

internal sealed class CatalogueItemConfiguration : IEntityTypeConfiguration<CatalogueItem>
{
    public void Configure(EntityTypeBuilder<CatalogueItem> builder)
    {
        builder.ToTable("items");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.CategoryCode).HasMaxLength(8);
        builder.HasOne<Category>().WithMany().HasForeignKey(i => i.CategoryCode).OnDelete(DeleteBehavior.Restrict);
        builder.Property(i => i.Timing).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Cadence).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.ResponsibleBody).HasMaxLength(ItemInputValidator.MaxTitle);
        builder.Property(i => i.CreatedBy).HasMaxLength(ItemInputValidator.MaxTitle);
        builder.Property(i => i.NextPeriodKey).HasMaxLength(8);
        builder.Property(i => i.WithdrawalReason).HasMaxLength(ItemInputValidator.MaxShortText);
        builder.Ignore(i => i.IsWithdrawn);
        builder.Ignore(i => i.LatestVersion);
        builder.Ignore(i => i.PublishedVersions);
        builder.Property<uint>("_rowVersion").IsRowVersion();

        builder.HasMany(i => i.Versions).WithOne().HasForeignKey(v => v.ItemId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(i => i.Versions).HasField("_versions").UsePropertyAccessMode(PropertyAccessMode.Field);

        // The recurring scans read only these partial indexes: periodic items by due date, and
        // long-term items by review date. Withdrawn items have both dates cleared.
        builder.HasIndex(i => i.NextPeriodDueOn).HasFilter("next_period_due_on IS NOT NULL").HasDatabaseName("ix_items_periodic_due");
        builder.HasIndex(i => i.ReviewDueOn).HasFilter("review_due_on IS NOT NULL").HasDatabaseName("ix_items_review_due");
        builder.HasIndex(i => new { i.CategoryCode, i.Timing });
    }
}

internal sealed class ItemVersionConfiguration : IEntityTypeConfiguration<ItemVersion>
{
    public void Configure(EntityTypeBuilder<ItemVersion> builder)
    {
        builder.ToTable("item_versions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(v => v.Title).HasMaxLength(ItemInputValidator.MaxTitle);
        builder.Property(v => v.LegalBasis).HasMaxLength(ItemInputValidator.MaxShortText);
        builder.Property(v => v.Audience).HasConversion<string>().HasMaxLength(16);
        builder.Property(v => v.AudienceNote).HasMaxLength(ItemInputValidator.MaxShortText);
        builder.Property(v => v.PeriodKey).HasMaxLength(8);
        builder.Property(v => v.DrafterId).HasMaxLength(100);
        builder.Property(v => v.DrafterName).HasMaxLength(ItemInputValidator.MaxTitle);
        builder.Property(v => v.ClosedReason).HasMaxLength(ItemInputValidator.MaxShortText);
        builder.Property(v => v.Channels)
            .HasConversion(
                new ValueConverter<Channel[], string[]>(c => c.Select(x => x.ToString()).ToArray(), s => s.Select(Enum.Parse<Channel>).ToArray()),
                new ValueComparer<Channel[]>((a, b) => a!.SequenceEqual(b!), c => c.Aggregate(0, (h, x) => HashCode.Combine(h, x)), c => c.ToArray()));
        builder.Property(v => v.DepartmentsConcerned)
            .HasConversion(
                new ValueConverter<List<string>, string[]>(d => d.ToArray(), s => s.ToList()),
                new ValueComparer<List<string>>((a, b) => a!.SequenceEqual(b!), d => d.Aggregate(0, (h, x) => HashCode.Combine(h, x)), d => d.ToList()));
        builder.OwnsMany(v => v.RightsHolders, holders =>
        {
            holders.ToJson("rights_holders");
            holders.Property(h => h.Concern).HasConversion<string>();
        });
        builder.OwnsOne(v => v.Exemption, exemption =>
        {
            exemption.ToJson("exemption");
            exemption.Property(e => e.Ground).HasConversion<string>();
        });
        builder.Ignore(v => v.Period);
        builder.Ignore(v => v.IsEditable);
        builder.Ignore(v => v.IsPending);
        builder.Ignore(v => v.HasRightsHolders);
        builder.Property<uint>("_rowVersion").IsRowVersion();

        // Attachments are metadata (the bytes are elsewhere), loaded with every version so that a
        // new version always starts with its predecessor's files, whoever loaded the item.
        builder.HasMany(v => v.Attachments).WithOne().HasForeignKey(a => a.VersionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(v => v.Attachments).HasField("_attachments").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();

        builder.HasIndex(v => new { v.ItemId, v.Number }).IsUnique();
        // One published version per item and period is enforced by the exclusion constraint
        // ex_item_versions_one_published (migration OnePublishedVersionAtCommit): deferred to commit,
        // because publishing supersedes the old version and inserts nothing, in one transaction
        // whose UPDATEs EF may send in either order.
        // One open (unpublished, not closed) version per item and period: a scan that opens the
        // next period's drafting task on two servers at once gets one draft, not two.
        builder.HasIndex(v => new { v.ItemId, v.PeriodKey }).IsUnique().AreNullsDistinct(false)
            .HasFilter("status IN ('Draft', 'InReview', 'Returned')").HasDatabaseName("ux_item_versions_one_open");
        // Late-publication scan: versions still on their way, by their Art. 26 deadline.
        builder.HasIndex(v => v.PublishBy).HasFilter("status IN ('Draft', 'InReview', 'Returned')").HasDatabaseName("ix_item_versions_pending_publish_by");
        builder.HasIndex(v => v.PublishedAt).HasFilter("status = 'Published'").HasDatabaseName("ix_item_versions_published");
    }
}
