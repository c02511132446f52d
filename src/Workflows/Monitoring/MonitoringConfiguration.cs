using Disclosure.Workflows.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Disclosure.Workflows.Monitoring;

internal sealed class AlertConfiguration : IEntityTypeConfiguration<Alert>
{
    public void Configure(EntityTypeBuilder<Alert> builder)
    {
        builder.ToTable("alerts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.Subject).HasMaxLength(64);
        builder.Property(a => a.Reason).HasMaxLength(1000);
        builder.Property(a => a.ResponsibleBody).HasMaxLength(200);
        builder.Property(a => a.Role).HasMaxLength(32);
        builder.Ignore(a => a.IsActive);
        // ItemId names what the flag is about: a catalogue item, or (ClockOverdue) an application; no one foreign key fits both.
        // One active flag per cause; scans insert with ON CONFLICT DO NOTHING against this index.
        builder.HasIndex(a => new { a.Kind, a.ItemId, a.Subject }).IsUnique().HasFilter("cleared_at IS NULL").HasDatabaseName("ux_alerts_active");
        builder.HasIndex(a => a.RaisedAt);
    }
}

internal sealed class NotificationReadConfiguration : IEntityTypeConfiguration<NotificationRead>
{
    public void Configure(EntityTypeBuilder<NotificationRead> builder)
    {
        builder.ToTable("notification_reads");
        builder.HasKey(r => new { r.NotificationId, r.UserId });
        builder.Property(r => r.UserId).HasMaxLength(100);
        builder.HasOne<Notification>().WithMany().HasForeignKey(r => r.NotificationId).OnDelete(DeleteBehavior.Restrict);
    }
}
