using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Host.Accounts;

public sealed record UserInput(string? UserName, string? DisplayName, string? ResponsibleBody, string? Password, IReadOnlyList<string>? Roles);

public sealed record RolesInput(IReadOnlyList<string>? Roles);

public sealed record ProfileInput(string? DisplayName, string? ResponsibleBody);

public sealed record PasswordInput(string? Password);

/// <summary>An account as administrators see it; <c>LockedOutUntil</c> is the end of a running lockout after wrong passwords.</summary>
public sealed record UserView(
    string Id, string UserName, string DisplayName, string ResponsibleBody, IReadOnlyList<string> Roles, bool LockedOut,
    bool Disabled, DateTimeOffset? DisabledAt, string? DisabledBy, DateTimeOffset? LockedOutUntil);

/// <summary>
/// What administrators do to staff accounts, for the API and the users screen alike: create, change
/// roles and department, disable and enable, set a new password. Each change that must end the
/// user's sessions (disable, new password, other roles) renews the security stamp, which every
/// request checks. An administrator cannot disable themself, nor leave the office without an
/// enabled administrator.
/// </summary>
public sealed class UserAdministration(UserManager<AppUser> users, TimeProvider clock, ILogger<UserAdministration> logger)
{
    public async Task<IReadOnlyList<UserView>> ListAsync(CancellationToken cancellationToken = default)
    {
        var all = await users.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        var views = new List<UserView>(all.Count);
        foreach (var user in all)
        {
            views.Add(await ViewAsync(user));
        }

        return views;
    }

    public async Task<UserView> GetAsync(string id) => await ViewAsync(await FindAsync(id));

    public async Task<UserView> CreateAsync(UserInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new FieldErrors();
        Required(errors, "userName", input.UserName, Messages.UserFieldUserName.Text, 256);
        Required(errors, "displayName", input.DisplayName, Messages.UserFieldDisplayName.Text, AppUser.MaxDisplayName);
        Optional(errors, "responsibleBody", input.ResponsibleBody, Messages.UserFieldResponsibleBody.Text, AppUser.MaxResponsibleBody);
        if (string.IsNullOrEmpty(input.Password))
        {
            errors.Add("password", Messages.Required(Messages.UserFieldPassword.Text));
        }

        CheckRoles(input.Roles, errors);
        errors.ThrowIfAny();

        var user = new AppUser { UserName = input.UserName!.Trim(), DisplayName = input.DisplayName!.Trim(), ResponsibleBody = input.ResponsibleBody?.Trim() ?? string.Empty };
        Succeed(await users.CreateAsync(user, input.Password!));
        Succeed(await users.AddToRolesAsync(user, input.Roles!.Distinct(StringComparer.Ordinal)));
        logger.LogInformation("User {UserName} created with roles {Roles}", user.UserName, string.Join(",", input.Roles!));
        return await ViewAsync(user);
    }

    public async Task<UserView> SetRolesAsync(string id, RolesInput input, string actingUserId)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new FieldErrors();
        CheckRoles(input.Roles, errors);
        errors.ThrowIfAny();

        var user = await FindAsync(id);
        var current = await users.GetRolesAsync(user);
        var wanted = input.Roles!.Distinct(StringComparer.Ordinal).ToList();
        if (current.Contains(Roles.Administrator) && !wanted.Contains(Roles.Administrator))
        {
            await KeepAnAdministratorAsync(user, actingUserId, "roles");
        }

