using Disclosure.Testing;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Engine;
using Microsoft.Extensions.DependencyInjection;
using static Disclosure.Testing.WorkflowHarness;

namespace Disclosure.Workflows.Tests.Engine;

/// <summary>The task list offers only what the engine would let the person do, and a leader only the colleagues it would accept.</summary>
public sealed class TaskBoardTests
{
    [Fact]
    public async Task TheReviewOfMyOwnDraft_IsNotMineToWork_NorToBeAssignedToMe_WhateverRolesIHold()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var drafterWhoReviews = new Caller(Drafter.Actor, new HashSet<string> { Roles.Drafter, Roles.Reviewer });
        var item = await harness.CreateItemAsync(SampleItems.DivisionOfDuties());
        var review = (await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter)))!;

        var mine = await harness.InScopeAsync(sp => sp.GetRequiredService<TaskBoard>().OpenAsync(drafterWhoReviews));
        var leaders = await harness.InScopeAsync(sp => sp.GetRequiredService<TaskBoard>().OpenAsync(Leader));
        var reviewers = await harness.InScopeAsync(sp => sp.GetRequiredService<TaskBoard>().OpenAsync(Reviewer));

        Assert.DoesNotContain(mine, c => c.Id == review.Id);
        var card = Assert.Single(leaders, c => c.Id == review.Id);
        Assert.True(card.PersonOnly);
        Assert.Contains(Drafter.Actor.Id, card.Drafters);
        Assert.False(card.Suits(Drafter.Actor.Id, null));
        Assert.True(card.Suits(Reviewer.Actor.Id, null));
        Assert.True(Assert.Single(reviewers, c => c.Id == review.Id).CanWork(Reviewer));
    }

    [Fact]
    public void ATaskOfOneDepartment_IsForItsPeopleOnly()
    {
        var countersign = Card() with { Department = "财政所", Countersign = true };
        var finance = new Caller(new Actor("u-finance", "钱会计"), new HashSet<string> { Roles.Reviewer }) { Department = "财政所" };
        var office = new Caller(new Actor("u-office", "孙秘书"), new HashSet<string> { Roles.Reviewer }) { Department = "党政办公室" };

        Assert.True(countersign.CanWork(finance));
        Assert.False(countersign.CanWork(office));
        Assert.False(countersign.Suits(office.Actor.Id, office.Department));
        Assert.True(Card().CanWork(office));
    }

    [Fact]
    public void ADraft_IsItsDrafters_UnlessTheSystemOpenedIt()
    {
        var draft = Card() with { Role = Roles.Drafter, IsDrafting = true, DrafterId = "u-drafter" };
        var colleague = new Caller(new Actor("u-drafter-2", "孙拟稿"), new HashSet<string> { Roles.Drafter });

        Assert.True(draft.CanWork(Drafter));
        Assert.False(draft.CanWork(colleague));
        Assert.True((draft with { DrafterId = Actor.System.Id }).CanWork(colleague));
    }

    private static TaskCard Card() => new(
        Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 1, "部门预算", "1.1", TimingClass.Periodic, "review", "会签", Roles.Reviewer,
        DateTimeOffset.UnixEpoch, null, false, null, null, "永安街道办事处", "u-someone", "某人", false);
}
