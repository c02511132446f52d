using Disclosure.Testing;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using static Disclosure.Testing.WorkflowHarness;

namespace Disclosure.Workflows.Tests.Engine;

public sealed class ThreeLevelReviewTests
{
    private static readonly Caller Deputy = new(new Actor("u-deputy", "刘分管"), new HashSet<string> { Roles.Deputy });
    private static readonly Caller Principal = new(new Actor("u-principal", "张主任"), new HashSet<string> { Roles.Principal });

    private static ItemInput Budget(IReadOnlyList<string>? concerned = null) => SampleItems.DivisionOfDuties("永安街道2026年部门预算") with
    {
        CategoryCode = "3.4", Timing = "Periodic", Cadence = "Yearly", Period = "2026", ReviewIntervalMonths = null,
        ResponsibleBody = "财政所", DepartmentsConcerned = concerned,
    };

    [Fact]
    public async Task PublicFundsItem_GoesThroughFirstReview_Countersign_DeputyAndPrincipal()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var item = await harness.CreateItemAsync(Budget(["社会事务办公室", "城市管理办公室"]));

        var first = await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter));
        Assert.Equal(("first-review", Roles.SectionHead, "财政所"), (first!.NodeId, first.Role, first.Department));
        // 初审 belongs to the section head of the responsible body, not any section head.
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            harness.EngineAsync(e => e.CompleteAsync(first.Id, new TaskCompletion { Outcome = "approve" }, TestDefinitions.SectionHead("社会事务办公室"))));
        var countersign = await harness.EngineAsync(e => e.CompleteStepAsync(first.Id, new TaskCompletion { Outcome = "approve" }, TestDefinitions.SectionHead("财政所")));
        Assert.Equal(["城市管理办公室", "社会事务办公室"], countersign.OpenTasks.Select(t => t.Department!).Order());

        WorkflowTask? next = null;
        foreach (var signer in countersign.OpenTasks)
        {
            next = await harness.EngineAsync(e => e.CompleteAsync(signer.Id, new TaskCompletion { Outcome = "agree" }, TestDefinitions.SectionHead(signer.Department!)));
        }

        Assert.Equal(("deputy-review", Roles.Deputy), (next!.NodeId, next.Role));
        var signOff = await harness.EngineAsync(e => e.CompleteAsync(next.Id, new TaskCompletion { Outcome = "approve" }, Deputy));
        Assert.Equal(("sign-off", Roles.Principal), (signOff!.NodeId, signOff.Role));
        Assert.Null(await harness.EngineAsync(e => e.CompleteAsync(signOff.Id, new TaskCompletion { Outcome = "approve" }, Principal)));

        await using var db = harness.NewContext();
        Assert.Equal(VersionStatus.Published, (await db.ItemVersions.SingleAsync()).Status);
        var started = await db.Journal.FirstAsync(j => j.Action == "started");
        Assert.Equal("three-level-review", started.DefinitionKey);
        Assert.Contains("优先级 50", started.Details, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("4.2", "LongTerm", ShippedDefinitions.Standard)]
    [InlineData("1.1", "LongTerm", "three-level-review")]
    [InlineData("3.4", "Immediate", ShippedDefinitions.Immediate)]
    [InlineData("3.1", "LongTerm", ShippedDefinitions.Standard)]
    public async Task Selection_FollowsTheDefinitionsData(string category, string timing, string expected)
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var item = await harness.CreateItemAsync(SampleItems.DivisionOfDuties() with { CategoryCode = category, Timing = timing, ReviewIntervalMonths = timing == "LongTerm" ? 12 : null });

        await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter));

        await using var db = harness.NewContext();
        Assert.Equal(expected, (await db.Instances.SingleAsync()).DefinitionKey);
    }
}
