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

    public static IReadOnlyList<(string UserName, string Id, string Name, string Role, string Body)> DemoUsers { get; } =
    [
        ("wangmin", DemoPeople.Drafter.Actor.Id, DemoPeople.Drafter.Actor.Name, Roles.Drafter, "党政办公室"),
        ("lijianguo", DemoPeople.Reviewer.Actor.Id, DemoPeople.Reviewer.Actor.Name, Roles.Reviewer, "党政办公室"),
        ("zhangzhiqiang", DemoPeople.Leader.Actor.Id, DemoPeople.Leader.Actor.Name, Roles.Leader, "办事处领导"),
        ("zhaoli", DemoPeople.Administrator.Actor.Id, DemoPeople.Administrator.Actor.Name, Roles.Administrator, "党政办公室"),
    ];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (configuration.GetValue("Database:MigrateOnStartup", true))
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
            await Workflows.Persistence.DatabaseMigrator.PrepareHistoryAsync(accounts, AccountsDbContext.Schema, cancellationToken);
            await accounts.Database.MigrateAsync(cancellationToken);
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
        foreach (var (userName, id, name, role, body) in DemoUsers)
        {
            if (await users.FindByNameAsync(userName) is null)
            {
                var user = new AppUser { Id = id, UserName = userName, DisplayName = name, ResponsibleBody = body };
                var created = await users.CreateAsync(user, DemoPassword);
                if (created.Succeeded)
                {
                    await users.AddToRoleAsync(user, role);
                }
            }
        }

        logger.LogInformation("演示账号 Demo users (Development only), password {Password}: {Users}", DemoPassword,
            string.Join(", ", DemoUsers.Select(u => $"{u.UserName} ({Roles.Label(u.Role)} {u.Name})")));
    }
}
