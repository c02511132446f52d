using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Disclosure.Host.Accounts;

/// <summary>Logs every request the authorization policies refuse, then answers as usual.</summary>
internal sealed class DenialLogging(ILogger<DenialLogging> logger) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden || authorizeResult.Challenged)
        {
            logger.LogWarning("Denied {Method} {Path} to {User}: {Kind}", context.Request.Method, context.Request.Path,
                context.User.Identity?.Name ?? "anonymous", authorizeResult.Forbidden ? "forbidden" : "not signed in");
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
