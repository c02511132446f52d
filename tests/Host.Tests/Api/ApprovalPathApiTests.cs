using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Disclosure.Testing;

namespace Disclosure.Host.Tests.Api;

/// <summary>The approval path through HTTP, by four different users, on real PostgreSQL and Hangfire.</summary>
public sealed partial class ApprovalPathApiTests(DisclosureAppFactory factory) : IClassFixture<DisclosureAppFactory>
{
    [Fact]
    public async Task ARefusalThroughTheLink_LeadsToAPublicInterestPublication_ThatAppearsInTheColumnAndFeed()
    {
        var office = await Office.SignInAsync(factory);
        var itemId = await CreateAsync(office.Drafter, SampleItems.TenderResults());
        await office.Drafter.PostJson($"/api/items/{itemId}/submit", new { });
        await office.Reviewer.CompleteTask(itemId, new { outcome = "approve", comment = "不涉密" });
        var tokens = await ConsentTokensAsync(office.Drafter, itemId);

        var page = await office.Anonymous.GetJson($"/api/consent/{tokens[0]}");
        Assert.Equal("永安街道老旧小区改造工程中标结果公示", page.GetProperty("itemTitle").GetString());
        await office.Anonymous.PostJson($"/api/consent/{tokens[0]}", new { decision = "refuse", reason = "报价明细属于商业秘密" });
        await office.Anonymous.PostJson($"/api/consent/{tokens[1]}", new { decision = "agree" });
        var used = await office.Anonymous.PostJson($"/api/consent/{tokens[0]}", new { decision = "agree" }, HttpStatusCode.NotFound);
        var wrong = await office.Anonymous.PostJson("/api/consent/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", new { decision = "agree" }, HttpStatusCode.NotFound);
        Assert.Equal(used.GetProperty("detail").GetString(), wrong.GetProperty("detail").GetString());

        await office.Leader.CompleteTask(itemId, new { outcome = "publish-in-public-interest" }, HttpStatusCode.BadRequest);
        await office.Leader.CompleteTask(itemId, new { outcome = "publish-in-public-interest", comment = "工程涉及全体居民切身利益" });
        await office.Leader.CompleteTask(itemId, new { outcome = "approve", comment = "同意发布" });

        var item = await office.Drafter.GetJson($"/api/items/{itemId}");
        var version = item.GetProperty("versions")[0];
        Assert.Equal("Published", version.GetProperty("status").GetString());
        var versionId = version.GetProperty("id").GetGuid();
        var column = await office.Anonymous.GetJson("/api/public/items?category=3&pageSize=100");
        Assert.Contains(column.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == versionId);
        var feed = await (await office.Anonymous.GetAsync(new Uri("/api/public/feed.atom", UriKind.Relative))).Content.ReadAsStringAsync();
        Assert.Contains($"urn:uuid:{versionId}", feed, StringComparison.Ordinal);
        var history = await office.Leader.GetJson($"/api/items/{itemId}/history");
        var actors = history.EnumerateArray().Select(h => h.GetProperty("actor").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "王敏", "李建国", "张志强", "淄博某建设有限公司", "周村某监理有限公司", "系统" }, actors);
        var lines = history.EnumerateArray().Select(h => h.GetProperty("text").GetString()!).ToList();
        Assert.Contains("流程结束，结果：已发布", lines);
        Assert.Contains(lines, l => l.Contains("征询结束，结果：有权利人不同意公开", StringComparison.Ordinal) && l.Contains("：不同意公开（报价明细属于商业秘密）", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.DoesNotMatch("Refused|Published|Agreed|NoReply", l));
    }

