namespace Disclosure.Host.Components.Public;

/// <summary>
/// Lets a public page answer 404 or 400 with its own words ("该信息不存在、尚未公开或已撤回",
/// "链接无效", the form's errors). A status changed while a page renders makes the component
/// renderer drop the page and show the generic error page, which sends the public to the staff
/// screens; so the status is set as the response starts, after the page has been rendered.
/// </summary>
internal static class PublicStatus
{
    public static void Set(HttpContext http, int status)
    {
        if (!http.Response.HasStarted)
        {
            http.Response.OnStarting(() =>
            {
                http.Response.StatusCode = status;
                return Task.CompletedTask;
            });
        }
    }
}
