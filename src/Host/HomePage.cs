namespace Disclosure.Host;

internal static class HomePage
{
    public static WebApplication MapHome(this WebApplication app)
    {
        app.MapGet("/", () => Results.Content(
            """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>政务公开工作流系统</title></head>
            <body>
            <h1>政务公开工作流系统</h1>
            <p>永安街道办事处 · 政府信息公开审批与发布</p>
            <ul>
            <li><a href="/gongkai">政府信息公开（公众）</a></li>
            <li><a href="/api-docs">接口文档</a></li>
            <li><a href="/health">系统健康状态</a></li>
            <li><a href="/hangfire">后台任务（管理员）</a></li>
            </ul>
            </body>
            </html>
            """,
            "text/html; charset=utf-8"));
        return app;
    }
}
