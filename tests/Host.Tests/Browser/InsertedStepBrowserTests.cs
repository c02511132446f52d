using System.Text.Json.Nodes;
using Disclosure.Testing;
using Microsoft.Playwright;

namespace Disclosure.Host.Tests.Browser;

/// <summary>
/// An administrator inserts a step the screens have never heard of (合法性审查, for leaders, with
/// two new outcomes, one requiring a comment) and publishes it; an item reaches it, and a leader
/// claims and completes it on screen with each outcome while the item goes on.
/// </summary>
[Collection(BrowserHosts.StandardPathChanged)]
public sealed class InsertedStepBrowserTests(RunningHost host) : IClassFixture<BrowserClass>
{
    private const string Title = "永安街道2026年度社区公益岗位设置方案";

    [Fact]
    public async Task ALeader_WorksAStepAnAdministratorInserted_WithEachOfItsNewOutcomes()
    {
        using var admin = await HostApi.SignInAsync(host, "zhaoli");
        await InsertLegalityReviewAsync(admin);
        using var drafter = await HostApi.SignInAsync(host, "wangmin");
        using var reviewer = await HostApi.SignInAsync(host, "lijianguo");
        var item = await drafter.PostAsync("/api/items", SampleItems.DivisionOfDuties(Title) with { CategoryCode = "2.2" });
        var itemId = item.GetProperty("id").GetGuid();
        await drafter.PostAsync($"/api/items/{itemId}/submit", new { });
        await reviewer.CompleteAsync(itemId, new { outcome = "approve" });

        var leader = await StaffSession.SignInAsync(host, "zhangzhiqiang");
        var page = leader.Page;
        var row = page.GetByTestId("tasks").Locator("tr", new() { HasText = Title });
        await page.GetByLabel("环节").SelectOptionAsync("合法性审查");
        await Assertions.Expect(page.GetByTestId("task-count")).ToHaveTextAsync("共 1 项任务");
        await Assertions.Expect(row).ToContainTextAsync("合法性审查");
        await page.GetByLabel("只看已超期").CheckAsync();
        await Assertions.Expect(row).ToHaveCountAsync(0);
        await page.GetByLabel("只看已超期").UncheckAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "认领" }).ClickAsync();
        // The notice shows the claim has landed; clicking the link before it would race the notice
        // pushing the table down (and the row holds 张志强 from the start, in 指派给's options).
        await Assertions.Expect(page.GetByTestId("notice")).ToHaveTextAsync("已认领“合法性审查”任务。");
        await Assertions.Expect(row.Locator("td[data-label=办理人]")).ToHaveTextAsync("张志强");
        await row.GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync($"合法性审查：{Title}");
        var outcomes = page.GetByRole(AriaRole.Group, new() { Name = "办理结果" }).GetByRole(AriaRole.Button);
        await Assertions.Expect(outcomes).ToHaveTextAsync(["合法性审查通过", "退回补充依据"]);
        await Assertions.Expect(page.Locator("[data-field=comment] .field-hint")).ToHaveTextAsync("选择“退回补充依据”时必须填写意见。");
        await page.GetByRole(AriaRole.Button, new() { Name = "退回补充依据" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-field=comment] .field-error")).ToContainTextAsync("必须填写意见");
        await page.GetByLabel("意见").FillAsync("请补充岗位补贴标准的文件依据。");
        await page.GetByRole(AriaRole.Button, new() { Name = "退回补充依据" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("notice")).ToHaveTextAsync("“合法性审查”已办理：退回补充依据。下一环节：拟稿。");
        await Assertions.Expect(page.GetByTestId("history")).ToContainTextAsync("张志强 办理“合法性审查”，结果：退回补充依据；意见：请补充岗位补贴标准的文件依据。");
        await leader.AssertChineseAsync();

        await drafter.PostAsync($"/api/items/{itemId}/submit", new { });
        await reviewer.CompleteAsync(itemId, new { outcome = "approve" });
        await page.GotoAsync("/app");
        await page.GetByTestId("tasks").GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "合法性审查通过" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("notice")).ToHaveTextAsync("“合法性审查”已办理：合法性审查通过。下一环节：领导签发。");

        await page.GotoAsync("/app");
        await page.GetByTestId("tasks").GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync($"领导签发：{Title}");
        await page.GetByRole(AriaRole.Button, new() { Name = "同意发布" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("task-done")).ToContainTextAsync("同意发布");
        await Assertions.Expect(page.GetByTestId("history")).ToContainTextAsync("流程结束，结果：已发布");
        await leader.AssertChineseAsync();
        leader.AssertNoProblems();
    }

    /// <summary>Through the definitions API, as an administrator's editor would: a new step after 保密审查, then publish.</summary>
    private static async Task InsertLegalityReviewAsync(HostApi admin)
    {
        var current = await admin.GetAsync("/api/process-definitions/standard-disclosure/versions/1");
        var document = JsonNode.Parse(current.GetProperty("document").GetRawText())!.AsObject();
        var nodes = document["nodes"]!.AsArray();
        var review = nodes.Single(n => (string?)n!["id"] == "review")!;
        var approve = review["outcomes"]!.AsArray().Single(o => (string?)o!["id"] == "approve")!;
        var after = (string?)approve["next"];
        approve["next"] = "legality";
        nodes.Insert(nodes.IndexOf(review) + 1, new JsonObject
        {
            ["id"] = "legality",
            ["kind"] = "userTask",
            ["name"] = "合法性审查",
            ["role"] = "leader",
            ["due"] = new JsonObject { ["workingDays"] = 3 },
            ["outcomes"] = new JsonArray(
                new JsonObject { ["id"] = "lawful", ["label"] = "合法性审查通过", ["next"] = after },
                new JsonObject { ["id"] = "needs-basis", ["label"] = "退回补充依据", ["next"] = "draft", ["requiresComment"] = true }),
        });
        var draft = await admin.PostRawAsync("/api/process-definitions/standard-disclosure/versions", document.ToJsonString());
        var number = draft.GetProperty("number").GetInt32();
        await admin.PostAsync($"/api/process-definitions/standard-disclosure/versions/{number}/publish", new { });
    }
}
