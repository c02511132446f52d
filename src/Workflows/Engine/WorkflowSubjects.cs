using Disclosure.Workflows.Applications;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Workflows.Engine;

/// <summary>What a step loaded with its subject: the tasks it may touch and the journal's last hash.</summary>
internal sealed record LoadedSubject(IWorkflowSubject Subject, IReadOnlyList<WorkflowTask> Tasks, string? LastHash);

/// <summary>
/// Loads (tracked) what an instance runs for, by the kind it records, in one statement after the
/// instance's lock: the subject, the task acted on, every open task of the instance, the subject's
/// completed drafting tasks (separation of duties) and the journal's last hash. Tasks and journal
/// lines name their subject in item_id / item_version_id whatever its kind (for an application,
/// its id in both), so the two statements differ only in the row they start from.
/// </summary>
internal static class WorkflowSubjects
{
    public static Task<LoadedSubject> LoadAsync(DisclosureDbContext db, WorkflowInstance instance, Guid taskId, CancellationToken cancellationToken) =>
        instance.Subject switch
        {
            SubjectKind.Application => LoadApplicationAsync(db, instance, taskId, cancellationToken),
            _ => LoadItemAsync(db, instance, taskId, cancellationToken),
        };

    private static async Task<LoadedSubject> LoadItemAsync(DisclosureDbContext db, WorkflowInstance instance, Guid taskId, CancellationToken cancellationToken)
    {
        var instanceId = instance.Id;
        var versionId = instance.ItemVersionId;
        var loaded = await db.Items.Where(i => i.Id == instance.ItemId).Select(i => new
        {
            Item = i,
            Versions = i.Versions.ToList(),
            Tasks = db.Tasks.Where(t => t.ItemId == i.Id && (t.Id == taskId
                || (t.InstanceId == instanceId && t.Status == WorkTaskStatus.Open)
                || (t.ItemVersionId == versionId && t.Purpose == NodePurpose.Drafting && t.Status == WorkTaskStatus.Completed))).ToList(),
            LastHash = db.Journal.Where(j => j.InstanceId == instanceId).OrderByDescending(j => j.Id).Select(j => j.Hash).FirstOrDefault(),
        }).SingleAsync(cancellationToken);
        return new LoadedSubject(new ItemSubject(loaded.Item, versionId), loaded.Tasks, loaded.LastHash);
    }

    private static async Task<LoadedSubject> LoadApplicationAsync(DisclosureDbContext db, WorkflowInstance instance, Guid taskId, CancellationToken cancellationToken)
    {
        var instanceId = instance.Id;
        var versionId = instance.ItemVersionId;
        var loaded = await db.Applications.Where(a => a.Id == instance.ItemId).Select(a => new
        {
            Application = a,
            Tasks = db.Tasks.Where(t => t.ItemId == a.Id && (t.Id == taskId
                || (t.InstanceId == instanceId && t.Status == WorkTaskStatus.Open)
                || (t.ItemVersionId == versionId && t.Purpose == NodePurpose.Drafting && t.Status == WorkTaskStatus.Completed))).ToList(),
            LastHash = db.Journal.Where(j => j.InstanceId == instanceId).OrderByDescending(j => j.Id).Select(j => j.Hash).FirstOrDefault(),
        }).SingleAsync(cancellationToken);
        return new LoadedSubject(new ApplicationSubject(loaded.Application), loaded.Tasks, loaded.LastHash);
    }
}
