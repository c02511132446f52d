using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Disclosure.Workflows.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.RecipientKind).HasConversion<string>().HasMaxLength(8);
        builder.Property(n => n.Recipient).HasMaxLength(100);
        builder.Property(n => n.Subject).HasMaxLength(300);
        builder.Property(n => n.Body).HasMaxLength(4000);
        builder.Property(n => n.DedupKey).HasMaxLength(200);
        builder.HasIndex(n => n.DedupKey).IsUnique();
        builder.HasIndex(n => new { n.RecipientKind, n.Recipient, n.CreatedAt });
    }
}

internal sealed class OutboxConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.RecipientName).HasMaxLength(200);
        builder.Property(m => m.Address).HasMaxLength(200);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.Body).HasMaxLength(8000);
        builder.Property(m => m.DedupKey).HasMaxLength(200);
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.Property(m => m.CancelReason).HasMaxLength(500);
        builder.HasIndex(m => m.DedupKey).IsUnique();
        builder.HasIndex(m => m.NextAttemptAt).HasFilter("status = 'Pending'").HasDatabaseName("ix_outbox_pending");
    }
}
