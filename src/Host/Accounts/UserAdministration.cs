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
/// <remarks>
/// Every change is one transaction: a refused role leaves no user behind, and a profile saved with
/// roles is saved with them or not at all. Changes run one at a time (a transaction-scoped advisory
/// lock) and lock the user's row, so parallel role changes queue and the last writer wins, and two
/// administrators cannot each disable the other and leave the office without one.
/// </remarks>
public sealed class UserAdministration(UserManager<AppUser> users, AccountsDbContext db, TimeProvider clock, ILogger<UserAdministration> logger)
{
    // Any fixed number: it names the lock "administrators' account changes" for pg_advisory_xact_lock.
    private const long AccountChangesLock = 0x5573_6572_4164_6d6e;

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

    public async Task<UserView> GetAsync(string id) =>
        await ViewAsync(await users.FindByIdAsync(id) ?? throw new NotFoundException(Messages.UserNotFound(id)));

    public async Task<UserView> CreateAsync(UserInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new FieldErrors();
        Required(errors, "userName", input.UserName, Messages.UserFieldUserName.Text, AppUser.MaxUserName);
        Required(errors, "displayName", input.DisplayName, Messages.UserFieldDisplayName.Text, AppUser.MaxDisplayName);
        Optional(errors, "responsibleBody", input.ResponsibleBody, Messages.UserFieldResponsibleBody.Text, AppUser.MaxResponsibleBody);
        if (string.IsNullOrEmpty(input.Password))
        {
            errors.Add("password", Messages.Required(Messages.UserFieldPassword.Text));
        }

        CheckRoles(input.Roles, errors);
        errors.ThrowIfAny();

        return await AtomicallyAsync(async () =>
        {
            var user = new AppUser { UserName = input.UserName!.Trim(), DisplayName = input.DisplayName!.Trim(), ResponsibleBody = input.ResponsibleBody?.Trim() ?? string.Empty };
            Succeed(await users.CreateAsync(user, input.Password!));
            Succeed(await users.AddToRolesAsync(user, input.Roles!.Distinct(StringComparer.Ordinal)));
            logger.LogInformation("User {UserName} created with roles {Roles}", user.UserName, string.Join(",", input.Roles!));
            return user;
        });
    }

    public async Task<UserView> SetRolesAsync(string id, RolesInput input, string actingUserId)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new FieldErrors();
        CheckRoles(input.Roles, errors);
        errors.ThrowIfAny();

