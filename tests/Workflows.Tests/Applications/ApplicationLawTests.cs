using Disclosure.Testing;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Engine;

namespace Disclosure.Workflows.Tests.Applications;

/// <summary>
/// The rules of law hold for an application's reply as for an item: whoever drafted the reply does
/// not review or sign it off, whatever roles they hold. The step reads who drafted it from the
/// one statement that loads the application under the instance's lock.
/// </summary>
public sealed class ApplicationLawTests
{
    private static readonly DateTimeOffset MondayMorning = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task WhoeverDraftedTheReply_MayNotReviewIt_NorSignItOff()
    {
        await using var harness = await WorkflowHarness.CreateAsync(MondayMorning);
        var application = await ApplicationScenario.SubmitAsync(harness);
        await application.CompleteAsync("register", "accept", ApplicationScenario.Registrar);
        await application.DraftReplyAsync();
        await application.CompleteAsync("handle", "submit", ApplicationScenario.Handler);

        // The handler also holds the reviewer's and the leader's roles.
        var allRoles = new Caller(ApplicationScenario.Handler.Actor, new HashSet<string> { Roles.Drafter, Roles.Reviewer, Roles.Leader })
        {
            Department = ApplicationScenario.Handler.Department,
        };
        var refused = await Assert.ThrowsAsync<RuleOfLawException>(() => application.CompleteAsync("review", "approve", allRoles));
        Assert.Equal(LawRefusal.NotThisPerson, refused.Refusal);
        Assert.Equal("review", (await application.OpenTaskAsync()).NodeId);

        await application.CompleteAsync("review", "approve", ApplicationScenario.Reviewer);
        await Assert.ThrowsAsync<RuleOfLawException>(() => application.CompleteAsync("sign-off", "approve", allRoles));
        Assert.Equal("sign-off", (await application.OpenTaskAsync()).NodeId);
    }
}
