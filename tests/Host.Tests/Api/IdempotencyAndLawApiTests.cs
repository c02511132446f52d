using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Disclosure.Testing;
using Disclosure.Workflows.Definitions;

namespace Disclosure.Host.Tests.Api;

/// <summary>Retries with an Idempotency-Key get the first answer; refusals on the rules of law carry their code.</summary>
public sealed class IdempotencyAndLawApiTests(DisclosureAppFactory factory) : IClassFixture<DisclosureAppFactory>
{
    [Fact]
    public async Task ARetriedSubmissionAndCompletion_GetTheFirstAnswer_NotAConflict()
    {
        var office = await Office.SignInAsync(factory);
        var itemId = await ApprovalPathApiTests.CreateAsync(office.Drafter, SampleItems.DivisionOfDuties("幂等重试测试"));

        var submitted = await SendAsync(office.Drafter, $"/api/items/{itemId}/submit", new { }, "submit-1");
        var submittedAgain = await SendAsync(office.Drafter, $"/api/items/{itemId}/submit", new { }, "submit-1");
        Assert.Equal((HttpStatusCode.OK, submitted.Body), (submittedAgain.Status, submittedAgain.Body));
        var review = JsonDocument.Parse(submitted.Body).RootElement.GetProperty("nextTask");
        Assert.Equal("review", review.GetProperty("nodeId").GetString());

        var completion = new { outcome = "approve", comment = "不涉密" };
        var url = $"/api/tasks/{review.GetProperty("id").GetGuid()}/complete";
        var first = await SendAsync(office.Reviewer, url, completion, "review-approve-1");
        // The next task moves on meanwhile (a leader claims it); the retry still gets the first answer.
        var signOff = JsonDocument.Parse(first.Body).RootElement.GetProperty("nextTask");
        await office.Leader.PostJson($"/api/tasks/{signOff.GetProperty("id").GetGuid()}/claim", new { });
        var retry = await SendAsync(office.Reviewer, url, completion, "review-approve-1");
        var otherBody = await SendAsync(office.Reviewer, url, new { outcome = "return", comment = "再看看" }, "review-approve-1");
        var withoutKey = await SendAsync(office.Reviewer, url, completion, null);
        var otherUser = await SendAsync(office.Leader, url, completion, "review-approve-1");

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal("sign-off", signOff.GetProperty("nodeId").GetString());
        Assert.Equal((HttpStatusCode.OK, first.Body), (retry.Status, retry.Body));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherBody.Status);
        Assert.Equal("idempotency.key-reused", JsonDocument.Parse(otherBody.Body).RootElement.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Conflict, withoutKey.Status);
        // A key is the sender's own: another user's request with the same key is not a retry.
        Assert.NotEqual(HttpStatusCode.OK, otherUser.Status);
        var history = await office.Leader.GetJson($"/api/items/{itemId}/history");
        Assert.Single(history.EnumerateArray(), h => h.GetProperty("action").GetString() == "completed" && h.GetProperty("node").GetString() == "保密审查");
    }

    [Fact]
    public async Task AMalformedKey_IsRefusedBeforeAnythingHappens()
    {
        var office = await Office.SignInAsync(factory);
        var itemId = await ApprovalPathApiTests.CreateAsync(office.Drafter, SampleItems.DivisionOfDuties("幂等键格式测试"));

        var bad = await SendAsync(office.Drafter, $"/api/items/{itemId}/submit", new { }, new string('k', 201));

        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.Equal("idempotency.key-invalid", JsonDocument.Parse(bad.Body).RootElement.GetProperty("code").GetString());
        var item = await office.Drafter.GetJson($"/api/items/{itemId}");
        Assert.Equal("Draft", item.GetProperty("versions")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task AnImportedDefinition_ThatLetsTheClockSignOff_OrLacksARole_IsRefusedWithNodeAndRule_AndNotStored()
    {
        var office = await Office.SignInAsync(factory);
        var immediate = ShippedDefinitions.Get(ShippedDefinitions.Immediate);
        var clockSigns = immediate.ToJson().Replace("\"deadlineOutcome\": \"escalate\"", "\"deadlineOutcome\": \"approve\"", StringComparison.Ordinal);
        Assert.Contains("\"deadlineOutcome\": \"approve\"", clockSigns, StringComparison.Ordinal);
        var noRole = immediate.ToJson().Replace("\"role\": \"reviewer\",", string.Empty, StringComparison.Ordinal);

        var law = await (await office.Admin.PostAsync(new Uri($"/api/process-definitions/{immediate.Key}/versions", UriKind.Relative), Json(clockSigns))).Json(HttpStatusCode.BadRequest);
        var schema = await (await office.Admin.PostAsync(new Uri($"/api/process-definitions/{immediate.Key}/versions", UriKind.Relative), Json(noRole))).Json(HttpStatusCode.BadRequest);

        Assert.Contains(law.GetProperty("errors").EnumerateArray(), e => e.GetProperty("nodeId").GetString() == "sign-off" && e.GetProperty("rule").GetString() == "law.deadline-approves");
        var missing = Assert.Single(schema.GetProperty("errors").EnumerateArray());
        Assert.Equal(("review", "schema.required"), (missing.GetProperty("nodeId").GetString(), missing.GetProperty("rule").GetString()));
        var versions = await office.Admin.GetJson("/api/process-definitions");
        Assert.Single(versions.EnumerateArray(), v => v.GetProperty("key").GetString() == immediate.Key);
    }

    private static StringContent Json(string text) => new(text, System.Text.Encoding.UTF8, "application/json");

    private static async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpClient client, string url, object body, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.Relative)) { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