        return await AtomicallyAsync(async () =>
        {
            var user = await LockAsync(id);
            await ChangeRolesAsync(user, input.Roles!, actingUserId);
            return user;
        });
    }

    /// <summary>Name, department and roles together, all checked before anything is written, written together.</summary>
    public async Task<UserView> UpdateAsync(string id, ProfileInput profile, RolesInput roles, string actingUserId)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(roles);
        var errors = new FieldErrors();
        CheckProfile(profile, errors);
        CheckRoles(roles.Roles, errors);
        errors.ThrowIfAny();

        return await AtomicallyAsync(async () =>
        {
            var user = await LockAsync(id);
            await ChangeRolesAsync(user, roles.Roles!, actingUserId);
            await ChangeProfileAsync(user, profile);
            return user;
        });
    }

    public async Task<UserView> UpdateProfileAsync(string id, ProfileInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new FieldErrors();
        CheckProfile(input, errors);
        errors.ThrowIfAny();

        return await AtomicallyAsync(async () =>
        {
            var user = await LockAsync(id);
            await ChangeProfileAsync(user, input);
            return user;
        });
    }

    public Task<UserView> DisableAsync(string id, string actingUserId, string actingName) => AtomicallyAsync(async () =>
    {
        var user = await LockAsync(id);
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

        return user;
    });

    public Task<UserView> EnableAsync(string id) => AtomicallyAsync(async () =>
    {
        var user = await LockAsync(id);
        if (user.IsDisabled)
        {
            user.DisabledAt = null;
            user.DisabledBy = null;
            Succeed(await users.UpdateAsync(user));
            logger.LogInformation("User {UserName} enabled", user.UserName);
        }

        return user;
    });

    /// <summary>Sets a new password under the password rules; ends the user's sessions and any lockout.</summary>
    public async Task<UserView> ResetPasswordAsync(string id, PasswordInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrEmpty(input.Password))
        {
            throw new ValidationFailedException("password", Messages.Required(Messages.UserFieldPassword.Text));
        }

        return await AtomicallyAsync(async () =>
        {
            var user = await LockAsync(id);
            var token = await users.GeneratePasswordResetTokenAsync(user);
            Succeed(await users.ResetPasswordAsync(user, token, input.Password));
            Succeed(await users.SetLockoutEndDateAsync(user, null));
            Succeed(await users.ResetAccessFailedCountAsync(user));
            logger.LogInformation("Password of {UserName} reset by an administrator", user.UserName);
            return user;
        });
    }

    /// <summary>Runs one change in a transaction holding the account-changes lock; answers the account as committed.</summary>
    private async Task<UserView> AtomicallyAsync(Func<Task<AppUser>> change)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AccountChangesLock})");
        var user = await change();
        var view = await ViewAsync(user);
        await transaction.CommitAsync();
        return view;
    }

    /// <summary>The user's row, locked until the transaction ends, read after any change committed before it.</summary>
    private async Task<AppUser> LockAsync(string id)
    {
        var user = await db.Users.FromSql($"SELECT * FROM accounts.\"AspNetUsers\" WHERE \"Id\" = {id} FOR UPDATE").SingleOrDefaultAsync()
            ?? throw new NotFoundException(Messages.UserNotFound(id));
        // The context may already hold this user, read before the lock (signing the request in
        // reads the caller): those values would win over the row just read, so read it again.
        await db.Entry(user).ReloadAsync();
        return user;
    }

    private async Task ChangeRolesAsync(AppUser user, IReadOnlyList<string> roles, string actingUserId)
    {
        var current = await users.GetRolesAsync(user);
        var wanted = roles.Distinct(StringComparer.Ordinal).ToList();
        if (current.ToHashSet(StringComparer.Ordinal).SetEquals(wanted))
        {
            return;
        }

        if (current.Contains(Roles.Administrator) && !wanted.Contains(Roles.Administrator))
        {
            await KeepAnAdministratorAsync(user, actingUserId, "roles");
        }

        Succeed(await users.RemoveFromRolesAsync(user, current.Except(wanted)), Messages.RolesChangedMeanwhile);
        Succeed(await users.AddToRolesAsync(user, wanted.Except(current)), Messages.RolesChangedMeanwhile);
        // A bearer token carries the roles it was issued with: renewing the stamp ends it.
        Succeed(await users.UpdateSecurityStampAsync(user));
    }

    private async Task ChangeProfileAsync(AppUser user, ProfileInput profile)
    {
        user.DisplayName = profile.DisplayName!.Trim();
        user.ResponsibleBody = profile.ResponsibleBody?.Trim() ?? string.Empty;
        Succeed(await users.UpdateAsync(user));
    }

    /// <summary>Refuses a change that would leave no enabled administrator (nobody could then manage users).</summary>
    private async Task KeepAnAdministratorAsync(AppUser user, string actingUserId, string field)
    {
        if (user.Id == actingUserId && field == "roles")
        {
            throw new ValidationFailedException(field, Messages.UserCannotDropOwnAdministrator);
        }

        // Read from the table, not through tracked entities: the calling administrator was read
        // when the request was signed in, before another change may have disabled them.
        var others = await db.Users.AsNoTracking().AnyAsync(u => u.Id != user.Id && u.DisabledAt == null
            && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Administrator)));
        if (!others)
        {
            throw new ValidationFailedException(field, Messages.UserLastAdministrator);
        }
    }

    private static void CheckProfile(ProfileInput profile, FieldErrors errors)
    {
        Required(errors, "displayName", profile.DisplayName, Messages.UserFieldDisplayName.Text, AppUser.MaxDisplayName);
        Optional(errors, "responsibleBody", profile.ResponsibleBody, Messages.UserFieldResponsibleBody.Text, AppUser.MaxResponsibleBody);
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

    /// <summary>
    /// Every Identity result is checked; throwing rolls the transaction back. A concurrency failure
    /// is a 409; any other refusal a 400: password rules on the password, role errors on the roles,
    /// the rest on the user name.
    /// </summary>
    private static void Succeed(IdentityResult result, UserMessage? conflict = null)
    {
        if (result.Succeeded)
        {
            return;
        }

        if (result.Errors.Any(e => e.Code == Messages.IdentityConcurrencyFailure.Code))
        {
            throw new ConflictException(conflict ?? Messages.IdentityConcurrencyFailure);
        }

        var errors = new FieldErrors();
        foreach (var error in result.Errors)
        {
            var field = error.Code.StartsWith("account.password", StringComparison.Ordinal) ? "password"
                : error.Code.Contains("role", StringComparison.Ordinal) ? "roles"
                : "userName";
            errors.Add(field, ChineseIdentityErrors.ToMessage(error));
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
