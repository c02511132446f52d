using System.Collections.Concurrent;
using System.Data.Common;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace Disclosure.Host.Accounts;

/// <summary>
/// Whether a signed-in principal's account still stands: its security stamp unchanged (and
/// whatever else <see cref="SignInManager{TUser}.ValidateSecurityStampAsync(ClaimsPrincipal)"/>
/// requires). Identity and roles come from the cookie or bearer token, so a request reads no
/// account from the database; this check does, once per user and stamp per
/// <c>Accounts:CheckInterval</c> (30 s) on each node. A change saved on this node (new stamp,
/// disabled account) is seen at the next request here, and within the interval on other nodes
/// (ADR 0008 weighs the interval).
/// </summary>
internal sealed class AccountCheck(IOptions<IdentityOptions> identity, TimeProvider clock, IConfiguration configuration)
{
    private const int MaxEntries = 10_000;
    private readonly ConcurrentDictionary<(string UserId, string Stamp), (bool Valid, DateTimeOffset CheckedAt)> _checked = new();

    public TimeSpan Interval { get; } = configuration.GetValue("Accounts:CheckInterval", TimeSpan.FromSeconds(30));

    public async ValueTask<bool> IsCurrentAsync(ClaimsPrincipal principal, IServiceProvider requestServices)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(requestServices);
        var userId = principal.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType) ?? string.Empty;
        var key = (userId, principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType) ?? string.Empty);
        var now = clock.GetUtcNow();
        if (_checked.TryGetValue(key, out var seen) && now - seen.CheckedAt < Interval)
        {
            return seen.Valid;
        }

        var valid = await requestServices.GetRequiredService<SignInManager<AppUser>>().ValidateSecurityStampAsync(principal) is not null;
        if (_checked.Count >= MaxEntries)
        {
            _checked.Clear();
        }

        _checked[key] = (valid, now);
        return valid;
    }

    /// <summary>Forgets what was checked for the users, so their next request is checked again.</summary>
    public void Forget(IEnumerable<string> userIds)
    {
        var ids = userIds.ToHashSet(StringComparer.Ordinal);
        foreach (var key in _checked.Keys.Where(k => ids.Contains(k.UserId)))
        {
            _checked.TryRemove(key, out _);
        }
    }
}

/// <summary>Tells the <see cref="AccountCheck"/> which accounts were just changed through this node.</summary>
internal sealed class AccountChanges(AccountCheck check) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <summary>
    /// Once more at the commit of a change made in a transaction (the administration's changes):
    /// a request checked between the save and the commit read the row as it was before. Every
    /// account the context tracks is forgotten; a needless check costs one read.
    /// </summary>
    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        var users = eventData.Context?.ChangeTracker.Entries<AppUser>().Select(e => e.Entity.Id).ToList();
        if (users is { Count: > 0 })
        {
            check.Forget(users);
        }

        return Task.CompletedTask;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        // Again after the save: a request checked between the two saw the old row.
        Forget(eventData.Context);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    private void Forget(DbContext? context)
    {
        var users = context?.ChangeTracker.Entries<AppUser>().Where(e => e.State is EntityState.Modified or EntityState.Deleted).Select(e => e.Entity.Id).ToList();
        if (users is { Count: > 0 })
        {
            check.Forget(users);
        }
    }
}

internal static class AccountCheckMiddleware
{
    /// <summary>A principal whose account no longer stands is anonymous from here on: the API answers 401, pages ask to sign in.</summary>
    public static IApplicationBuilder UseAccountCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.Identity?.IsAuthenticated == true
            && !await context.RequestServices.GetRequiredService<AccountCheck>().IsCurrentAsync(context.User, context.RequestServices))
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
        }

        await next(context);
    });
}
