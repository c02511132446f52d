using System.Threading.RateLimiting;
using Disclosure.Host.Accounts;
using Disclosure.Host.Operations;
using Microsoft.AspNetCore.Http.Json;

namespace Disclosure.Host.Api;

internal static class ApiRegistration
{
    public static IHostApplicationBuilder AddApi(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        // Every problem document, including the ones only a status makes (401, 403, 404, 405, 429),
        // gets a Chinese title and detail and a stable code.
        services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemMapping.Complete);
        services.AddExceptionHandler<ProblemMapping>();
        services.AddAntiforgery();
        builder.AddPublicAddress();
        // Malformed JSON and wrong types become exceptions the handler answers as 400 problems.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(options =>
            options.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "政务公开工作流系统 API";
            document.Info.Description = "Catalogue, approval workflow, tasks, consent links and the public disclosure column of 永安街道办事处.";
            return Task.CompletedTask;
        }));
        var perMinute = builder.Configuration.GetValue("Consent:RateLimitPerMinute", 20);
        var applicationsPerMinute = builder.Configuration.GetValue("Applications:RateLimitPerMinute", 20);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(ConsentApi.RateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            // Applying, following and correcting without sign-in: per client address, pages and API alike.
            options.AddPolicy(PublicApplicationsApi.RateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = applicationsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return builder;
    }

    public static WebApplication MapApi(this WebApplication app)
    {
        // Every API endpoint checks its text input (route, query, body) before its handler runs.
        var api = app.MapGroup(string.Empty).AddEndpointFilterFactory(InputPolicy.Filter);
        api.MapAuthApi();
        api.MapUsersApi();
        api.MapItemsApi();
        api.MapTasksApi();
        api.MapAdminApis();
        api.MapModelerApi();
        api.MapConsentApi();
        api.MapPublicApi();
        api.MapAttachmentsApi();
        api.MapApplicationsApi();
        api.MapPublicApplicationsApi();
        api.MapReportsApi();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint("/openapi/v1.json", "v1");
            options.RoutePrefix = "api-docs";
            options.DocumentTitle = "政务公开工作流系统 API";
        });
        return app;
    }
}
