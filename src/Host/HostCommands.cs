using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Host;

/// <summary>
/// One-off commands run instead of the web server: <c>dotnet run --project src/Host -- migrate</c>
/// or <c>-- diagrams</c>.
/// </summary>
internal static class HostCommands
{
    /// <summary>Draws every shipped definition into Markdown pages with Mermaid flowcharts.</summary>
    private static void WriteDiagrams(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var definition in ShippedDefinitions.All)
        {
            var path = Path.Combine(folder, definition.Key + ".md");
            File.WriteAllText(path, MermaidDiagram.RenderPage(definition));
            Console.WriteLine($"wrote {path}");
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Workflows.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run this from inside the repository, or name the folder: diagrams <folder>.");
    }

    public static bool IsCommand(string[] args) => args.Length > 0 && !args[0].StartsWith('-') && !args[0].Contains('=', StringComparison.Ordinal);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        switch (args[0])
        {
            case "migrate":
                await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
                await using (var scope = app.Services.CreateAsyncScope())
                {
                    var accounts = scope.ServiceProvider.GetRequiredService<Accounts.AccountsDbContext>();
                    await DatabaseMigrator.MigrateSchemaAsync(accounts, Accounts.AccountsDbContext.Schema, CancellationToken.None);
                }

                return 0;
            case "create-admin":
                return await Accounts.CreateAdmin.RunAsync(app.Services, args);
            case "diagrams":
                WriteDiagrams(args.Length > 1 ? args[1] : Path.Combine(RepositoryRoot(), "docs", "process-diagrams"));
                return 0;
            default:
                await Console.Error.WriteLineAsync($"Unknown command '{args[0]}'. Commands: migrate, create-admin <userName> <displayName>, diagrams [folder].");
                return 2;
        }
    }
}
