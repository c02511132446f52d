using System.Security.Claims;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Engine;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Disclosure.Host.Accounts;

/// <summary>Adds the display name and department to the sign-in so every request knows them.</summary>
internal sealed class AppClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    public const string DisplayName = "display_name";
    public const string ResponsibleBody = "responsible_body";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayName, user.DisplayName));
        identity.AddClaim(new Claim(ResponsibleBody, user.ResponsibleBody));
        return identity;
    }
}

public static class CallerExtensions
{
    /// <summary>The signed-in user as the engine sees them: who, which roles they hold, and their department.</summary>
    public static Caller ToCaller(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Not signed in.");
        var name = user.FindFirstValue(AppClaimsFactory.DisplayName) is { Length: > 0 } display ? display : user.Identity?.Name ?? id;
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var department = user.FindFirstValue(AppClaimsFactory.ResponsibleBody) is { Length: > 0 } body ? body : null;
        return new Caller(new Actor(id, name), roles) { Department = department };
    }
}
