using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Workflows.Engine;

/// <summary>
/// The rules of law as the engine enforces them while instances run, whatever a stored definition
/// says (it may predate a rule, or have been migrated to): the drafter never reviews or signs off
/// their own version, and nothing is published unless people of the review and sign-off roles (<see cref="Roles.ConfidentialityReviewers"/>, <see cref="Roles.SigningLeaders"/>)
/// approved it since it was last drafted.
/// </summary>
internal static class LawAtRunTime
{
    /// <summary>
    /// Refuses a drafter of the version (its author, or whoever completed one of its drafting tasks;
    /// for an application, whoever completed its drafting step) a review, sign-off or public-interest
    /// task of it, whatever roles they hold. Reads what the step loaded under the instance's lock, so
    /// it costs no statement of its own.
    /// </summary>
    public static void EnsureNotDrafter(StepContext context, WorkflowTask task, Caller caller)
    {
        if (!LawRules.PersonOnly.Contains(task.Purpose) || caller.Actor == Actor.System)
        {
            return;
        }

        // An application has no author of its own: whoever completed its drafting step drafted the reply.
        var author = context.Subject is ItemSubject item ? item.Version.DrafterId : null;
        if (author == caller.Actor.Id || context.DraftingCompletedBy.Contains(caller.Actor.Id))
        {
            throw new RuleOfLawException(Messages.DrafterMayNotReview(task.Name), LawRefusal.NotThisPerson);
        }
    }

    /// <summary>
    /// Before an instance that passed a publish step commits: walks its journal (with the lines of
    /// this transaction) and refuses unless, since the last drafting, a person completed a
    /// confidentiality review and a sign-off of the lawful roles. Each line is
    /// read against the definition version it was written under, so migrated instances count right.
    /// </summary>
    public static async Task EnsureLawfulPublicationAsync(StepContext context, NodeDocument publish, CancellationToken cancellationToken)
    {
        var db = context.Db;
        var stored = await db.Journal.AsNoTracking().Where(j => j.InstanceId == context.Instance.Id).OrderBy(j => j.Id)
            .Select(j => new { j.Action, j.ActorId, j.NodeId, j.DefinitionNumber }).ToListAsync(cancellationToken);
        var lines = stored.Select(j => (j.Action, j.ActorId, j.NodeId, j.DefinitionNumber))
            .Concat(context.NewJournal.Select(j => (j.Action, j.ActorId, j.NodeId, j.DefinitionNumber))).ToList();
        var numbers = lines.Select(l => l.DefinitionNumber).Where(n => n != context.Definition.Number).Distinct().ToList();
        var documents = (await db.DefinitionVersions.AsNoTracking().Where(d => d.Key == context.Definition.Key && numbers.Contains(d.Number))
            .ToListAsync(cancellationToken)).ToDictionary(d => d.Number, d => d.Document);
        documents[context.Definition.Number] = context.Document;

        bool reviewed = false, signedOff = false;
        foreach (var (action, actorId, nodeId, number) in lines)
        {
            if (documents.GetValueOrDefault(number)?.Node(nodeId) is not { Kind: NodeKind.UserTask } node)
            {
                continue;
            }

            if (node.Purpose == NodePurpose.Drafting && action is "completed" or "deadline")
            {
                (reviewed, signedOff) = (false, false);
            }
            else if (action == "completed" && actorId != Actor.System.Id)
            {
                reviewed |= LawRules.IsLawfulReview(node);
                signedOff |= LawRules.IsLawfulSignOff(node);
            }
        }

        var name = publish.Name ?? publish.Id;
        if (!reviewed)
        {
            throw new RuleOfLawException(Messages.PublicationWithoutReview(name), LawRefusal.NotNow);
        }

        if (!signedOff)
        {
            throw new RuleOfLawException(Messages.PublicationWithoutSignOff(name), LawRefusal.NotNow);
        }
    }
}
