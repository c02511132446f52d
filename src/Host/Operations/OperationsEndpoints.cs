using Disclosure.Jobs;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Disclosure.Host.Operations;

internal static class OperationsEndpoints
{
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
        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new AdministratorsOnly()],
            DashboardTitle = "后台任务 Background jobs",
        });
        return app;
    }
}
