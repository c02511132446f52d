using Disclosure.Workflows.Catalogue;
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
        group.MapPost("/", async Task<Results<Created<UserView>, ValidationProblem>> (UserInput input, UserManager<AppUser> users) =>
        {
            var errors = new Dictionary<string, string[]>();
            if (string.IsNullOrWhiteSpace(input.UserName))
            {
                errors["userName"] = ["用户名不能为空。 userName is required."];
            }

            if (string.IsNullOrWhiteSpace(input.DisplayName))
            {
                errors["displayName"] = ["姓名不能为空。 displayName is required."];
            }

            CheckRoles(input.Roles, errors);
            if (errors.Count > 0)
            {
                return TypedResults.ValidationProblem(errors);
            }

            var user = new AppUser { UserName = input.UserName!.Trim(), DisplayName = input.DisplayName!.Trim(), ResponsibleBody = input.ResponsibleBody?.Trim() ?? string.Empty };
            var created = await users.CreateAsync(user, input.Password ?? string.Empty);
            if (!created.Succeeded)
            {
                return TypedResults.ValidationProblem(created.Errors.GroupBy(e => e.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "userName")
                    .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));
            }

            await users.AddToRolesAsync(user, input.Roles!);
            return TypedResults.Created($"/api/users/{user.Id}", await ViewAsync(users, user));
        });
        group.MapPut("/{id}/roles", async Task<Results<Ok<UserView>, NotFound, ValidationProblem>> (string id, RolesInput input, UserManager<AppUser> users) =>
        {
            var errors = new Dictionary<string, string[]>();
            CheckRoles(input.Roles, errors);
            if (errors.Count > 0)
            {
                return TypedResults.ValidationProblem(errors);
            }

            var user = await users.FindByIdAsync(id);
            if (user is null)
            {
                return TypedResults.NotFound();
            }

            var current = await users.GetRolesAsync(user);
            await users.RemoveFromRolesAsync(user, current.Except(input.Roles!));
            await users.AddToRolesAsync(user, input.Roles!.Except(current));
            return TypedResults.Ok(await ViewAsync(users, user));
        });
        return group;
    }

    private static void CheckRoles(IReadOnlyList<string>? roles, Dictionary<string, string[]> errors)
    {
        if (roles is not { Count: > 0 } || roles.Any(r => !Roles.Exists(r)))
        {
            errors["roles"] = [$"角色只能是 {string.Join("、", Roles.All.Select(r => $"{r}（{Roles.Label(r)}）"))}，至少一个。 At least one known role."];
        }
    }

    private static async Task<UserView> ViewAsync(UserManager<AppUser> users, AppUser user) => new(
        user.Id, user.UserName ?? string.Empty, user.DisplayName, user.ResponsibleBody, [.. await users.GetRolesAsync(user)], await users.IsLockedOutAsync(user));
}
