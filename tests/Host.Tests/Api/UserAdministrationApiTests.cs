using System.Net;
using System.Net.Http.Json;
using Disclosure.Host.Accounts;
using Disclosure.Workflows.Definitions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Disclosure.Host.Tests.Api;

/// <summary>Disabling, enabling, new passwords and departments through /api/users, and what they do to sessions.</summary>
public sealed class UserAdministrationApiTests(DisclosureAppFactory factory) : IClassFixture<DisclosureAppFactory>
{
    private const string FirstPassword = "First@Pass2026";

    [Fact]
    public async Task ADisabledUser_CannotSignIn_AndTheirTokenAndCookieStopAtTheNextRequest()
    {
        var admin = await factory.SignedInAsync("zhaoli", Roles.Administrator, "赵丽");
        var id = await CreateAsync(admin, "disable-me", Roles.Drafter);
        var token = await BearerAsync("disable-me", FirstPassword);
        var cookie = await CookieAsync("disable-me", FirstPassword);
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync(new Uri("/api/tasks", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await cookie.GetAsync(new Uri("/api/tasks", UriKind.Relative))).StatusCode);

        var disabled = await admin.PostJson($"/api/users/{id}/disable", new { });

        Assert.True(disabled.GetProperty("disabled").GetBoolean());
        Assert.Equal("赵丽", disabled.GetProperty("disabledBy").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync(new Uri("/api/tasks", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await cookie.GetAsync(new Uri("/api/tasks", UriKind.Relative))).StatusCode);
        var refused = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = "disable-me", password = FirstPassword });
        var problem = await refused.Json(HttpStatusCode.Unauthorized);
        Assert.Equal("account.sign-in-not-allowed", problem.GetProperty("code").GetString());

