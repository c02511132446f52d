using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Engine;
using Disclosure.Workflows.Notifications;

namespace Disclosure.Workflows.Applications;

/// <summary>
/// An application as the engine runs it: a task for the applicant is a correction asked for, a
/// drafting step needs a drafted reply, a publish step sends the reply, a withdrawn end is a
/// correction that never came. The applicant is told by message at each of those moments.
/// </summary>
internal sealed class ApplicationSubject(Application application) : IWorkflowSubject
{
    public Application Application => application;

    public SubjectKind Kind => SubjectKind.Application;

    public string Title => application.Title;

    public string ResponsibleBody => application.ResponsibleBody;

    // Notifications "to the drafter" go to whoever drafted the reply, else to nobody in particular.
    public string DrafterId => application.Reply?.DraftedById ?? Actor.System.Id;

    public IReadOnlyList<RightsHolder> RightsHolders => application.ThirdParties;

    public IReadOnlyList<string> DepartmentsConcerned => [];

    public ItemFacts Facts(WorkflowInstance instance) =>
        new(null, null, application.ThirdParties.Count > 0, instance.Exemption?.Ground, instance.LastOutcome);

    public void TaskOpened(StepContext context, NodeDocument node)
    {
        if (node.Role != Roles.Applicant)
        {
            return;
        }

        // The step that asked for it recorded what is to be completed (its required comment).
        var what = context.Instance.LastComment ?? string.Empty;
        application.AskForCorrection(what);
        var (due, _) = ProcessRunner.DueOf(context, node.Due);
        Tell(context, $"correction:{context.Instance.Id}:{context.Now.UtcTicks}", Messages.ApplicationCorrectionSubject(application.Number).Text,
            Messages.ApplicationCorrectionBody(application.Number, what, due ?? context.Now).Text);
    }

    public void TaskCompleted(StepContext context, NodeDocument node, string outcome, Actor actor)
    {
        if (node.Purpose == NodePurpose.Drafting && actor != Actor.System && application.Reply is null)
        {
            throw new ValidationFailedException("reply", Messages.ApplicationReplyMissing);
        }

        // A decision to withhold after the third party's refusal (Art. 32) makes the reply 不予公开.
        if (node.Purpose == NodePurpose.PublicInterestDecision && node.Outcomes?.FirstOrDefault(o => o.Id == outcome)?.RequiresExemption == true)
        {
            application.WithholdForThirdParty(context.Instance.LastComment ?? string.Empty, actor, context.Now);
        }
    }

    public string Release(StepContext context, NodeDocument node)
    {
        application.Replied(context.Now);
        var summary = application.Reply!.Summary;
        Tell(context, $"replied:{application.Id}", Messages.ApplicationRepliedSubject(application.Number).Text,
            Messages.ApplicationRepliedBody(application.Number, summary).Text);
        return Messages.ApplicationRepliedDetails(summary).Text;
    }

    public void Ended(StepContext context, EndResult result)
    {
        if (result == EndResult.Withdrawn && !application.IsClosed)
        {
            application.Withdrawn(context.Now);
        }
    }

    public void ClockExtended(StepContext context, int workingDays, string reason) =>
        Tell(context, $"extended:{application.Id}:{context.Now.UtcTicks}", Messages.ApplicationExtendedSubject(application.Number).Text,
            Messages.ApplicationExtendedBody(application.Number, workingDays, context.Instance.Clock!.DueOn, reason).Text);

    private void Tell(StepContext context, string key, string subject, string body)
    {
        var address = application.Email ?? application.Phone;
        context.Db.Outbox.Add(new OutboxMessage(OutboxMessage.ChannelFor(address), application.Name, address, subject, body, key, null, context.Now));
    }
}