    [Fact]
    public async Task ConsentAgreedThroughTheLink_GoesOnToSignOffAndPublication()
    {
        var office = await Office.SignInAsync(factory);
        var itemId = await CreateAsync(office.Drafter, SampleItems.TenderResults() with { Title = "社区服务中心改造工程中标结果" });
        await office.Drafter.PostJson($"/api/items/{itemId}/submit", new { });
        await office.Reviewer.CompleteTask(itemId, new { outcome = "approve" });
        foreach (var token in await ConsentTokensAsync(office.Drafter, itemId))
        {
            await office.Anonymous.PostJson($"/api/consent/{token}", new { decision = "agree" });
        }

        var requests = await office.Drafter.GetJson($"/api/items/{itemId}/consent-requests");
        Assert.All(requests.EnumerateArray(), r => Assert.Equal("Agreed", r.GetProperty("status").GetString()));
        await office.Leader.CompleteTask(itemId, new { outcome = "approve" });
        Assert.Equal("Published", (await office.Drafter.GetJson($"/api/items/{itemId}")).GetProperty("versions")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task ReturnForRework_ThenWithholdingWithAGround()
    {
        var office = await Office.SignInAsync(factory);
        var itemId = await CreateAsync(office.Drafter, SampleItems.DivisionOfDuties("社区网格员名单"));
        await office.Drafter.PostJson($"/api/items/{itemId}/submit", new { });
        await office.Reviewer.CompleteTask(itemId, new { outcome = "return", comment = "请删去身份证号" });
        var returned = await office.Drafter.GetJson($"/api/items/{itemId}");
        Assert.Equal("Returned", returned.GetProperty("versions")[0].GetProperty("status").GetString());

        var update = await office.Drafter.PutAsJsonAsync($"/api/items/{itemId}", SampleItems.DivisionOfDuties("社区网格员名单") with { Body = "<p>网格员：张某</p>" });
        await update.Json(HttpStatusCode.OK);
        await office.Drafter.PostJson($"/api/items/{itemId}/submit", new { });
        var missingGround = await office.Reviewer.CompleteTask(itemId, new { outcome = "withhold", comment = "涉及个人信息" }, HttpStatusCode.BadRequest);
        Assert.True(missingGround.GetProperty("errors").TryGetProperty("exemption", out _));
        await office.Reviewer.CompleteTask(itemId, new
        {
            outcome = "withhold",
            comment = "涉及个人信息",
            exemption = new { ground = "PersonalPrivacy", legalBasis = "《政府信息公开条例》第十五条", reason = "名单含个人联系方式" },
        });

        var version = (await office.Drafter.GetJson($"/api/items/{itemId}")).GetProperty("versions")[0];
        Assert.Equal("Withheld", version.GetProperty("status").GetString());
        Assert.Equal("PersonalPrivacy", version.GetProperty("exemption").GetProperty("ground").GetString());
        await office.Anonymous.GetJson($"/api/public/items/{version.GetProperty("id").GetGuid()}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task RolesAreEnforced_AndEachDenialIsAProblem()
    {
        var office = await Office.SignInAsync(factory);
        var itemId = await CreateAsync(office.Drafter, SampleItems.DivisionOfDuties("角色测试"));
        await office.Drafter.PostJson($"/api/items/{itemId}/submit", new { });
        var reviewTasks = await office.Reviewer.GetJson("/api/tasks");
        var taskId = reviewTasks.EnumerateArray().Single(t => t.GetProperty("itemId").GetGuid() == itemId).GetProperty("id").GetGuid();

        var notReviewer = await office.Drafter.PostJson($"/api/tasks/{taskId}/complete", new { outcome = "approve" }, HttpStatusCode.Forbidden);
        Assert.Contains("保密审查员", notReviewer.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await office.Reviewer.PostJson("/api/items", SampleItems.DivisionOfDuties(), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Forbidden, (await office.Drafter.GetAsync(new Uri("/api/process-definitions", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await office.Leader.PutAsJsonAsync("/api/calendar/2027", new { holidays = Array.Empty<string>() })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await office.Anonymous.GetAsync(new Uri("/api/tasks", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await office.Anonymous.GetAsync(new Uri("/api/items", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await office.Admin.GetAsync(new Uri("/api/process-definitions", UriKind.Relative))).StatusCode);
        var stillOpen = await office.Reviewer.GetJson("/api/tasks");
        Assert.Contains(stillOpen.EnumerateArray(), t => t.GetProperty("id").GetGuid() == taskId);
    }

    [Fact]
    public async Task AnAdministrator_EntersNextYearsSchedule()
    {
        var office = await Office.SignInAsync(factory);

        var bad = await (await office.Admin.PutAsJsonAsync("/api/calendar/2027", new { holidays = new[] { "2027-02-30" }, makeUpWorkdays = Array.Empty<string>() })).Json(HttpStatusCode.BadRequest);
        var notWeekend = await (await office.Admin.PutAsJsonAsync("/api/calendar/2027", new { holidays = Array.Empty<string>(), makeUpWorkdays = new[] { "2027-02-10" } })).Json(HttpStatusCode.BadRequest);
        var saved = await (await office.Admin.PutAsJsonAsync("/api/calendar/2027", new { holidays = new[] { "2027-01-01", "2027-02-08" }, makeUpWorkdays = new[] { "2027-02-06" } })).Json(HttpStatusCode.OK);

        Assert.True(bad.GetProperty("errors").TryGetProperty("holidays", out _));
        Assert.True(notWeekend.GetProperty("errors").TryGetProperty("schedule", out _));
        Assert.True(saved.GetProperty("scheduled").GetBoolean());
        Assert.Contains(saved.GetProperty("makeUpWorkdays").EnumerateArray(), d => d.GetString() == "2027-02-06");
        var read = await office.Drafter.GetJson("/api/calendar/2028");
        Assert.False(read.GetProperty("scheduled").GetBoolean());
        Assert.Contains("2028 年节假日安排尚未录入", read.GetProperty("warning").GetString(), StringComparison.Ordinal);
    }

    internal static async Task<Guid> CreateAsync(HttpClient drafter, Disclosure.Workflows.Catalogue.ItemInput input) =>
        (await drafter.PostJson("/api/items", input, HttpStatusCode.Created)).GetProperty("id").GetGuid();

    /// <summary>Prints each rights-holder's letter (as staff would) and reads the link from it.</summary>
    internal static async Task<string[]> ConsentTokensAsync(HttpClient staff, Guid itemId)
    {
        var requests = await staff.GetJson($"/api/items/{itemId}/consent-requests");
        var tokens = new List<string>();
        foreach (var request in requests.EnumerateArray().OrderBy(r => r.GetProperty("holderName").GetString(), StringComparer.Ordinal))
        {
            var letter = await (await staff.GetAsync(new Uri($"/api/consent-requests/{request.GetProperty("id").GetGuid()}/letter", UriKind.Relative))).Content.ReadAsStringAsync();
            Assert.Contains("政府信息公开征求意见书", letter, StringComparison.Ordinal);
            tokens.Add(Link().Match(letter).Groups[1].Value);
        }

        return [.. tokens];
    }

    [GeneratedRegex(@"/consent/([A-Za-z0-9_\-]{20,})")]
    private static partial Regex Link();
}
