using Disclosure.Workflows.Definitions;
using Microsoft.AspNetCore.Identity;

namespace Disclosure.Host.Accounts;

/// <summary>
/// Production's first administrator: <c>dotnet run --project src/Host -- create-admin zhaoli 赵丽</c>
/// reads the password from the DISCLOSURE_ADMIN_PASSWORD variable or standard input.
/// </summary>
internal static class CreateAdmin
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        if (args.Length < 3)
        {
            await Console.Error.WriteLineAsync("usage: create-admin <userName> <displayName>  (password from DISCLOSURE_ADMIN_PASSWORD or standard input)");
            return 2;
        }

        var password = Environment.GetEnvironmentVariable("DISCLOSURE_ADMIN_PASSWORD");
        if (string.IsNullOrEmpty(password))
        {
            Console.Write("Password: ");
            password = Console.ReadLine() ?? string.Empty;
        }

        await using var scope = services.CreateAsyncScope();
        await AccountsStartup.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = args[1], DisplayName = args[2], ResponsibleBody = "党政办公室" };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            await Console.Error.WriteLineAsync("Could not create the administrator: " + string.Join(" ", created.Errors.Select(e => e.Description)));
            return 1;
        }

        await users.AddToRoleAsync(user, Roles.Administrator);
        Console.WriteLine($"Administrator {args[1]} ({args[2]}) created.");
        return 0;
    }
}