        var enabled = await admin.PostJson($"/api/users/{id}/enable", new { });
        Assert.False(enabled.GetProperty("disabled").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await (await BearerAsync("disable-me", FirstPassword)).GetAsync(new Uri("/api/tasks", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task AnAdministrator_SetsANewPassword_UnderThePasswordRules_InChinese()
    {
        var admin = await factory.SignedInAsync("zhaoli", Roles.Administrator, "赵丽");
        var id = await CreateAsync(admin, "forgetful", Roles.Reviewer);
        var old = await BearerAsync("forgetful", FirstPassword);

        var weak = await admin.PostJson($"/api/users/{id}/password", new { password = "short" }, HttpStatusCode.BadRequest);
        var messages = string.Join(" ", weak.GetProperty("errors").GetProperty("password").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("密码至少需要 10 个字符", messages, StringComparison.Ordinal);
        Assert.DoesNotContain("Passwords must", messages, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await old.GetAsync(new Uri("/api/tasks", UriKind.Relative))).StatusCode);

        await admin.PostJson($"/api/users/{id}/password", new { password = "Second@Pass2026" });

        Assert.Equal(HttpStatusCode.Unauthorized, (await old.GetAsync(new Uri("/api/tasks", UriKind.Relative))).StatusCode);
        var login = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = "forgetful", password = FirstPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await BearerAsync("forgetful", "Second@Pass2026")).GetAsync(new Uri("/api/tasks", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task AnAdministrator_ChangesTheDepartment_AndTheRoles_AndTheOldTokenEnds()
    {
        var admin = await factory.SignedInAsync("zhaoli", Roles.Administrator, "赵丽");
        var id = await CreateAsync(admin, "mover", Roles.Drafter);
        var old = await BearerAsync("mover", FirstPassword);

        var tooLong = await (await admin.PutAsJsonAsync($"/api/users/{id}", new { displayName = new string('长', 101), responsibleBody = "财政所" })).Json(HttpStatusCode.BadRequest);
        Assert.True(tooLong.GetProperty("errors").TryGetProperty("displayName", out _));
        var moved = await (await admin.PutAsJsonAsync($"/api/users/{id}", new { displayName = "调动者", responsibleBody = "财政所" })).Json(HttpStatusCode.OK);
        var roles = await (await admin.PutAsJsonAsync($"/api/users/{id}/roles", new { roles = new[] { Roles.Reviewer } })).Json(HttpStatusCode.OK);

        Assert.Equal("财政所", moved.GetProperty("responsibleBody").GetString());
        Assert.Equal([Roles.Reviewer], roles.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(HttpStatusCode.Unauthorized, (await old.GetAsync(new Uri("/api/tasks", UriKind.Relative))).StatusCode);
        var me = await (await BearerAsync("mover", FirstPassword)).GetJson("/api/auth/me");
        Assert.Equal("财政所", me.GetProperty("responsibleBody").GetString());
        Assert.Equal([Roles.Reviewer], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task AnAdministrator_CannotDisableThemself_NorDropTheirOwnAdministratorRole()
    {
        var admin = await factory.SignedInAsync("self-admin", Roles.Administrator, "自管员");
        var me = await admin.GetJson("/api/auth/me");
        var id = me.GetProperty("id").GetString();

        var disable = await admin.PostJson($"/api/users/{id}/disable", new { }, HttpStatusCode.Conflict);
        var drop = await (await admin.PutAsJsonAsync($"/api/users/{id}/roles", new { roles = new[] { Roles.Drafter } })).Json(HttpStatusCode.BadRequest);

        Assert.Equal("account.cannot-disable-self", disable.GetProperty("code").GetString());
        Assert.True(drop.GetProperty("errors").TryGetProperty("roles", out _));
        Assert.Contains(Roles.Administrator, (await admin.GetJson($"/api/users/{id}")).GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task TwoAdministrators_DisablingEachOtherAtOnce_LeaveOneOfThemEnabled()
    {
        // A Host of its own: this test decides who the administrators are.
        using var own = new DisclosureAppFactory();
        var first = await own.SignedInAsync("admin-one", Roles.Administrator, "甲管理员");
        var second = await own.SignedInAsync("admin-two", Roles.Administrator, "乙管理员");
        var firstId = (await first.GetJson("/api/auth/me")).GetProperty("id").GetString()!;
        var secondId = (await second.GetJson("/api/auth/me")).GetProperty("id").GetString()!;
        foreach (var other in (await first.GetJson("/api/users")).EnumerateArray()
            .Where(u => u.GetProperty("roles").EnumerateArray().Any(r => r.GetString() == Roles.Administrator) && !u.GetProperty("disabled").GetBoolean())
            .Select(u => u.GetProperty("id").GetString()!).Where(id => id != firstId && id != secondId))
        {
            await first.PostJson($"/api/users/{other}/disable", new { });
        }

        for (var round = 0; round < 4; round++)
        {
            var answers = await Task.WhenAll(
                first.PostAsync(new Uri($"/api/users/{secondId}/disable", UriKind.Relative), null),
                second.PostAsync(new Uri($"/api/users/{firstId}/disable", UriKind.Relative), null));

            // One wins; the other is refused (the last administrator) or was already signed out by the winner.
            Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
            Assert.Single(answers, a => a.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized);
            Assert.Equal(1, await EnabledAsync(own, firstId, secondId));

            // The winner enables the loser again, and (re-signed in) both try once more.
            var winner = answers[0].StatusCode == HttpStatusCode.OK ? first : second;
            await winner.PostJson($"/api/users/{(winner == first ? secondId : firstId)}/enable", new { });
            first = await own.SignedInAsync("admin-one", Roles.Administrator, "甲管理员");
            second = await own.SignedInAsync("admin-two", Roles.Administrator, "乙管理员");
        }
    }

    [Fact]
    public async Task UnknownUsers_AreNotFound_AndOnlyAdministratorsManageUsers()
    {
        var admin = await factory.SignedInAsync("zhaoli", Roles.Administrator, "赵丽");
        var drafter = await factory.SignedInAsync("wangmin", Roles.Drafter, "王敏");

        await admin.PostJson("/api/users/no-such-user/disable", new { }, HttpStatusCode.NotFound);
        await drafter.PostJson("/api/users/no-such-user/enable", new { }, HttpStatusCode.Forbidden);
        await admin.PostJson("/api/users/no-such-user/password", new { password = (string?)null }, HttpStatusCode.BadRequest);
    }

    private static async Task<int> EnabledAsync(DisclosureAppFactory host, params string[] ids)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var enabled = 0;
        foreach (var id in ids)
        {
            enabled += await users.FindByIdAsync(id) is { IsDisabled: false } ? 1 : 0;
        }

        return enabled;
    }

    private static async Task<string> CreateAsync(HttpClient admin, string userName, string role)
    {
        var created = await admin.PostJson("/api/users", new { userName, displayName = userName, responsibleBody = "党政办公室", password = FirstPassword, roles = new[] { role } }, HttpStatusCode.Created);
        return created.GetProperty("id").GetString()!;
    }

    private async Task<HttpClient> BearerAsync(string userName, string password)
    {
        var client = factory.CreateClient();
        var login = await client.PostAsJsonAsync("/api/auth/login", new { userName, password });
        var token = await login.Json(HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }

    private async Task<HttpClient> CookieAsync(string userName, string password)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        (await client.PostAsJsonAsync("/api/auth/login", new { userName, password, useCookies = true })).EnsureSuccessStatusCode();
        return client;
    }
}
