using System.Net;
using Disclosure.Testing;
using Disclosure.Workflows.Definitions;

namespace Disclosure.Host.Tests.Api;

/// <summary>Claim, unclaim and a leader's assignment over HTTP, resolved against the office's real accounts.</summary>
public sealed class TaskAssignmentApiTests(DisclosureAppFactory factory) : IClassFixture<DisclosureAppFactory>
{
    [Fact]
    public async Task AReviewerGivesATaskBack_AndALeaderAssignsItToAColleague_NamedByTheirAccount()
    {
        var office = await Office.SignInAsync(factory);
        var colleague = await factory.SignedInAsync("zhoumin", Roles.Reviewer, "周敏");
        var colleagueId = (await colleague.GetJson("/api/auth/me")).GetProperty("id").GetString();
        var drafterId = (await office.Drafter.GetJson("/api/auth/me")).GetProperty("id").GetString();
        var itemId = await ApprovalPathApiTests.CreateAsync(office.Drafter, SampleItems.DivisionOfDuties("指派测试事项"));
        await office.Drafter.PostJson($"/api/items/{itemId}/submit", new { });
        var taskId = (await office.Reviewer.GetJson("/api/tasks")).EnumerateArray()
            .Single(t => t.GetProperty("itemId").GetGuid() == itemId).GetProperty("id").GetGuid();

        await office.Reviewer.PostJson($"/api/tasks/{taskId}/claim", new { });
        await colleague.PostJson($"/api/tasks/{taskId}/unclaim", new { }, HttpStatusCode.Forbidden);
        var released = await office.Reviewer.PostJson($"/api/tasks/{taskId}/unclaim", new { });
        Assert.Equal(System.Text.Json.JsonValueKind.Null, released.GetProperty("claimedByName").ValueKind);

        await office.Reviewer.PostJson($"/api/tasks/{taskId}/assign", new { userId = colleagueId }, HttpStatusCode.Forbidden);
        var nobody = await office.Leader.PostJson($"/api/tasks/{taskId}/assign", new { userId = "no-such-user" }, HttpStatusCode.BadRequest);
        Assert.True(nobody.GetProperty("errors").TryGetProperty("userId", out _));
        var wrongRole = await office.Leader.PostJson($"/api/tasks/{taskId}/assign", new { userId = drafterId }, HttpStatusCode.BadRequest);
        Assert.Contains("保密审查员", wrongRole.GetProperty("errors").GetProperty("userId")[0].GetString(), StringComparison.Ordinal);

        var assigned = await office.Leader.PostJson($"/api/tasks/{taskId}/assign", new { userId = colleagueId });
        Assert.Equal("周敏", assigned.GetProperty("claimedByName").GetString());
        await colleague.CompleteTask(itemId, new { outcome = "approve" });
        var history = await office.Drafter.GetJson($"/api/items/{itemId}/history");
        Assert.Contains(history.EnumerateArray(), h => h.GetProperty("action").GetString() == "assigned");
    }
}
