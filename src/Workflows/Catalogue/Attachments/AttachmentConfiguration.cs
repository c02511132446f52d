using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Disclosure.Workflows.Catalogue.Attachments;

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.ToTable("attachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.FileName).HasMaxLength(AttachmentFileName.MaxLength);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Sha256).HasMaxLength(64);
        builder.Property(a => a.AddedById).HasMaxLength(100);
        builder.Property(a => a.AddedByName).HasMaxLength(ItemInputValidator.MaxTitle);
        builder.Ignore(a => a.MediaType);
        builder.HasIndex(a => a.VersionId);
        // Removing content that an attachment still points at fails instead of leaving it dangling.
        builder.HasOne<AttachmentContent>().WithMany().HasForeignKey(a => a.Sha256).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.Sha256);
    }
}

internal sealed class AttachmentContentConfiguration : IEntityTypeConfiguration<AttachmentContent>
{
    public void Configure(EntityTypeBuilder<AttachmentContent> builder)
    {
        builder.ToTable("attachment_contents", table =>
        {
            table.HasCheckConstraint("ck_attachment_contents_length", "length = octet_length(data)");
            table.HasCheckConstraint("ck_attachment_contents_sha256", "sha256 ~ '^[0-9a-f]{64}$'");
        });
        builder.HasKey(c => c.Sha256);
        builder.Property(c => c.Sha256).HasMaxLength(64);
        builder.Property(c => c.Data).HasColumnType("bytea");
    }
}
