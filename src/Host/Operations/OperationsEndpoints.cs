using Disclosure.Jobs;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Disclosure.Host.Operations;

internal static class OperationsEndpoints
{
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
            // Until sign-in exists the dashboard is for someone sitting at the server.
            Authorization = [new LocalRequestsOnlyAuthorizationFilter()],
            DashboardTitle = "后台任务 Background jobs",
        });
        return app;
    }
}
