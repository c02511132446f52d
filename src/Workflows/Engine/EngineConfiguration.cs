using System.Text.Json;
using Disclosure.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Disclosure.Workflows.Engine;

internal sealed class DefinitionVersionConfiguration : IEntityTypeConfiguration<ProcessDefinitionVersion>
{
    public void Configure(EntityTypeBuilder<ProcessDefinitionVersion> builder)
    {
        builder.ToTable("definition_versions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Key).HasMaxLength(64);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.Property(d => d.EnglishName).HasMaxLength(200);
        builder.Property(d => d.DocumentJson).HasColumnType("jsonb");
        builder.Property(d => d.CreatedBy).HasMaxLength(200);
        builder.Property(d => d.PublishedBy).HasMaxLength(200);
        builder.Ignore(d => d.Document);
        builder.Ignore(d => d.Blocks);
        builder.HasIndex(d => new { d.Key, d.Number }).IsUnique();
        // One draft at a time per definition, enforced by the database.
        builder.HasIndex(d => d.Key).IsUnique().HasFilter("status = 'Draft'").HasDatabaseName("ux_definition_versions_one_draft");
    }
}

internal sealed class InstanceConfiguration : IEntityTypeConfiguration<WorkflowInstance>
{
    public void Configure(EntityTypeBuilder<WorkflowInstance> builder)
    {
        builder.ToTable("workflow_instances");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.DefinitionKey).HasMaxLength(64);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Result).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.CurrentNodeId).HasMaxLength(64);
        builder.Property(i => i.JoinArrivals).HasColumnType("jsonb")
            .HasConversion(
                new ValueConverter<Dictionary<string, int>, string>(d => JsonSerializer.Serialize(d, (JsonSerializerOptions?)null), s => JsonSerializer.Deserialize<Dictionary<string, int>>(s, (JsonSerializerOptions?)null) ?? new()),
                new ValueComparer<Dictionary<string, int>>((a, b) => a!.Count == b!.Count && !a.Except(b).Any(), d => d.Count, d => new Dictionary<string, int>(d)));
        // Activity per node: instances waiting at a join.
        builder.HasIndex(i => i.JoinArrivals).HasMethod("gin").HasFilter("status = 'Running'").HasDatabaseName("ix_instances_join_arrivals");
        builder.Property(i => i.LastOutcome).HasMaxLength(64);
        builder.Property(i => i.LastComment).HasMaxLength(4000);
        builder.Property(i => i.StartedBy).HasMaxLength(200);
        builder.OwnsOne(i => i.Exemption, e =>
        {
            e.ToJson("exemption");
            e.Property(x => x.Ground).HasConversion<string>();
        });
        builder.HasOne<ProcessDefinitionVersion>().WithMany().HasForeignKey(i => i.DefinitionId).OnDelete(DeleteBehavior.Restrict);
        // The subject is an item version or an application (Subject says which), so no single
        // foreign key can name it; the engine creates instances only for subjects it has loaded.
        builder.Property(i => i.Subject).HasConversion<string>().HasMaxLength(16).HasDefaultValue(SubjectKind.Item).HasSentinel(SubjectKind.Item);
        builder.OwnsOne(i => i.Clock, c =>
        {
            c.ToJson("clock");
            c.Property(x => x.State).HasConversion<string>();
        });
        // At most one running instance per item version.
        builder.HasIndex(i => i.ItemVersionId).IsUnique().HasFilter("status = 'Running'").HasDatabaseName("ux_instances_one_running");
        // A version's running instances (activity, migration, clocks). Not the node they wait at: a
        // step moves the instance, and a column in an index would keep that update from being HOT
        // (written in place, no index touched); the free fifth of each page leaves it the room to be.
        builder.HasIndex(i => i.DefinitionId).HasFilter("status = 'Running'").HasDatabaseName("ix_instances_running_by_definition");
        builder.HasStorageParameter("fillfactor", 80);
        builder.HasIndex(i => i.ItemId);
    }
}

