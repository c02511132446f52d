namespace Disclosure.Host.Faults;

internal static class FaultHandling
{
    /// <summary>Registers the fault answers; call before the API so they run ahead of its general problem mapping.</summary>
    public static IHostApplicationBuilder AddFaultHandling(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DatabaseOutage>();
        builder.Services.AddExceptionHandler<FaultProblems>();
        return builder;
    }
}
