using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Workflows.Engine;

/// <summary>
/// What an instance runs for, as the engine sees it: a catalogue item's version or an application.
/// The engine moves tokens, opens tasks, asks rights-holders and journals; what a step means for
/// the subject (a draft submitted, information released, an instance ended) is the subject's.
/// </summary>
internal interface IWorkflowSubject
{
    SubjectKind Kind { get; }

    /// <summary>How journal lines, messages and consent letters name it.</summary>
    string Title { get; }

    /// <summary>The department whose staff act on tasks bound to the responsible body.</summary>
    string ResponsibleBody { get; }

    /// <summary>Who "drafter-of-item" notifications go to.</summary>
    string DrafterId { get; }

    /// <summary>Who is asked at a consent step (rights-holders, or an application's third parties).</summary>
    IReadOnlyList<RightsHolder> RightsHolders { get; }

    IReadOnlyList<string> DepartmentsConcerned { get; }

    /// <summary>What a decision node may look at.</summary>
    ItemFacts Facts(WorkflowInstance instance);

    /// <summary>A user task was opened at the node.</summary>
    void TaskOpened(StepContext context, NodeDocument node);

    /// <summary>A person (or the clock, as <see cref="Actor.System"/>) completed a user task of the node.</summary>
    void TaskCompleted(StepContext context, NodeDocument node, string outcome, Actor actor);

    /// <summary>A publish step: the information leaves the office. Returns the journal line's details.</summary>
    string Release(StepContext context, NodeDocument node);

    void Ended(StepContext context, EndResult result);

    /// <summary>The instance's clock was extended (the subject tells whoever must be told).</summary>
    void ClockExtended(StepContext context, int workingDays, string reason);
}

/// <summary>A catalogue item's version: the approval path to the public column.</summary>
internal sealed class ItemSubject(CatalogueItem item, Guid versionId) : IWorkflowSubject
{
    public CatalogueItem Item => item;

    public ItemVersion Version => item.Version(versionId);

    public SubjectKind Kind => SubjectKind.Item;

    public string Title => Version.Title;

    public string ResponsibleBody => item.ResponsibleBody;

    public string DrafterId => Version.DrafterId;

    public IReadOnlyList<RightsHolder> RightsHolders => Version.RightsHolders;

    public IReadOnlyList<string> DepartmentsConcerned => Version.DepartmentsConcerned;

    public ItemFacts Facts(WorkflowInstance instance) => new(
        item.CategoryCode, item.Timing, Version.HasRightsHolders, instance.Exemption?.Ground ?? Version.Exemption?.Ground, instance.LastOutcome);

    public void TaskOpened(StepContext context, NodeDocument node)
    {
        if (node.Purpose == NodePurpose.Drafting && Version.Status == VersionStatus.InReview)
        {
            // Back to drafting: the drafter may edit the version again.
            Changing(context).Return(Version.Id, context.Now);
        }
    }

    public void TaskCompleted(StepContext context, NodeDocument node, string outcome, Actor actor)
    {
        if (node.Purpose == NodePurpose.Drafting && Version.IsEditable)
        {
            Changing(context).Submit(Version.Id, context.Now);
        }
    }

    public string Release(StepContext context, NodeDocument node)
    {
        Changing(context).Publish(Version.Id, context.Now, context.Today, context.Deadlines);
        return Messages.PublishedDetails(Version.Number, Version.Channels.Select(Labels.Of)).Text;
    }

    public void Ended(StepContext context, EndResult result)
    {
        switch (result)
        {
            case EndResult.Withheld:
                var exemption = context.Instance.Exemption ?? Version.Exemption
                    ?? throw new InvalidOperationException("Withheld without an exemption: the outcome must require one.");
                Changing(context).Withhold(Version.Id, exemption, context.Now);
                break;
            case EndResult.Withdrawn when Version.IsPending:
                Changing(context).AbandonVersion(Version.Id, context.Instance.LastComment ?? Messages.WithdrawnByWorkflow.Text, context.Now);
                break;
            case EndResult.Published when Version.Status != VersionStatus.Published:
                throw new InvalidOperationException("A published end was reached without a publish step.");
        }
    }

    public void ClockExtended(StepContext context, int workingDays, string reason)
    {
    }

    /// <summary>
    /// The item, tracked from here on so that the step's save writes what is about to change. A
    /// step's load reads it untracked (<see cref="WorkflowSubjects"/>): most steps only read it.
    /// Every change a step makes to its item goes through here.
    /// </summary>
    private CatalogueItem Changing(StepContext context)
    {
        if (context.Db.Entry(item).State == EntityState.Detached)
        {
            context.Db.Attach(item);
        }

        return item;
    }
}
