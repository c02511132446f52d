using Disclosure.Jobs;
using Disclosure.Workflows.Common;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Disclosure.Host.Operations;

internal static class OperationsEndpoints
{
    private static int _chineseTimesAdded;

    /// <summary>The dashboard is for signed-in administrators (cookie sign-in).</summary>
    private sealed class AdministratorsOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context)
        {
            var http = context.GetHttpContext();
            var allowed = http.User.IsInRole(Workflows.Definitions.Roles.Administrator);
            if (!allowed)
            {
                http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Disclosure.Host.Hangfire")
                    .LogWarning("Denied the Hangfire dashboard to {User}", http.User.Identity?.Name ?? "anonymous");
            }

            return allowed;
        }
    }

    public static IHostApplicationBuilder AddOperations(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<HangfireStorageHealthCheck>("hangfire")
            .AddCheck<CalendarHealthCheck>("calendar", tags: ["readiness"]);
        return builder;
    }

    public static WebApplication MapOperations(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync });
        // Hangfire's routes are static: one host process adds the script once, however many apps it runs (tests).
        if (Interlocked.Exchange(ref _chineseTimesAdded, 1) == 0)
        {
            DashboardRoutes.AddJavaScript(typeof(OperationsEndpoints).Assembly, "hangfire-zh.js");
        }

        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new AdministratorsOnly()],
            // Hangfire's own zh resources do the rest (the request culture is zh-CN); hangfire-zh.js
            // makes its script show times as 2026-12-04 17:00 in the browser's zone, not as US dates.
            DashboardTitle = "后台任务",
            AppPath = "/app/admin",
            DisplayNameFunc = (_, job) => Messages.JobName(job.Type.Name).Text,
            // The database's host and name are not for the screen.
            DisplayStorageConnectionString = false,
        });
        return app;
    }
}
