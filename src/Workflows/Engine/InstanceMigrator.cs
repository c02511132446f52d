using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Workflows.Engine;

/// <summary>What a migration did, per instance.</summary>
public sealed record MigrationReport(int Moved, IReadOnlyList<string> Moves);

/// <summary>
/// Moves running instances from one published version to another with an explicit node mapping.
/// All or nothing: an instance on a node without a mapping (or mapped to a node of another kind)
/// refuses the whole migration, listing every such instance; nothing is guessed.
/// </summary>
public sealed class InstanceMigrator(DisclosureDbContext db, TimeProvider clock)
{
    public async Task<MigrationReport> MigrateAsync(string key, int fromNumber, int toNumber, IReadOnlyDictionary<string, string> mapping,
        Actor administrator, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(administrator);
        var from = await Published(key, fromNumber, cancellationToken);
        var to = await Published(key, toNumber, cancellationToken);
        if (from.Id == to.Id)
        {
            throw new ValidationFailedException("toVersion", Messages.MigrationSameVersion);
        }

        // A version published before a rule of law existed must not receive instances.
        var unlawful = DefinitionValidator.Validate(to.Document);
        if (unlawful.Count > 0)
        {
            throw new DefinitionInvalidException(unlawful);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var instances = await db.Instances
            .FromSql($"SELECT * FROM disclosure.workflow_instances WHERE definition_id = {from.Id} AND status = 'Running' ORDER BY id FOR UPDATE")
            .ToListAsync(cancellationToken);
        var ids = instances.Select(i => i.Id).ToList();
        var tasks = (await db.Tasks.Where(t => ids.Contains(t.InstanceId) && t.Status == WorkTaskStatus.Open).ToListAsync(cancellationToken))
            .ToLookup(t => t.InstanceId);

        var refusals = new List<string>();
        foreach (var instance in instances)
        {
            // Inside a parallel block an instance waits at several nodes and its joins count
            // arrivals; mapping that onto another graph could lose or double a path, so it waits.
            var positions = tasks[instance.Id].Select(t => t.NodeId).Append(instance.CurrentNodeId).Distinct().ToList();
            if (instance.JoinArrivals.Count > 0 || positions.Count > 1 || positions.Any(from.Blocks.IsInsideAnyBlock))
            {
                refusals.Add(Messages.MigrationInsideParallel(instance.Id).Text);
                continue;
            }

            var oldNode = from.Document.Node(instance.CurrentNodeId)!;
            if (!mapping.TryGetValue(instance.CurrentNodeId, out var target))
            {
                refusals.Add(Messages.MigrationNoMapping(instance.Id, oldNode.Name ?? oldNode.Id, oldNode.Id).Text);
            }
            else if (to.Document.Node(target) is not { } newNode)
            {
                refusals.Add(Messages.MigrationTargetMissing(oldNode.Id, target, toNumber).Text);
            }
            else if (newNode.Kind != oldNode.Kind)
            {
                refusals.Add(Messages.MigrationKindDiffers(oldNode.Id, Messages.NodeKindLabel(oldNode.Kind.ToString()).Text, target, Messages.NodeKindLabel(newNode.Kind.ToString()).Text).Text);
            }
            else if ((oldNode.Countersign is null) != (newNode.Countersign is null))
            {
                refusals.Add(Messages.MigrationCountersignMismatch(oldNode.Id, target).Text);
            }
        }

        if (refusals.Count > 0)
        {
            throw new ConflictException(Messages.MigrationRefused(refusals.Distinct()));
        }

        var now = clock.GetUtcNow();
        var moves = new List<string>();
        foreach (var instance in instances)
        {
            var oldNodeId = instance.CurrentNodeId;
            var newNode = to.Document.Node(mapping[oldNodeId])!;
            instance.Repin(to, newNode.Id);
            foreach (var task in tasks[instance.Id])
            {
                task.Remap(newNode);
            }

            var lastHash = await db.Journal.Where(j => j.InstanceId == instance.Id).OrderByDescending(j => j.Id).Select(j => j.Hash).FirstOrDefaultAsync(cancellationToken) ?? string.Empty;
            var move = Messages.MigratedDetails(fromNumber, oldNodeId, toNumber, newNode.Id).Text;
            db.Journal.Add(new JournalEntry(instance, "migrated", administrator, newNode.Id, newNode.Name, now, null, null, move, lastHash));
            moves.Add($"{instance.Id}: {move}");
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new MigrationReport(instances.Count, moves);
    }

    private async Task<ProcessDefinitionVersion> Published(string key, int number, CancellationToken cancellationToken)
    {
        var version = await db.DefinitionVersions.AsNoTracking().SingleOrDefaultAsync(d => d.Key == key && d.Number == number, cancellationToken)
            ?? throw new NotFoundException(Messages.DefinitionVersionNotFound(key, number));
        return version.Status == DefinitionStatus.Published ? version
            : throw new ConflictException(Messages.DefinitionVersionNotPublished(number));
    }
}
