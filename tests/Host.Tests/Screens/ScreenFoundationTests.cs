using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Disclosure.Host.Security;
using Disclosure.Testing;
using Disclosure.Workflows.Definitions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Disclosure.Host.Tests.Screens;

/// <summary>What every page gets: its script policy, Chinese error pages for browsers, zh-CN culture.</summary>
public sealed partial class ScreenFoundationTests(DisclosureAppFactory factory) : IClassFixture<DisclosureAppFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/login")]
    [InlineData("/gongkai")]
    [InlineData("/consent/not-a-token")]
    [InlineData("/no-such-page")]
    public async Task PublicPages_ForbidScript_AndLinkNone(string path)
    {
        var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));

        Assert.Contains("script-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task StaffScreens_RunOnlyScriptFromThisSite()
    {
        var client = await CookieClientAsync("csp-drafter", Roles.Drafter);
        var response = await client.GetAsync(new Uri("/app", UriKind.Relative));
        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-inline'", csp.Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)), StringComparison.Ordinal);
        // Every script is a file: no inline script and no inline event handler.
        Assert.All(ScriptTags().Matches(html), tag => Assert.Contains("src=", tag.Value, StringComparison.Ordinal));
        Assert.DoesNotMatch(InlineHandler(), html);
    }

    [Fact]
    public async Task AnUnknownPage_IsAChinesePage_AndAnUnknownApiRoute_AProblemDocument()
    {
        var client = factory.CreateClient();

        var page = await client.GetAsync(new Uri("/no-such-page", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("页面不存在", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var api = await client.GetAsync(new Uri("/api/no-such-route", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AStranger_IsSentToSignIn_AndAUserWithoutTheRole_GetsTheChinese403Page()
    {
        var stranger = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var redirect = await stranger.GetAsync(new Uri("/app", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.StartsWith("/login", redirect.Headers.Location?.PathAndQuery, StringComparison.Ordinal);

        var drafter = await CookieClientAsync("forbidden-drafter", Roles.Drafter);
        var dashboard = await drafter.GetAsync(new Uri("/hangfire", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, dashboard.StatusCode);
        Assert.Contains("无权访问", await dashboard.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheHangfireDashboard_SpeaksChinese()
    {
        var admin = await CookieClientAsync("zh-admin", Roles.Administrator);
        var html = await (await admin.GetAsync(new Uri("/hangfire", UriKind.Relative))).Content.ReadAsStringAsync();

        Assert.Contains("仪表盘", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Dashboard<", html, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyStaffScreensAndOperatorTools_MayRunScript()
    {
        Assert.True(ContentSecurityPolicy.AllowsScript("/app/tasks/1"));
        Assert.True(ContentSecurityPolicy.AllowsScript("/_blazor"));
        Assert.False(ContentSecurityPolicy.AllowsScript("/gongkai/items/1"));
        Assert.False(ContentSecurityPolicy.AllowsScript("/consent/abc"));
        Assert.False(ContentSecurityPolicy.AllowsScript("/application"));
    }

    private async Task<HttpClient> CookieClientAsync(string userName, string role)
    {
        await factory.SignedInAsync(userName, role, "测试用户");
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        var login = await client.PostAsJsonAsync("/api/auth/login", new { userName, password = DisclosureAppFactory.Password, useCookies = true });
        login.EnsureSuccessStatusCode();
        return client;
    }

    [GeneratedRegex("<script[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTags();

    [GeneratedRegex("""\son[a-z]+\s*=""", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();
}
