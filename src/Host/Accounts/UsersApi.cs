using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Host.Accounts;

public sealed record UserInput(string? UserName, string? DisplayName, string? ResponsibleBody, string? Password, IReadOnlyList<string>? Roles);

public sealed record RolesInput(IReadOnlyList<string>? Roles);

public sealed record UserView(string Id, string UserName, string DisplayName, string ResponsibleBody, IReadOnlyList<string> Roles, bool LockedOut);

/// <summary>Administrators manage staff accounts and their roles.</summary>
internal static class UsersApi
{
    public static RouteGroupBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/users").WithTags("Users").RequireAuthorization(AccountsRegistration.Administrators);
        group.MapGet("/", async (UserManager<AppUser> users, CancellationToken ct) =>
        {
            var all = await users.Users.OrderBy(u => u.UserName).ToListAsync(ct);
            var views = new List<UserView>();
            foreach (var user in all)
            {
                views.Add(await ViewAsync(users, user));
            }

            return TypedResults.Ok(views);
        });
        group.MapPost("/", async Task<Created<UserView>> (UserInput input, UserManager<AppUser> users, AccountsDbContext db, CancellationToken ct) =>
        {
            var errors = new FieldErrors();
            if (string.IsNullOrWhiteSpace(input.UserName))
            {
                errors.Add("userName", Messages.Required("用户名"));
            }

            if (string.IsNullOrWhiteSpace(input.DisplayName))
            {
                errors.Add("displayName", Messages.Required("姓名"));
            }

            CheckRoles(input.Roles, errors);
            errors.ThrowIfAny();

            // The user and their roles in one transaction: a refused role leaves no user behind.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var user = new AppUser { UserName = input.UserName!.Trim(), DisplayName = input.DisplayName!.Trim(), ResponsibleBody = input.ResponsibleBody?.Trim() ?? string.Empty };
            Succeed(await users.CreateAsync(user, input.Password ?? string.Empty));
            Succeed(await users.AddToRolesAsync(user, input.Roles!.Distinct(StringComparer.Ordinal)));
            await transaction.CommitAsync(ct);
            return TypedResults.Created($"/api/users/{Uri.EscapeDataString(user.Id)}", await ViewAsync(users, user));
        });
        group.MapPut("/{id}/roles", async Task<Ok<UserView>> (string id, RolesInput input, UserManager<AppUser> users, AccountsDbContext db, CancellationToken ct) =>
        {
            var errors = new FieldErrors();
            CheckRoles(input.Roles, errors);
            errors.ThrowIfAny();
            var wanted = input.Roles!.Distinct(StringComparer.Ordinal).ToList();

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // Concurrent changes to one user's roles queue on this row lock, and each reads the roles
            // the previous one committed: the last writer wins, and no two insert the same role.
            var user = await db.Users.FromSql($"SELECT * FROM accounts.\"AspNetUsers\" WHERE \"Id\" = {id} FOR UPDATE").SingleOrDefaultAsync(ct)
                ?? throw new NotFoundException(Messages.UserNotFound(id));
            var current = await users.GetRolesAsync(user);
            Succeed(await users.RemoveFromRolesAsync(user, current.Except(wanted)));
            Succeed(await users.AddToRolesAsync(user, wanted.Except(current)));
            // Tokens and cookies carry the roles: a new stamp ends them (AccountCheck), so the user signs in with the new roles.
            Succeed(await users.UpdateSecurityStampAsync(user));
            await transaction.CommitAsync(ct);
            return TypedResults.Ok(await ViewAsync(users, user));
        });
        return group;
    }

    private static void CheckRoles(IReadOnlyList<string>? roles, FieldErrors errors)
    {
        if (roles is not { Count: > 0 } || roles.Any(r => !Roles.Exists(r)))
        {
            errors.Add("roles", Messages.RolesInvalid(Roles.All.Select(r => $"{Roles.Label(r)}（{r}）")));
        }
    }

    /// <summary>
    /// Every Identity result is checked: a concurrency failure is a 409; any other refusal is a 400,
    /// password rules on the password, the rest on the user name. Throwing rolls the transaction back.
    /// </summary>
    private static void Succeed(IdentityResult result)
    {
        if (result.Succeeded)
        {
            return;
        }

        if (result.Errors.Any(e => e.Code == Messages.IdentityConcurrencyFailure.Code))
        {
            throw new ConflictException(Messages.RolesChangedMeanwhile);
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

    private static async Task<UserView> ViewAsync(UserManager<AppUser> users, AppUser user) => new(
        user.Id, user.UserName ?? string.Empty, user.DisplayName, user.ResponsibleBody, [.. await users.GetRolesAsync(user)], await users.IsLockedOutAsync(user));
}