internal sealed class TaskConfiguration : IEntityTypeConfiguration<WorkflowTask>
{
    public void Configure(EntityTypeBuilder<WorkflowTask> builder)
    {
        builder.ToTable("tasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.NodeId).HasMaxLength(64);
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.Role).HasMaxLength(32);
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Department).HasMaxLength(Catalogue.OfficeDepartments.MaxName);
        builder.Property(t => t.Purpose).HasConversion<string>().HasMaxLength(32);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.ClaimedById).HasMaxLength(100);
        builder.Property(t => t.ClaimedByName).HasMaxLength(200);
        builder.Property(t => t.CompletedById).HasMaxLength(100);
        builder.Property(t => t.CompletedByName).HasMaxLength(200);
        builder.Property(t => t.DeadlineOutcome).HasMaxLength(64);
        builder.Property(t => t.Outcome).HasMaxLength(64);
        builder.Property(t => t.Comment).HasMaxLength(4000);
        builder.HasOne<WorkflowInstance>().WithMany().HasForeignKey(t => t.InstanceId).OnDelete(DeleteBehavior.Restrict);
        // The database, not only the engine, guarantees one open task per instance, node and signer:
        // a path or a countersign can never open the same task twice.
        builder.HasIndex(t => new { t.InstanceId, t.NodeId, t.Role, t.Department }).IsUnique().AreNullsDistinct(false)
            .HasFilter("status = 'Open'").HasDatabaseName("ux_tasks_one_open_per_signer");
        builder.HasIndex(t => t.CountersignGroup).HasFilter("countersign_group IS NOT NULL");
        builder.HasIndex(t => new { t.Role, t.DueAt }).HasFilter("status = 'Open'").HasDatabaseName("ix_tasks_open_by_role");
        builder.HasIndex(t => t.DueAt).HasFilter("status = 'Open' AND due_at IS NOT NULL").HasDatabaseName("ix_tasks_open_due");
        // The engine's timers (ADR 0008): open tasks the clock can act on, read every second by each job server.
        builder.HasIndex(t => t.DueAt, "ix_tasks_timers").HasFilter("status = 'Open' AND (deadline_outcome IS NOT NULL OR kind = 'Consent')").HasDatabaseName("ix_tasks_timers");
        builder.HasIndex(t => t.ItemId);
    }
}

internal sealed class ConsentRequestConfiguration : IEntityTypeConfiguration<ConsentRequest>
{
    public void Configure(EntityTypeBuilder<ConsentRequest> builder)
    {
        builder.ToTable("consent_requests");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.HolderName).HasMaxLength(200);
        builder.Property(c => c.HolderContact).HasMaxLength(200);
        builder.Property(c => c.Details).HasMaxLength(1000);
        builder.Property(c => c.Concern).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Reason).HasMaxLength(2000);
        builder.Property(c => c.TokenHash).HasMaxLength(64);
        builder.HasIndex(c => c.TokenHash).IsUnique();
        builder.Property(c => c.LetterTokenHash).HasMaxLength(64);
        builder.HasIndex(c => c.LetterTokenHash).IsUnique();
        builder.HasIndex(c => c.TaskId);
        builder.HasOne<WorkflowTask>().WithMany().HasForeignKey(c => c.TaskId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class JournalConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> builder)
    {
        builder.ToTable("journal");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Id).UseIdentityAlwaysColumn();
        builder.Property(j => j.DefinitionKey).HasMaxLength(64);
        builder.Property(j => j.Action).HasMaxLength(32);
        builder.Property(j => j.ActorId).HasMaxLength(100);
        builder.Property(j => j.ActorName).HasMaxLength(200);
        builder.Property(j => j.NodeId).HasMaxLength(64);
        builder.Property(j => j.NodeName).HasMaxLength(200);
        builder.Property(j => j.Outcome).HasMaxLength(64);
        builder.Property(j => j.Comment).HasMaxLength(4000);
        builder.Property(j => j.PreviousHash).HasMaxLength(64);
        builder.Property(j => j.Hash).HasMaxLength(64);
        builder.HasIndex(j => new { j.InstanceId, j.Id });
        builder.HasIndex(j => new { j.ItemId, j.Id });
    }
}
