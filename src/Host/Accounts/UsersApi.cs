using Microsoft.AspNetCore.Http.HttpResults;

namespace Disclosure.Host.Accounts;

/// <summary>Administrators manage staff accounts: the same <see cref="UserAdministration"/> the users screen calls.</summary>
internal static class UsersApi
{
    public static RouteGroupBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/users").WithTags("Users").RequireAuthorization(AccountsRegistration.Administrators);
        group.MapGet("/", async (UserAdministration users, CancellationToken ct) => TypedResults.Ok(await users.ListAsync(ct)));
        group.MapGet("/{id}", async (string id, UserAdministration users) => TypedResults.Ok(await users.GetAsync(id)));
        group.MapPost("/", async Task<Created<UserView>> (UserInput input, UserAdministration users) =>
        {
            var user = await users.CreateAsync(input);
            return TypedResults.Created($"/api/users/{user.Id}", user);
        }).WithSummary("Create a staff account with at least one role; the password must meet the password rules.");
        group.MapPut("/{id}/roles", async (string id, RolesInput input, HttpContext http, UserAdministration users) =>
            TypedResults.Ok(await users.SetRolesAsync(id, input, http.User.ToCaller().Actor.Id)))
            .WithSummary("Replace the user's roles; their tokens and cookies end, so the new roles hold from their next sign-in.");
        group.MapPut("/{id}", async (string id, ProfileInput input, UserAdministration users) =>
            TypedResults.Ok(await users.UpdateProfileAsync(id, input)))
            .WithSummary("Change the user's display name and department (公开主体).");
        group.MapPost("/{id}/disable", async (string id, HttpContext http, UserAdministration users) =>
        {
            var caller = http.User.ToCaller();
            return TypedResults.Ok(await users.DisableAsync(id, caller.Actor.Id, caller.Actor.Name));
        }).WithSummary("Disable the account: sign-in is refused and its cookies and bearer tokens stop working at their next request.");
        group.MapPost("/{id}/enable", async (string id, UserAdministration users) => TypedResults.Ok(await users.EnableAsync(id)))
            .WithSummary("Enable a disabled account again.");
        group.MapPost("/{id}/password", async (string id, PasswordInput input, UserAdministration users) =>
            TypedResults.Ok(await users.ResetPasswordAsync(id, input)))
            .WithSummary("Set a new password (password rules apply); ends the user's sessions and any lockout.");
        return group;
    }
}
