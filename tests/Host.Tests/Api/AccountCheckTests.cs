using System.Net;
using System.Net.Http.Json;
using Disclosure.Workflows.Definitions;

namespace Disclosure.Host.Tests.Api;

/// <summary>
/// Identity and roles come from the token; the account is checked once per interval, not per
/// request (ADR 0008), yet a change made through this node ends the old token at its next request.
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
}
