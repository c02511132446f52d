using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Engine;

namespace Disclosure.Workflows.Tests.Engine;

public sealed class CountersignRuleTests
{
    private static CountersignDocument Rule(CompletionRule completion, RejectionRule onReject, int? atLeast = null) =>
        new() { Signers = SignerSource.DepartmentsConcerned, Completion = completion, OnReject = onReject, AtLeast = atLeast, Approve = "agree", Reject = "return" };

    [Theory]
    // signers, approvals, objections, open, last was an objection → verdict
    [InlineData(CompletionRule.All, RejectionRule.ReturnStep, null, 3, 2, 0, 1, false, CountersignVerdict.Wait)]
    [InlineData(CompletionRule.All, RejectionRule.ReturnStep, null, 3, 3, 0, 0, false, CountersignVerdict.Approved)]
    [InlineData(CompletionRule.All, RejectionRule.ReturnStep, null, 3, 1, 1, 1, true, CountersignVerdict.Rejected)]
    [InlineData(CompletionRule.All, RejectionRule.RecordOnly, null, 3, 1, 1, 1, true, CountersignVerdict.Rejected)]
    [InlineData(CompletionRule.Any, RejectionRule.RecordOnly, null, 3, 0, 2, 1, true, CountersignVerdict.Wait)]
    [InlineData(CompletionRule.Any, RejectionRule.RecordOnly, null, 3, 1, 2, 0, false, CountersignVerdict.Approved)]
    [InlineData(CompletionRule.Any, RejectionRule.RecordOnly, null, 3, 0, 3, 0, true, CountersignVerdict.Rejected)]
    [InlineData(CompletionRule.Any, RejectionRule.ReturnStep, null, 3, 0, 1, 2, true, CountersignVerdict.Rejected)]
    [InlineData(CompletionRule.AtLeast, RejectionRule.RecordOnly, 2, 4, 1, 1, 2, true, CountersignVerdict.Wait)]
    [InlineData(CompletionRule.AtLeast, RejectionRule.RecordOnly, 2, 4, 2, 1, 1, false, CountersignVerdict.Approved)]
    [InlineData(CompletionRule.AtLeast, RejectionRule.RecordOnly, 2, 4, 1, 3, 0, true, CountersignVerdict.Rejected)]
    // Fewer signers than asked for: all of them are enough.
    [InlineData(CompletionRule.AtLeast, RejectionRule.RecordOnly, 5, 2, 2, 0, 0, false, CountersignVerdict.Approved)]
    public void Decide_ClosesAsSoonAsTheResultIsCertain(CompletionRule completion, RejectionRule onReject, int? atLeast,
        int signers, int approvals, int objections, int open, bool lastWasObjection, CountersignVerdict expected)
    {
        Assert.Equal(expected, Countersigning.Decide(Rule(completion, onReject, atLeast), signers, approvals, objections, open, lastWasObjection));
    }
}
