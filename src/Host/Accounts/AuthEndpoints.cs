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

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult, ValidationProblem>> LoginAsync(
        LoginRequest request, SignInManager<AppUser> signIn, ILogger<LoginRequest> logger)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
        {
            var errors = new Dictionary<string, string[]>();
            if (string.IsNullOrWhiteSpace(request.UserName))
            {
                errors["userName"] = ["请输入用户名。 userName is required."];
            }

            if (string.IsNullOrEmpty(request.Password))
            {
                errors["password"] = ["请输入密码。 password is required."];
            }

            return TypedResults.ValidationProblem(errors);
        }

        signIn.AuthenticationScheme = request.UseCookies ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(request.UserName.Trim(), request.Password, isPersistent: request.UseCookies, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            // The bearer handler has written the token; the cookie handler has set the cookie.
            return TypedResults.Empty;
        }

        logger.LogWarning("Failed sign-in for {UserName}: {Reason}", request.UserName, result.IsLockedOut ? "locked out" : "wrong user name or password");
        return TypedResults.Problem(
            result.IsLockedOut ? "登录失败次数过多，账户已锁定 15 分钟。 The account is locked for 15 minutes." : "用户名或密码不正确。 Wrong user name or password.",
            statusCode: StatusCodes.Status401Unauthorized,
            title: "登录失败 Sign-in failed");
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
