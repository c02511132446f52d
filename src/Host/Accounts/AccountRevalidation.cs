using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace Disclosure.Host.Accounts;

/// <summary>
/// An open staff screen checks its account as every request does. An interactive screen lives in a
/// circuit that was signed in once, when the tab opened; without this a colleague disabled (or given
/// a new password, or other roles) would keep working in the tab they had open. Every
/// <c>Accounts:ScreenRecheck</c> (one minute) the circuit's user goes through the same
/// <see cref="AccountCheck"/> as a request (security stamp and disabled flag, a change made on this
/// node seen at once); when that fails the circuit's user becomes anonymous, the screen's
/// <c>SessionGuard</c> reloads the page, and the sign-in page answers.
/// </summary>
internal sealed class AccountRevalidation(ILoggerFactory loggers, IServiceScopeFactory scopes, AccountCheck check, IConfiguration configuration)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval { get; } = configuration.GetValue("Accounts:ScreenRecheck", TimeSpan.FromMinutes(1));

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(authenticationState);
        await using var scope = scopes.CreateAsyncScope();
        return await check.IsCurrentAsync(authenticationState.User, scope.ServiceProvider);
    }
}
