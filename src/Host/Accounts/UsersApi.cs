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
        group.MapPost("/", async Task<Created<UserView>> (UserInput input, UserManager<AppUser> users) =>
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

            var user = new AppUser { UserName = input.UserName!.Trim(), DisplayName = input.DisplayName!.Trim(), ResponsibleBody = input.ResponsibleBody?.Trim() ?? string.Empty };
            var created = await users.CreateAsync(user, input.Password ?? string.Empty);
            if (!created.Succeeded)
            {
                throw IdentityFailure(created);
            }

            await users.AddToRolesAsync(user, input.Roles!);
            return TypedResults.Created($"/api/users/{user.Id}", await ViewAsync(users, user));
        });
        group.MapPut("/{id}/roles", async Task<Ok<UserView>> (string id, RolesInput input, UserManager<AppUser> users) =>
        {
            var errors = new FieldErrors();
            CheckRoles(input.Roles, errors);
            errors.ThrowIfAny();

            var user = await users.FindByIdAsync(id) ?? throw new NotFoundException(Messages.UserNotFound(id));

            var current = await users.GetRolesAsync(user);
            await users.RemoveFromRolesAsync(user, current.Except(input.Roles!));
            await users.AddToRolesAsync(user, input.Roles!.Except(current));
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

    /// <summary>Identity's refusal as a validation problem: password rules on the password, the rest on the user name.</summary>
    private static ValidationFailedException IdentityFailure(IdentityResult result)
    {
        var errors = new FieldErrors();
        foreach (var error in result.Errors)
        {
            errors.Add(error.Code.StartsWith("account.password", StringComparison.Ordinal) ? "password" : "userName", ChineseIdentityErrors.ToMessage(error));
        }

        return errors.ToException();
    }

    private static async Task<UserView> ViewAsync(UserManager<AppUser> users, AppUser user) => new(
        user.Id, user.UserName ?? string.Empty, user.DisplayName, user.ResponsibleBody, [.. await users.GetRolesAsync(user)], await users.IsLockedOutAsync(user));
}
