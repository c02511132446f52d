using System.Text.Json;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Catalogue.Attachments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Disclosure.Workflows.Applications;

internal sealed class ApplicationConfiguration : IEntityTypeConfiguration<Application>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<Application> builder)
    {
        builder.ToTable("applications");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Number).HasMaxLength(32);
        builder.HasIndex(a => a.Number).IsUnique();
        builder.HasIndex(a => new { a.Year, a.Sequence }).IsUnique();
        builder.Property(a => a.SecretHash).HasMaxLength(64);
        builder.Property(a => a.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.RegisteredById).HasMaxLength(100);
        builder.Property(a => a.RegisteredByName).HasMaxLength(200);
        builder.Property(a => a.ApplicantKind).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.Name).HasMaxLength(ApplicationInputValidator.MaxName);
        builder.Property(a => a.IdentityNumber).HasMaxLength(ApplicationInputValidator.MaxIdentity);
        builder.Property(a => a.ContactPerson).HasMaxLength(ApplicationInputValidator.MaxName);
        builder.Property(a => a.Phone).HasMaxLength(ApplicationInputValidator.MaxPhone);
        builder.Property(a => a.Email).HasMaxLength(ApplicationInputValidator.MaxEmail);
        builder.Property(a => a.Address).HasMaxLength(ApplicationInputValidator.MaxAddress);
        builder.Property(a => a.Postcode).HasMaxLength(6);
        builder.Property(a => a.Description).HasMaxLength(ApplicationInputValidator.MaxDescription);
        builder.Property(a => a.Purpose).HasMaxLength(ApplicationInputValidator.MaxPurpose);
        builder.Property(a => a.Delivery).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.ResponsibleBody).HasMaxLength(OfficeDepartments.MaxName);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.CorrectionRequest).HasMaxLength(4000);
        builder.OwnsMany(a => a.ThirdParties, parties =>
        {
            parties.ToJson("third_parties");
            parties.Property(p => p.Concern).HasConversion<string>();
        });
        builder.Property(a => a.Reply).HasColumnType("jsonb").HasConversion(
            new ValueConverter<ReplyDraft?, string?>(r => r == null ? null : JsonSerializer.Serialize(r, Json), s => s == null ? null : JsonSerializer.Deserialize<ReplyDraft>(s, Json)),
            new ValueComparer<ReplyDraft?>((a, b) => Equals(a, b), r => r == null ? 0 : r.GetHashCode(), r => r));
        builder.Property(a => a.Corrections).HasColumnType("jsonb").HasConversion(
            new ValueConverter<List<Correction>, string>(c => JsonSerializer.Serialize(c, Json), s => JsonSerializer.Deserialize<List<Correction>>(s, Json) ?? new()),
            new ValueComparer<List<Correction>>((a, b) => a!.Count == b!.Count && a.Zip(b).All(p => p.First.At == p.Second.At), c => c.Count, c => c.ToList()));
        builder.Ignore(a => a.Title);
        builder.Ignore(a => a.IsClosed);
        builder.Property<uint>("row_version").IsRowVersion();
        // The annual report and the supervision view read by the day received and the day closed.
        builder.HasIndex(a => a.ReceivedOn);
        builder.HasIndex(a => a.ClosedAt);
    }
}

internal sealed class ApplicationFileConfiguration : IEntityTypeConfiguration<ApplicationFile>
{
    public void Configure(EntityTypeBuilder<ApplicationFile> builder)
    {
        builder.ToTable("application_files");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Purpose).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.FileName).HasMaxLength(AttachmentFileName.MaxLength);
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.HasOne<Application>().WithMany().HasForeignKey(f => f.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        // The bytes are shared with attachments; removing an attachment never removes bytes a file still needs.
        builder.HasOne<AttachmentContent>().WithMany().HasForeignKey(f => f.Sha256).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => f.ApplicationId);
        builder.HasIndex(f => f.Sha256);
    }
}

internal sealed class ApplicationCounterConfiguration : IEntityTypeConfiguration<ApplicationCounter>
{
    public void Configure(EntityTypeBuilder<ApplicationCounter> builder)
    {
        builder.ToTable("application_counters");
        builder.HasKey(c => c.Year);
        builder.Property(c => c.Year).ValueGeneratedNever();
    }
}
