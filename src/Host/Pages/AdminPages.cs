using static Disclosure.Host.Pages.PageLayout;

namespace Disclosure.Host.Pages;

/// <summary>
/// The administration screens as they were before the Razor components (their script is a file in
/// wwwroot/legacy, so the staff CSP holds); they are rebuilt on the component foundation next.
/// </summary>
internal static class AdminPages
{
    public static IEndpointRouteBuilder MapAdminPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/assets/mermaid.min.js", (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=86400";
            var stream = typeof(AdminPages).Assembly.GetManifestResourceStream("mermaid.min.js")!;
            return Results.Stream(stream, "text/javascript; charset=utf-8");
        }).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/app/admin", () => Html(Render("系统管理", AdminScreens.Home, AdminScreens.Script)))
            .RequireAuthorization(Accounts.AccountsRegistration.Administrators).ExcludeFromDescription();
        app.MapGet("/app/admin/definitions/{key}/{n:int}", (string key, int n) => Html(Render("流程定义", AdminScreens.DefinitionEditor, "<script src=\"/assets/mermaid.min.js\"></script>" + AdminScreens.Script)))
            .RequireAuthorization(Accounts.AccountsRegistration.Administrators).ExcludeFromDescription();
        return app;
    }
}
