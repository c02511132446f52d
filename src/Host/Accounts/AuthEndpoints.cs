using Disclosure.Workflows.Common;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Disclosure.Host.Accounts;

public sealed record LoginRequest(string? UserName, string? Password, bool UseCookies = false);

public sealed record MeResponse(string Id, string UserName, string DisplayName, string ResponsibleBody, IReadOnlyList<string> Roles);

internal static class AuthEndpoints
{
    public static RouteGroupBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Sign-in");
        group.MapPost("/login", LoginAsync).AllowAnonymous()
            .WithSummary("Sign in: a bearer token (default) or a cookie (useCookies=true). Five failures lock the account for 15 minutes.");
        group.MapPost("/logout", LogoutAsync).RequireAuthorization();
        group.MapGet("/me", MeAsync).RequireAuthorization();
        return group;
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> LoginAsync(
        LoginRequest request, SignInManager<AppUser> signIn, ILogger<LoginRequest> logger)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(request.UserName))
        {
            errors.Add("userName", Messages.SignInUserNameRequired);
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            errors.Add("password", Messages.SignInPasswordRequired);
        }

        errors.ThrowIfAny();

        signIn.AuthenticationScheme = request.UseCookies ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(request.UserName!.Trim(), request.Password!, isPersistent: request.UseCookies, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            // The bearer handler has written the token; the cookie handler has set the cookie.
            return TypedResults.Empty;
        }

        logger.LogWarning("Failed sign-in for {UserName}: {Reason}", request.UserName,
            result.IsLockedOut ? "locked out" : result.IsNotAllowed ? "not allowed" : "wrong user name or password");
        var message = result.IsLockedOut ? Messages.SignInLockedOut
            : result.IsNotAllowed ? Messages.SignInNotAllowed
            : Messages.SignInFailed;
        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails
        {
            Status = StatusCodes.Status401Unauthorized,
            Title = Messages.SignInTitle.Text,
            Detail = message.Text,
        };
        problem.Extensions["code"] = message.Code;
        return TypedResults.Problem(problem);
    }

    private static async Task<NoContent> LogoutAsync(SignInManager<AppUser> signIn)
    {
        // Bearer tokens are stateless and expire on their own; the cookie is removed.
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<MeResponse>, NotFound>> MeAsync(HttpContext context, UserManager<AppUser> users)
    {
        var user = await users.GetUserAsync(context.User);
        if (user is null)
        {
            return TypedResults.NotFound();
        }

        var roles = await users.GetRolesAsync(user);
        return TypedResults.Ok(new MeResponse(user.Id, user.UserName ?? string.Empty, user.DisplayName, user.ResponsibleBody, [.. roles]));
    }
}
