using static Disclosure.Host.Pages.PageLayout;

namespace Disclosure.Host.Pages;

/// <summary>
/// The staff screens: sign-in, task inbox, item editor and the review screen. Each is a page the
/// Host serves with its script inline; the script talks to the same HTTP API outside clients use,
/// signed in with the cookie.
/// </summary>
internal static class StaffPages
{
    public static IEndpointRouteBuilder MapStaffPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/app/items/new", () => Html(Render("新建公开事项", StaffScreens.Editor, StaffScreens.Script))).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/app/items/{id:guid}", (Guid id) => Html(Render("编辑公开事项", StaffScreens.Editor, StaffScreens.Script))).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/app/tasks/{id:guid}", (Guid id) => Html(Render("办理任务", StaffScreens.Review, StaffScreens.Script))).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
