using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Engine;
using Microsoft.AspNetCore.Identity;

namespace Disclosure.Host.Accounts;

/// <summary>A colleague as the task list offers them: who, which roles they hold, and their department (公开主体).</summary>
public sealed record Colleague(string Id, string Name, IReadOnlyList<string> Roles, string? Department = null);

/// <summary>The office's staff as the engine needs them: a user as a <see cref="Caller"/>, colleagues by role.</summary>
public sealed class StaffDirectory(UserManager<AppUser> users, TimeProvider clock)
{
    /// <summary>The user with their roles, or null when there is none (or the account is locked).</summary>
    public async Task<Caller?> FindAsync(string? userId)
    {
        if (string.IsNullOrWhiteSpace(userId) || await users.FindByIdAsync(userId) is not { } user || await users.IsLockedOutAsync(user))
        {
            return null;
        }

        var roles = await users.GetRolesAsync(user);
        // As the sign-in reads them (CallerExtensions.ToCaller), so the engine judges an assignee as it would the person.
        return new Caller(new Actor(user.Id, user.DisplayName), roles.ToHashSet(StringComparer.Ordinal)) { Department = DepartmentOf(user) };
    }

    /// <summary>Everyone holding the role, by name: the people a leader may assign a task of that role to.</summary>
    public async Task<IReadOnlyList<Colleague>> WithRoleAsync(string role)
    {
        var holders = await users.GetUsersInRoleAsync(role);
        var now = clock.GetUtcNow();
        return [.. holders.Where(u => u.LockoutEnd is null || u.LockoutEnd <= now)
            .OrderBy(u => u.DisplayName, StringComparer.Ordinal)
            .Select(u => new Colleague(u.Id, u.DisplayName, [role], DepartmentOf(u)))];
    }

    private static string? DepartmentOf(AppUser user) => user.ResponsibleBody is { Length: > 0 } body ? body : null;
}
