using System.Net;
using System.Net.Http.Json;
using Disclosure.Testing;
using Disclosure.Workflows.Definitions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Disclosure.Host.Tests.Api;

public sealed class SignInAndPublicTests(DisclosureAppFactory factory) : IClassFixture<DisclosureAppFactory>
{
    [Fact]
    public async Task CookieSignIn_WorksForTheBrowser_AndSignOutEndsIt()
    {
        await factory.SignedInAsync("chenjing", Roles.Leader, "陈静");
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });

        var login = await browser.PostAsJsonAsync("/api/auth/login", new { userName = "chenjing", password = DisclosureAppFactory.Password, useCookies = true });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("disclosure.auth=", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
        var me = await browser.GetJson("/api/auth/me");
        Assert.Equal(("陈静", "leader"), (me.GetProperty("displayName").GetString(), me.GetProperty("roles")[0].GetString()));

        Assert.Equal(HttpStatusCode.NoContent, (await browser.PostAsync(new Uri("/api/auth/logout", UriKind.Relative), null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync(new Uri("/api/auth/me", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_EvenAgainstTheRightOne()
    {
        await factory.SignedInAsync("liuyang", Roles.Drafter, "刘洋");
        var client = factory.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            var wrong = await client.PostJson("/api/auth/login", new { userName = "liuyang", password = "Wrong@Pass1" }, HttpStatusCode.Unauthorized);
            Assert.False(string.IsNullOrEmpty(wrong.GetProperty("detail").GetString()));
        }

        var locked = await client.PostJson("/api/auth/login", new { userName = "liuyang", password = DisclosureAppFactory.Password }, HttpStatusCode.Unauthorized);
        Assert.Contains("锁定", locked.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var missing = await client.PostJson("/api/auth/login", new { userName = "" }, HttpStatusCode.BadRequest);
        Assert.True(missing.GetProperty("errors").TryGetProperty("password", out _));
    }

    [Fact]
    public async Task ThePublicColumn_ShowsExactlyThePublishedVersions_AndNoScriptReachesAReader()
    {
        var office = await Office.SignInAsync(factory);
        var input = SampleItems.DivisionOfDuties("公开栏测试事项") with { Body = "<p>第一版</p><script>alert('x')</script><img src=x onerror=alert(1)>" };
        var itemId = await ApprovalPathApiTests.CreateAsync(office.Drafter, input);
        var draftVersion = (await office.Drafter.GetJson($"/api/items/{itemId}")).GetProperty("versions")[0].GetProperty("id").GetGuid();
        await office.Anonymous.GetJson($"/api/public/items/{draftVersion}", HttpStatusCode.NotFound);
        await PublishAsync(office, itemId);

        var update = await office.Drafter.PutAsJsonAsync($"/api/items/{itemId}", input with { Body = "<p>第二版</p>", FormedOn = "2026-11-20" });
        await update.Json(HttpStatusCode.OK);
        var pending = (await office.Drafter.GetJson($"/api/items/{itemId}")).GetProperty("versions")[0].GetProperty("id").GetGuid();
        await office.Anonymous.GetJson($"/api/public/items/{pending}", HttpStatusCode.NotFound);
        var first = await office.Anonymous.GetJson($"/api/public/items/{draftVersion}");
        Assert.Equal("<p>第一版</p>", first.GetProperty("body").GetString());

        await PublishAsync(office, itemId);

        await office.Anonymous.GetJson($"/api/public/items/{draftVersion}", HttpStatusCode.NotFound);
        var second = await office.Anonymous.GetJson($"/api/public/items/{pending}");
        Assert.Equal("<p>第二版</p>", second.GetProperty("body").GetString());
        var search = await office.Anonymous.GetJson("/api/public/items?q=公开栏测试&timing=LongTerm");
        Assert.Equal(pending, Assert.Single(search.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        var badFilter = await office.Anonymous.GetJson("/api/public/items?timing=Weekly&pageSize=1000", HttpStatusCode.BadRequest);
        Assert.True(badFilter.GetProperty("errors").TryGetProperty("timing", out _));
        Assert.True(badFilter.GetProperty("errors").TryGetProperty("pageSize", out _));
    }

    [Fact]
    public async Task TheOpenApiDocument_ListsTheStableRoutes()
    {
        var document = await factory.CreateClient().GetJson("/openapi/v1.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();

        Assert.Superset(new HashSet<string>
        {
            "/api/auth/login", "/api/auth/logout", "/api/items", "/api/items/{id}", "/api/items/{id}/submit", "/api/items/{id}/history",
            "/api/tasks", "/api/tasks/{id}/claim", "/api/tasks/{id}/complete", "/api/process-definitions", "/api/process-definitions/{key}/versions",
            "/api/process-definitions/{key}/versions/{n}", "/api/process-definitions/{key}/versions/{n}/validate",
            "/api/process-definitions/{key}/versions/{n}/publish", "/api/process-definitions/{key}/versions/{n}/diagram",
            "/api/process-definitions/{key}/migrations", "/api/alerts", "/api/notifications", "/api/calendar/{year}",
            "/api/consent/{token}", "/api/public/items", "/api/public/items/{id}", "/api/public/feed.atom",
        }, paths);
        var page = await factory.CreateClient().GetAsync(new Uri("/api-docs/index.html", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    private static async Task PublishAsync(Office office, Guid itemId)
    {
        await office.Drafter.PostJson($"/api/items/{itemId}/submit", new { });
        await office.Reviewer.CompleteTask(itemId, new { outcome = "approve" });
        await office.Leader.CompleteTask(itemId, new { outcome = "approve" });
    }
}

/// <summary>A rights-holder who never answers: the deadline passes on the Host's own clock.</summary>
public sealed class ConsentDeadlineApiTests : IDisposable
{
    private readonly DisclosureAppFactory _factory = new() { Clock = new FakeTimeProvider(DateTimeOffset.UtcNow) };

    [Fact]
    public async Task SilenceUntilTheDeadline_CountsAsRefusal_AndTheLinkStopsWorking()
    {
        var office = await Office.SignInAsync(_factory);
        var itemId = await ApprovalPathApiTests.CreateAsync(office.Drafter, SampleItems.TenderResults());
        await office.Drafter.PostJson($"/api/items/{itemId}/submit", new { });
        await office.Reviewer.CompleteTask(itemId, new { outcome = "approve" });
        var tokens = await ApprovalPathApiTests.ConsentTokensAsync(office.Drafter, itemId);
        await office.Anonymous.PostJson($"/api/consent/{tokens[0]}", new { decision = "agree" });

        _factory.Clock!.Advance(TimeSpan.FromDays(40));
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
                .GetRequiredService<Disclosure.Jobs.Engine.DeadlineSweepJob>(scope.ServiceProvider).RunAsync(CancellationToken.None);
        }

        // Forty days on, the staff's bearer tokens have expired too: sign in again.
        office = await Office.SignInAsync(_factory);
        await office.Anonymous.GetJson($"/api/consent/{tokens[1]}", HttpStatusCode.NotFound);
        var requests = await office.Drafter.GetJson($"/api/items/{itemId}/consent-requests");
        Assert.Contains(requests.EnumerateArray(), r => r.GetProperty("status").GetString() == "NoReply");
        var leaderTasks = await office.Leader.GetJson("/api/tasks");
        Assert.Contains(leaderTasks.EnumerateArray(), t => t.GetProperty("itemId").GetGuid() == itemId && t.GetProperty("nodeId").GetString() == "public-interest");
    }

    public void Dispose() => _factory.Dispose();
}

public sealed class DashboardAccessTests(DisclosureAppFactory factory) : IClassFixture<DisclosureAppFactory>
{
    [Fact]
    public async Task TheHangfireDashboard_IsForSignedInAdministratorsOnly()
    {
        await factory.SignedInAsync("admin-dash", Roles.Administrator, "管理员甲");
        await factory.SignedInAsync("drafter-dash", Roles.Drafter, "拟稿人乙");

        var anonymous = await factory.CreateClient().GetAsync(new Uri("/hangfire", UriKind.Relative));
        var drafter = await CookieClientAsync("drafter-dash");
        var admin = await CookieClientAsync("admin-dash");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await drafter.GetAsync(new Uri("/hangfire", UriKind.Relative))).StatusCode);
        var page = await admin.GetAsync(new Uri("/hangfire", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("后台任务", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<HttpClient> CookieClientAsync(string userName)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        var login = await client.PostAsJsonAsync("/api/auth/login", new { userName, password = DisclosureAppFactory.Password, useCookies = true });
        login.EnsureSuccessStatusCode();
        return client;
    }
}
