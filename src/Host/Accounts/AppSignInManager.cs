using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Disclosure.Host.Accounts;

/// <summary>
/// Identity's sign-in with one rule more: a disabled account may not sign in, and a cookie or
/// bearer token issued before it was disabled stops working at its next request (the security
/// stamp is checked on every request, and a disabled account never passes the check).
/// </summary>
internal sealed class AppSignInManager(
    UserManager<AppUser> users,
    IHttpContextAccessor context,
    IUserClaimsPrincipalFactory<AppUser> claims,
    IOptions<IdentityOptions> options,
    ILogger<SignInManager<AppUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation)
    : SignInManager<AppUser>(users, context, claims, options, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return !user.IsDisabled && await base.CanSignInAsync(user);
    }

    public override async Task<AppUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal) =>
        await base.ValidateSecurityStampAsync(principal) is { IsDisabled: false } user ? user : null;
}

/// <summary>Checks bearer tokens against the account on every request, as the cookie's validator does for cookies.</summary>
internal static class BearerStampCheck
{
    public static IApplicationBuilder UseBearerStampCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.Identity?.IsAuthenticated == true
            && context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && await context.RequestServices.GetRequiredService<SignInManager<AppUser>>().ValidateSecurityStampAsync(context.User) is null)
        {
            // Anonymous from here on: authorization answers 401 as for any invalid token.
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
        }

        await next(context);
    });
}