        Succeed(await users.RemoveFromRolesAsync(user, current.Except(wanted)));
        Succeed(await users.AddToRolesAsync(user, wanted.Except(current)));
        // A bearer token carries the roles it was issued with: renewing the stamp ends it.
        Succeed(await users.UpdateSecurityStampAsync(user));
        return await ViewAsync(user);
    }

    /// <summary>Name, department and roles together, all checked before anything is written.</summary>
    public async Task<UserView> UpdateAsync(string id, ProfileInput profile, RolesInput roles, string actingUserId)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(roles);
        var errors = new FieldErrors();
        Required(errors, "displayName", profile.DisplayName, Messages.UserFieldDisplayName.Text, AppUser.MaxDisplayName);
        Optional(errors, "responsibleBody", profile.ResponsibleBody, Messages.UserFieldResponsibleBody.Text, AppUser.MaxResponsibleBody);
        CheckRoles(roles.Roles, errors);
        errors.ThrowIfAny();

        var user = await FindAsync(id);
        var current = await users.GetRolesAsync(user);
        if (current.Contains(Roles.Administrator) && !roles.Roles!.Contains(Roles.Administrator))
        {
            await KeepAnAdministratorAsync(user, actingUserId, "roles");
        }

        await UpdateProfileAsync(id, profile);
        return current.ToHashSet(StringComparer.Ordinal).SetEquals(roles.Roles!) ? await GetAsync(id) : await SetRolesAsync(id, roles, actingUserId);
    }

    public async Task<UserView> UpdateProfileAsync(string id, ProfileInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new FieldErrors();
        Required(errors, "displayName", input.DisplayName, Messages.UserFieldDisplayName.Text, AppUser.MaxDisplayName);
        Optional(errors, "responsibleBody", input.ResponsibleBody, Messages.UserFieldResponsibleBody.Text, AppUser.MaxResponsibleBody);
        errors.ThrowIfAny();

        var user = await FindAsync(id);
        user.DisplayName = input.DisplayName!.Trim();
        user.ResponsibleBody = input.ResponsibleBody?.Trim() ?? string.Empty;
        Succeed(await users.UpdateAsync(user));
        return await ViewAsync(user);
    }

    public async Task<UserView> DisableAsync(string id, string actingUserId, string actingName)
    {
        var user = await FindAsync(id);
        if (user.Id == actingUserId)
        {
            throw new ConflictException(Messages.UserCannotDisableSelf);
        }

        if (!user.IsDisabled)
        {
            if (await users.IsInRoleAsync(user, Roles.Administrator))
            {
                await KeepAnAdministratorAsync(user, actingUserId, "disable");
            }

            user.DisabledAt = clock.GetUtcNow();
            user.DisabledBy = actingName;
            Succeed(await users.UpdateAsync(user));
            Succeed(await users.UpdateSecurityStampAsync(user));
            logger.LogInformation("User {UserName} disabled by {Administrator}", user.UserName, actingName);
        }

        return await ViewAsync(user);
    }

    public async Task<UserView> EnableAsync(string id)
    {
        var user = await FindAsync(id);
        if (user.IsDisabled)
        {
            user.DisabledAt = null;
            user.DisabledBy = null;
            Succeed(await users.UpdateAsync(user));
            logger.LogInformation("User {UserName} enabled", user.UserName);
        }

        return await ViewAsync(user);
    }

    /// <summary>Sets a new password under the password rules; ends the user's sessions and any lockout.</summary>
    public async Task<UserView> ResetPasswordAsync(string id, PasswordInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrEmpty(input.Password))
        {
            throw new ValidationFailedException("password", Messages.Required(Messages.UserFieldPassword.Text));
        }

        var user = await FindAsync(id);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        Succeed(await users.ResetPasswordAsync(user, token, input.Password));
        Succeed(await users.SetLockoutEndDateAsync(user, null));
        Succeed(await users.ResetAccessFailedCountAsync(user));
        logger.LogInformation("Password of {UserName} reset by an administrator", user.UserName);
        return await ViewAsync(user);
    }

    private async Task<AppUser> FindAsync(string id) =>
        await users.FindByIdAsync(id) ?? throw new NotFoundException(Messages.UserNotFound(id));

    /// <summary>Refuses a change that would leave no enabled administrator (nobody could then manage users).</summary>
    private async Task KeepAnAdministratorAsync(AppUser user, string actingUserId, string field)
    {
        var others = (await users.GetUsersInRoleAsync(Roles.Administrator)).Where(u => u.Id != user.Id && !u.IsDisabled);
        if (!others.Any())
        {
            throw new ValidationFailedException(field, Messages.UserLastAdministrator);
        }

        if (user.Id == actingUserId && field == "roles")
        {
            throw new ValidationFailedException(field, Messages.UserCannotDropOwnAdministrator);
        }
    }

    private static void CheckRoles(IReadOnlyList<string>? roles, FieldErrors errors)
    {
        if (roles is not { Count: > 0 } || roles.Any(r => !Roles.Exists(r)))
        {
            errors.Add("roles", Messages.RolesInvalid(Roles.All.Select(r => $"{Roles.Label(r)}（{r}）")));
        }
    }

    private static void Required(FieldErrors errors, string field, string? value, string label, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, Messages.Required(label));
        }
        else
        {
            Optional(errors, field, value, label, max);
        }
    }

    private static void Optional(FieldErrors errors, string field, string? value, string label, int max)
    {
        if (value is not null && value.Trim().Length > max)
        {
            errors.Add(field, Messages.TooLong(label, value.Trim().Length, max));
        }
    }

    /// <summary>Identity's refusal as a validation problem: password rules on the password, the rest on the user name.</summary>
    private static void Succeed(IdentityResult result)
    {
        if (result.Succeeded)
        {
            return;
        }

        var errors = new FieldErrors();
        foreach (var error in result.Errors)
        {
            errors.Add(error.Code.StartsWith("account.password", StringComparison.Ordinal) ? "password" : "userName", ChineseIdentityErrors.ToMessage(error));
        }

        throw errors.ToException();
    }

    private async Task<UserView> ViewAsync(AppUser user)
    {
        var lockout = await users.GetLockoutEndDateAsync(user);
        var locked = lockout is { } end && end > clock.GetUtcNow() ? lockout : null;
        return new(user.Id, user.UserName ?? string.Empty, user.DisplayName, user.ResponsibleBody, [.. (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal)],
            locked is not null, user.IsDisabled, user.DisabledAt, user.DisabledBy, locked);
    }
}
