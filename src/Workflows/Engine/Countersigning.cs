using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Workflows.Engine;

public enum CountersignVerdict
{
    /// <summary>The result is not certain yet: wait for more signers.</summary>
    Wait,
    Approved,
    Rejected,
}

/// <summary>
/// Countersigning (会签): opens one task per signer and, after each signature, decides whether the
/// step's result is certain. Runs inside the engine's transaction under the instance lock, so
/// simultaneous signatures are counted one after another and the step closes exactly once.
/// </summary>
public static class Countersigning
{
    /// <summary>
    /// The verdict after a signature: one objection under <see cref="RejectionRule.ReturnStep"/>
    /// returns the step; otherwise it passes as soon as enough approve and fails as soon as enough
    /// approvals can no longer come. "At least N" asks for no more approvals than there are signers.
    /// </summary>
    public static CountersignVerdict Decide(CountersignDocument countersign, int signers, int approvals, int objections, int open, bool lastWasObjection)
    {
        ArgumentNullException.ThrowIfNull(countersign);
        var required = Required(countersign, signers);
        if (lastWasObjection && countersign.OnReject == RejectionRule.ReturnStep)
        {
            return CountersignVerdict.Rejected;
        }

        if (approvals >= required)
        {
            return CountersignVerdict.Approved;
        }

        return approvals + open < required || (objections > 0 && countersign.OnReject == RejectionRule.ReturnStep)
            ? CountersignVerdict.Rejected
            : CountersignVerdict.Wait;
    }

    public static int Required(CountersignDocument countersign, int signers) => countersign.Completion switch
    {
        CompletionRule.All => signers,
        CompletionRule.Any => Math.Min(1, signers),
        _ => Math.Min(countersign.AtLeast ?? 1, signers),
    };

    /// <summary>Who signs, for this item: roles, named departments, or the departments the version names.</summary>
    public static IReadOnlyList<Signer> SignersOf(NodeDocument node, CountersignDocument countersign, IReadOnlyList<string> departmentsConcerned) =>
        countersign.Signers switch
        {
            SignerSource.Roles => [.. (countersign.Roles ?? []).Select(r => new Signer(r, null))],
            SignerSource.Departments => [.. (countersign.Departments ?? []).Select(d => new Signer(node.Role ?? string.Empty, d))],
            _ => [.. departmentsConcerned.Select(d => new Signer(node.Role ?? string.Empty, d))],
        };

    /// <summary>The rule in words, e.g. 全部同意方可通过；一人退回即整步退回.</summary>
    public static UserMessage RuleText(CountersignDocument countersign, int required)
    {
        ArgumentNullException.ThrowIfNull(countersign);
        var returnStep = countersign.OnReject == RejectionRule.ReturnStep;
        return countersign.Completion switch
        {
            CompletionRule.All => Messages.CountersignAll(returnStep),
            CompletionRule.Any => Messages.CountersignAny(returnStep),
            _ => Messages.CountersignAtLeast(required, returnStep),
        };
    }

    public static string Describe(Signer signer) =>
        signer.Department is null ? Roles.Label(signer.Role) : Messages.SignerLabel(signer.Department, Roles.Label(signer.Role)).Text;

    internal static IEnumerable<string> Open(StepContext context, NodeDocument node, CountersignDocument countersign)
    {
        var signers = SignersOf(node, countersign, context.Subject.DepartmentsConcerned);
        var approve = node.Outcomes!.First(o => o.Id == countersign.Approve);
        if (signers.Count == 0)
        {
            context.Journal("countersign-skipped", Actor.System, node, outcome: approve.Id, details: Messages.JournalCountersignSkipped.Text);
            context.Instance.RecordOutcome(approve.Id, null, null);
            return [approve.Next!];
        }

        var (due, estimated) = ProcessRunner.DueOf(context, node.Due);
        var group = Guid.CreateVersion7(context.Now);
        foreach (var signer in signers)
        {
            var task = new WorkflowTask(context.Instance, node, TaskKind.User, context.Now, due, estimated, signer, group);
            context.Db.Tasks.Add(task);
        }

        ProcessClocks.Enter(context, node);
        var rule = RuleText(countersign, Required(countersign, signers.Count)).Text;
        context.Journal("countersign-opened", Actor.System, node,
            details: $"{Messages.JournalCountersignOpened(signers.Count, rule).Text}：{string.Join("、", signers.Select(Describe))}{(due is null ? string.Empty : $"；办理时限 {due:yyyy-MM-dd HH:mm}")}");
        return [];
    }

    /// <summary>
    /// After one signer's answer: closes the step when its result is certain (the other signers'
    /// tasks are cancelled) and returns the step's outcome; null while it waits for more.
    /// </summary>
    internal static async Task<OutcomeDocument?> AfterSignatureAsync(StepContext context, WorkflowTask signed, NodeDocument node, CancellationToken cancellationToken)
    {
        var countersign = node.Countersign!;
        // The signed task is tracked, so the query returns it with its new status.
        var group = await context.Db.Tasks.Where(t => t.CountersignGroup == signed.CountersignGroup).ToListAsync(cancellationToken);
        var approvals = group.Count(t => t.Status == WorkTaskStatus.Completed && t.Outcome == countersign.Approve);
        var objections = group.Count(t => t.Status == WorkTaskStatus.Completed && t.Outcome == countersign.Reject);
        var open = group.Where(t => t.Status == WorkTaskStatus.Open).ToList();
        var verdict = Decide(countersign, group.Count, approvals, objections, open.Count, signed.Outcome == countersign.Reject);
        if (verdict == CountersignVerdict.Wait)
        {
            return null;
        }

        foreach (var task in open)
        {
            task.Cancel(context.Now, Messages.CountersignNoLongerNeeded.Text);
        }

        var outcome = node.Outcomes!.First(o => o.Id == (verdict == CountersignVerdict.Approved ? countersign.Approve : countersign.Reject));
        context.Journal("countersign-closed", Actor.System, node, outcome.Id, details: Messages.JournalCountersignClosed(approvals, objections, open.Count).Text);
        return outcome;
    }
}
