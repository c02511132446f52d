using Disclosure.Workflows.Applications;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Workflows.Engine;

/// <summary>Loads (tracked) what an instance runs for, by the kind it records.</summary>
internal static class WorkflowSubjects
{
    public static async Task<IWorkflowSubject> LoadAsync(DisclosureDbContext db, WorkflowInstance instance, CancellationToken cancellationToken)
    {
        switch (instance.Subject)
        {
            case SubjectKind.Application:
                var application = await db.Applications.SingleAsync(a => a.Id == instance.ItemId, cancellationToken);
                return new ApplicationSubject(application);
            default:
                var item = await db.Items.Include(i => i.Versions).SingleAsync(i => i.Id == instance.ItemId, cancellationToken);
                return new ItemSubject(item, instance.ItemVersionId);
        }
    }
}
