using Disclosure.Workflows.Common;

namespace Disclosure.Workflows.Definitions;

/// <summary>
/// Node rules for parallel splits and joins, countersigns (会签), tasks bound to the responsible
/// body, and the definition's selection; called by <see cref="DefinitionValidator"/>.
/// </summary>
internal static class ParallelNodeRules
{
    public static void Check(NodeDocument node, Action<string, UserMessage> error)
    {
        if (node.Kind == NodeKind.ParallelJoin && node.Next is null)
        {
            error("missing-next", Messages.JoinNeedsNext);
        }

        if (node.Kind != NodeKind.ParallelSplit && node.Paths is not null)
        {
            error("split-paths", Messages.PathsOnlyOnSplit);
        }

        if (node.Kind != NodeKind.UserTask && (node.Countersign is not null || node.ByResponsibleBody))
        {
            error("countersign", Messages.CountersignOnlyOnUserTask);
        }

        if (node.Countersign is { } countersign && node.Kind == NodeKind.UserTask)
        {
            foreach (var message in CountersignProblems(node, countersign))
            {
                error("countersign", message);
            }
        }
    }

    private static IEnumerable<UserMessage> CountersignProblems(NodeDocument node, CountersignDocument countersign)
    {
        var outcomes = node.Outcomes ?? [];
        if (string.IsNullOrWhiteSpace(countersign.Approve) || string.IsNullOrWhiteSpace(countersign.Reject) || countersign.Approve == countersign.Reject
            || outcomes.Count != 2 || !outcomes.Any(o => o.Id == countersign.Approve) || !outcomes.Any(o => o.Id == countersign.Reject))
        {
            yield return Messages.CountersignOutcomes;
        }

        switch (countersign.Signers)
        {
            case SignerSource.Roles when countersign.Roles is not { Count: > 0 } || countersign.Departments is not null:
                yield return Messages.CountersignRolesNeeded;
                break;
            case SignerSource.Roles when countersign.Roles.Any(r => !Roles.Exists(r)) || countersign.Roles.Distinct().Count() != countersign.Roles.Count:
                yield return Messages.CountersignRolesUnknown(string.Join("、", Roles.All));
                break;
            case SignerSource.Departments when countersign.Departments is not { Count: > 0 } || countersign.Roles is not null:
                yield return Messages.CountersignDepartmentsNeeded;
                break;
            case SignerSource.Departments when countersign.Departments.Any(string.IsNullOrWhiteSpace) || countersign.Departments.Distinct().Count() != countersign.Departments.Count:
                yield return Messages.CountersignDepartmentsBlank;
                break;
            case SignerSource.DepartmentsConcerned when countersign.Roles is not null || countersign.Departments is not null:
                yield return Messages.CountersignConcernedNoList;
                break;
            case SignerSource.DepartmentsConcerned when node.Purpose != NodePurpose.None:
                // With no department named the step passes by itself, so it cannot be what the law requires.
                yield return Messages.CountersignConcernedNoPurpose;
                break;
        }

        var fixedCount = countersign.Roles?.Count ?? countersign.Departments?.Count;
        if (countersign.Completion == CompletionRule.AtLeast ? countersign.AtLeast is not >= 1 || countersign.AtLeast > fixedCount : countersign.AtLeast is not null)
        {
            yield return Messages.CountersignAtLeastInvalid;
        }

        if (node.Purpose == NodePurpose.Drafting || node.ByResponsibleBody)
        {
            yield return Messages.CountersignNotDrafting;
        }
    }

    /// <summary>The selection's condition may look only at facts an item has before it starts.</summary>
    public static void CheckSelection(ProcessDocument document, List<DefinitionError> errors)
    {
        if (document.Settings.Selection?.When is not { } when)
        {
            return;
        }

        foreach (var problem in Conditions.Problems(when))
        {
            errors.Add(new(null, "selection", Messages.SelectionCondition(problem)));
        }

        if (UsesRunFacts(when))
        {
            errors.Add(new(null, "selection", Messages.SelectionFacts));
        }
    }

    private static bool UsesRunFacts(ConditionDocument condition) =>
        condition.Fact is Fact.WithheldGround or Fact.LastOutcome
        || (condition.All ?? condition.Any ?? []).Any(UsesRunFacts)
        || (condition.Not is { } not && UsesRunFacts(not));
}
