using System.Net;
using System.Text;
using Disclosure.Host.Tests.Api;
using Disclosure.Testing;
using Disclosure.Workflows.Definitions;

namespace Disclosure.Host.Tests.Browser;

/// <summary>The scene both modeler tests start from, set through the API: a small process and an item on it.</summary>
internal static class ModelerSetup
{
    /// <summary>
    /// Version 1 (published) and a draft 2 of a small process served for category 4.2: drafting,
    /// review, then the consent and sign-off every path needs.
    /// </summary>
    public static async Task PublishVersionOneWithDraftAsync(RunningHost host, string key, string name)
    {
        var document = TestDefinitions.Document(key, name,
        [
            .. TestDefinitions.Head("review"),
            TestDefinitions.Task("review", "保密审查", Roles.Reviewer, NodePurpose.ConfidentialityReview, ("approve", "审查通过", "rh", false), ("return", "退回修改", "draft", true)),
            .. TestDefinitions.Tail(),
        ]);
        using var admin = await PublicApiSession.SignInAsync(host, "zhaoli");
        using var body = new StringContent(document.ToJson(), Encoding.UTF8, "application/json");
        await (await admin.PostAsync(new Uri($"/api/process-definitions/{key}/versions", UriKind.Relative), body)).Json(HttpStatusCode.Created);
        await admin.PostJson($"/api/process-definitions/{key}/versions/1/publish", new { });
        using var draft = new StringContent(document.ToJson(), Encoding.UTF8, "application/json");
        await (await admin.PostAsync(new Uri($"/api/process-definitions/{key}/versions", UriKind.Relative), draft)).Json(HttpStatusCode.Created);
    }

    /// <summary>The drafter creates an item titled <paramref name="title"/> and submits it; it waits for its review.</summary>
    public static async Task<Guid> SubmitAsync(RunningHost host, string title)
    {
        using var drafter = await PublicApiSession.SignInAsync(host, "wangmin");
        var itemId = (await drafter.PostJson("/api/items", SampleItems.DivisionOfDuties(title), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await drafter.PostJson($"/api/items/{itemId}/submit", new { });
        return itemId;
    }

    /// <summary>As <see cref="SubmitAsync"/>, and the reviewer approves it.</summary>
    public static async Task<Guid> SubmitAndReviewAsync(RunningHost host, string title)
    {
        var itemId = await SubmitAsync(host, title);
        using var reviewer = await PublicApiSession.SignInAsync(host, "lijianguo");
        await reviewer.CompleteTask(itemId, new { outcome = "approve" });
        return itemId;
    }
}
