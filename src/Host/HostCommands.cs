using Disclosure.Workflows.Persistence;

namespace Disclosure.Host;

/// <summary>
/// One-off commands run instead of the web server: <c>dotnet run --project src/Host -- migrate</c>.
/// </summary>
internal static class HostCommands
{
    public static bool IsCommand(string[] args) => args.Length > 0 && !args[0].StartsWith('-') && !args[0].Contains('=', StringComparison.Ordinal);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        switch (args[0])
        {
            case "migrate":
                await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
                return 0;
            default:
                await Console.Error.WriteLineAsync($"Unknown command '{args[0]}'. Commands: migrate.");
                return 2;
        }
    }
}
