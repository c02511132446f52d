using Disclosure.Testing;
using Disclosure.Workflows.Calendar;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Engine;
using Microsoft.Extensions.Time.Testing;

namespace Disclosure.Workflows.Tests.Engine;

public sealed class DryRunTests
{
    private static readonly DisclosureDeadlines Deadlines = new(new WorkingDayCalendar(ShippedHolidaySchedules.All));
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 9, 1, 1, 0, 0, TimeSpan.Zero));
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    private static ProcessDefinitionVersion Version(ProcessDocument document) => new(document, 1, Actor.System, Clock.GetUtcNow());

    private static DateTimeOffset EndOf(int month, int day) => new(2026, month, day, 23, 59, 59, 999, Shanghai);

    [Fact]
    public void Walk_GivesEveryStepItsRoleAndDeadline_OnTheWorkingDayCalendar()
    {
        // Submitted on the Monday before the National Day holidays; 10-10 is a Saturday worked (调休).
        var result = DryRun.Walk(Version(ShippedDefinitions.Get(ShippedDefinitions.Standard)), new DryRunRequest
        {
            StartOn = "2026-09-28", Category = "4.2", Timing = "LongTerm",
            Choices = [new() { Outcome = "submit" }, new() { Node = "review", Outcome = "approve" }, new() { Outcome = "approve" }],
        }, Deadlines, Clock);

        var tasks = result.Steps.Where(s => s.Kind == "userTask").Select(s => (s.NodeId, s.Role, s.DueAt)).ToList();
        Assert.Equal([("draft", "drafter", EndOf(10, 10)), ("review", "reviewer", EndOf(10, 16)), ("sign-off", "leader", EndOf(10, 21))], tasks);
        Assert.Equal(["start", "draft", "review", "has-rights-holders", "sign-off", "publish", "notify-drafter", "end-published"], result.Steps.Select(s => s.NodeId));
        Assert.Equal(("published", EndOf(10, 21)), (result.EndResult, result.EndedAt));
        Assert.Empty(result.Waiting);
    }

    [Fact]
    public void Walk_TakesACountersignPerSigner_AndStopsWhereTheNextChoiceIsNeeded()
    {
        var result = DryRun.Walk(Version(ShippedDefinitions.Get("three-level-review")), new DryRunRequest
        {
            StartOn = "2026-03-02", Category = "3.4", Timing = "Periodic", DepartmentsConcerned = ["社会事务办公室", "城市管理办公室"],
            Choices =
            [
                new() { Outcome = "submit" },
                new() { Outcome = "approve" },
                new() { Node = "countersign", Signers = new Dictionary<string, string> { ["社会事务办公室"] = "agree", ["城市管理办公室"] = "return" } },
            ],
        }, Deadlines, Clock);

        var countersign = result.Steps.Single(s => s.NodeId == "countersign");
        Assert.Equal("return", countersign.Outcome);
        Assert.Equal([("社会事务办公室", "agree"), ("城市管理办公室", "return")], countersign.Signers!.Select(s => (s.Signer, s.Outcome!)));
        var waiting = Assert.Single(result.Waiting);
        Assert.Equal(("draft", "drafter"), (waiting.NodeId, waiting.Role));
        Assert.Equal(["submit"], waiting.Outcomes.Select(o => o.Id));
        Assert.Null(result.EndResult);
    }

    [Fact]
    public void Walk_RefusesACountersignWithoutEnoughSigners_NamingTheChoice()
    {
        var refused = Assert.Throws<ValidationFailedException>(() => DryRun.Walk(Version(ShippedDefinitions.Get("three-level-review")), new DryRunRequest
        {
            StartOn = "2026-03-02", Category = "3.4", DepartmentsConcerned = ["社会事务办公室", "城市管理办公室"],
            Choices = [new() { Outcome = "submit" }, new() { Outcome = "approve" }, new() { Signers = new Dictionary<string, string> { ["社会事务办公室"] = "agree" } }],
        }, Deadlines, Clock));

        Assert.Contains("城市管理办公室", Assert.Single(refused.Errors["choices[2]"]).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Walk_RunsParallelPathsSideBySide_AndTheJoinWaitsForTheLast()
    {
        var document = TestDefinitions.ParallelReview() with
        {
            Nodes = [.. TestDefinitions.ParallelReview().Nodes.Select(n => n.Id switch
            {
                "review" => n with { Due = new DueTime { WorkingDays = 5 } },
                "legal" => n with { Due = new DueTime { WorkingDays = 2 } },
                _ => n,
            })],
        };

        var result = DryRun.Walk(Version(document), new DryRunRequest
        {
            StartOn = "2026-03-02", Category = "4.2",
            Choices = [new() { Outcome = "submit" }, new() { Node = "legal", Outcome = "approve" }, new() { Node = "review", Outcome = "approve" }],
        }, Deadlines, Clock);

        Assert.Equal(new DateTimeOffset(2026, 3, 2, 9, 0, 0, Shanghai), result.Steps.Single(s => s.NodeId == "review").OpenedAt);
        Assert.Equal(EndOf(3, 9), result.Steps.Single(s => s.NodeId == "join").OpenedAt);
        Assert.Equal(("sign-off", EndOf(3, 9)), (result.Waiting.Single().NodeId, result.Waiting.Single().OpenedAt));
    }

    [Fact]
    public void Walk_RefusesAnOutcomeTheStepDoesNotHave()
    {
        var refused = Assert.Throws<ValidationFailedException>(() => DryRun.Walk(Version(ShippedDefinitions.Get(ShippedDefinitions.Standard)),
            new DryRunRequest { Choices = [new() { Outcome = "submit" }, new() { Outcome = "publish-now" }] }, Deadlines, Clock));

        Assert.Contains("approve", Assert.Single(refused.Errors["choices[1]"]).Text, StringComparison.Ordinal);
    }
}
