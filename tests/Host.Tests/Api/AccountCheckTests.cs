using System.Net;
using System.Net.Http.Json;
using Disclosure.Workflows.Definitions;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Disclosure.Host.Tests.Api;

/// <summary>
/// Identity and roles come from the token; the account is checked once per interval, not per
/// request (ADR 0008), yet a change made through this node ends the old token at its next request,
/// and a change made elsewhere (another node) within <c>Accounts:CheckInterval</c>.
/// </summary>
public sealed class AccountCheckTests(DisclosureAppFactory factory) : IClassFixture<DisclosureAppFactory>
{
    [Fact]
    public async Task ABearerToken_IsRefusedAtItsNextRequest_AfterTheAccountsRolesChanged()
    {
        var admin = await factory.SignedInAsync("check-admin", Roles.Administrator, "管理员甲");
        var drafter = await factory.SignedInAsync("check-drafter", Roles.Drafter, "拟稿人乙");
        // Checked once, then remembered for the interval.
        Assert.Equal(HttpStatusCode.OK, (await drafter.GetAsync(new Uri("/api/tasks", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await drafter.GetAsync(new Uri("/api/tasks", UriKind.Relative))).StatusCode);
        var users = await admin.GetJson("/api/users");
        var id = users.EnumerateArray().Single(u => u.GetProperty("userName").GetString() == "check-drafter").GetProperty("id").GetString();

        var changed = await admin.PutAsJsonAsync($"/api/users/{id}/roles", new { roles = new[] { Roles.Reviewer } });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        // The token still names the drafter role; the renewed stamp ends it, and a new sign-in carries the new role.
        Assert.Equal(HttpStatusCode.Unauthorized, (await drafter.GetAsync(new Uri("/api/tasks", UriKind.Relative))).StatusCode);
        var again = await factory.SignedInAsync("check-drafter", Roles.Drafter, "拟稿人乙");
        var me = await again.GetJson("/api/auth/me");
        Assert.Equal([Roles.Reviewer], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task ARememberedBearerToken_StillExpires_AndAForgedOneIsNeverRemembered()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));
        using var own = new DisclosureAppFactory { Clock = clock };
        var bearer = await own.SignedInAsync("remembered-drafter", Roles.Drafter, "拟稿人丁");
        var protector = own.Services.GetRequiredService<IOptionsMonitor<BearerTokenOptions>>().Get(IdentityConstants.BearerScheme).BearerTokenProtector;
        Assert.IsType<Disclosure.Host.Accounts.RememberedTickets>(protector);

        // Read once, then the same ticket from memory.
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync(new Uri("/api/tasks", UriKind.Relative))).StatusCode);
        var token = bearer.DefaultRequestHeaders.Authorization!.Parameter!;
        Assert.Same(protector.Unprotect(token), protector.Unprotect(token));
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync(new Uri("/api/tasks", UriKind.Relative))).StatusCode);

        // A token changed by one character does not decrypt, is refused and stays unknown.
        var forged = own.CreateClient();
        var tampered = token[..^2] + (token[^2] == 'A' ? 'B' : 'A') + token[^1];
        forged.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", tampered);
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync(new Uri("/api/tasks", UriKind.Relative))).StatusCode);
        Assert.Null(protector.Unprotect(tampered));

        // Eight hours on, the remembered ticket has expired like any other.
        clock.Advance(TimeSpan.FromHours(8) + TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.Unauthorized, (await bearer.GetAsync(new Uri("/api/tasks", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task AnAccountDisabledOnAnotherNode_StopsWorkingHere_WithinTheCheckInterval()
    {
        // A Host of its own on a clock the test moves; the account is disabled in the database, as
        // another node would do it, so this node hears nothing of it and relies on its interval.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));
        using var own = new DisclosureAppFactory { Clock = clock };
        var bearer = await own.SignedInAsync("elsewhere-drafter", Roles.Drafter, "拟稿人丙");
        var cookie = own.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        (await cookie.PostAsJsonAsync("/api/auth/login", new { userName = "elsewhere-drafter", password = DisclosureAppFactory.Password, useCookies = true })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync(new Uri("/api/tasks", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await cookie.GetAsync(new Uri("/api/tasks", UriKind.Relative))).StatusCode);

        await using (var connection = new NpgsqlConnection(own.ConnectionString))
        {
            await connection.OpenAsync();
            await using var disable = new NpgsqlCommand(
                "UPDATE accounts.\"AspNetUsers\" SET \"DisabledAt\" = now(), \"DisabledBy\" = 'other node' WHERE \"UserName\" = 'elsewhere-drafter'", connection);
            Assert.Equal(1, await disable.ExecuteNonQueryAsync());
        }

        // Within the interval the node trusts its last check (the documented trade-off) ...
        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync(new Uri("/api/tasks", UriKind.Relative))).StatusCode);

        // ... and once it has passed, the token and the cookie end.
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(HttpStatusCode.Unauthorized, (await bearer.GetAsync(new Uri("/api/tasks", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await cookie.GetAsync(new Uri("/api/tasks", UriKind.Relative))).StatusCode);
    }
}
