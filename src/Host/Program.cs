using Disclosure.Host;
using Disclosure.Host.Accounts;
using Disclosure.Host.Components;
using Disclosure.Host.Api;
using Disclosure.Host.Faults;
using Disclosure.Host.Operations;
using Disclosure.Jobs;
using Disclosure.Workflows;
using Serilog;

Log.Logger = HostLogging.CreateBootstrapLogger();
try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddHostLogging();
    builder.AddWorkflows();
    builder.AddJobs();
    builder.AddOperations();
    builder.AddAccounts();
    builder.AddFaultHandling();
    builder.AddApi();
    builder.AddScreens();

    var app = builder.Build();
    if (HostCommands.IsCommand(args))
    {
        return await HostCommands.RunAsync(app, args);
    }

    app.UseHostLogging();
    app.UseExceptionHandler();
    app.UseScreens();
    app.UseRateLimiter();
    app.UseAuthentication();
    app.UseAccountCheck();
    app.UseAuthorization();
    app.UseAntiforgery();
    app.MapOperations();
    app.MapApi();
    app.MapScreens();

    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (StartupFailure.IsExplained(ex, out var message))
{
    Log.Fatal("启动失败 Start-up failed: {Reason}", message);
    return 1;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "启动失败 Start-up failed");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Entry point, visible to <c>WebApplicationFactory</c> in tests.</summary>
public partial class Program;
