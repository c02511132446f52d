namespace Disclosure.Host.Security;

/// <summary>
/// Which pages may run script, and the Content-Security-Policy header that says so. Only the staff
/// screens (<c>/app…</c>, Blazor over a circuit) and the two operator tools with their own bundles
/// run script, and only from this origin: no inline script anywhere. Every other page (start page,
/// sign-in, public column, consent page, error pages) runs none at all; the page frame
/// (<c>App.razor</c>) asks <see cref="AllowsScript"/> too, so it never links a script the policy forbids.
/// </summary>
public static class ContentSecurityPolicy
{
    // Styles may be inline: the component library renders style attributes; a style cannot run code.
    private const string Common =
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    public const string WithScript = Common + "; script-src 'self'; connect-src 'self'";

    public const string WithoutScript = Common + "; script-src 'none'; connect-src 'none'";

    private static readonly PathString[] Scripted = ["/app", "/_blazor", "/_framework", "/hangfire", "/api-docs"];

    /// <summary>True for the staff screens and the operator tools; false for every public page.</summary>
    public static bool AllowsScript(PathString path) => Scripted.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));

    public static string For(PathString path) => AllowsScript(path) ? WithScript : WithoutScript;

    /// <summary>
    /// Sets the header when the response starts, from the path being served then: an error page
    /// re-executed for a missing page gets the policy of the error page it is.
    /// </summary>
    public static IApplicationBuilder UseContentSecurityPolicy(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            // The whole path: the Hangfire dashboard runs in a branch (/hangfire is its PathBase).
            headers.ContentSecurityPolicy = For(context.Request.PathBase.Add(context.Request.Path));
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    });
}
