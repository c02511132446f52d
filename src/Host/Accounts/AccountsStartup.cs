using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Host.Accounts;

/// <summary>
/// Brings the accounts schema up to date, makes sure the office's roles exist and, in Development
/// only, creates one demo user per role (printed at start-up, listed in the README).
/// </summary>
internal sealed class AccountsStartup(IServiceScopeFactory scopes, IHostEnvironment environment, IConfiguration configuration, ILogger<AccountsStartup> logger) : IHostedService
{
    public const string DemoPassword = "Yongan@2026";

    /// <summary>One demo user per person of the demo office (<see cref="DemoPeople"/>), so the demo catalogue's journal names them.</summary>
    public static IReadOnlyList<(string UserName, string Id, string Name, IReadOnlyList<string> Roles, string Body)> DemoUsers { get; } =
        [.. DemoPeople.All.Select(p => (p.UserName, p.Person.Actor.Id, p.Person.Actor.Name, (IReadOnlyList<string>)[.. p.Person.Roles.Order(StringComparer.Ordinal)], p.Person.Department ?? string.Empty))];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (configuration.GetValue("Database:MigrateOnStartup", true))
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
            await Workflows.Persistence.DatabaseMigrator.MigrateSchemaAsync(accounts, AccountsDbContext.Schema, cancellationToken);
        }

        await EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
        if (environment.IsDevelopment())
        {
            await EnsureDemoUsersAsync(scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>());
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    private async Task EnsureDemoUsersAsync(UserManager<AppUser> users)
    {
        foreach (var (userName, id, name, roles, body) in DemoUsers)
        {
            if (await users.FindByNameAsync(userName) is null)
            {
                var user = new AppUser { Id = id, UserName = userName, DisplayName = name, ResponsibleBody = body };
                var created = await users.CreateAsync(user, DemoPassword);
                if (created.Succeeded)
                {
                    await users.AddToRolesAsync(user, roles);
                }
            }
        }

        logger.LogInformation("演示账号 Demo users (Development only), password {Password}: {Users}", DemoPassword,
            string.Join(", ", DemoUsers.Select(u => $"{u.UserName} ({string.Join("、", u.Roles.Select(Roles.Label))} {u.Name})")));
    }
}
