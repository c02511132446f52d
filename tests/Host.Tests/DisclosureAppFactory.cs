using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Disclosure.Host.Accounts;
using Disclosure.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Disclosure.Host.Tests;

/// <summary>
/// The real Host on its own database of the shared test cluster: a copy of the migrated template
/// (<see cref="HostDatabase"/>), or an empty one for a test of the Host's own migrating.
/// </summary>
public class DisclosureAppFactory : WebApplicationFactory<Program>
{
    public DisclosureAppFactory() : this(HostDatabase.CreateMigrated())
    {
    }

    protected DisclosureAppFactory(string connectionString) => ConnectionString = connectionString;

    /// <summary>A Host on a database the test chose (its own cluster, or a wrong address).</summary>
    public static DisclosureAppFactory For(string connectionString) => new(connectionString);

    public string ConnectionString { get; }

    /// <summary>Set before first use to run the Host on a clock the test moves.</summary>
    public FakeTimeProvider? Clock { get; init; }

    /// <summary>Set before first use: more configuration (e.g. <c>Jobs:RunServer</c>, a small <c>Attachments:MaxBytes</c>).</summary>
    public Dictionary<string, string> Settings { get; } = [];

    /// <summary>Set before first use: more services for the Host (e.g. a log sink).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; set; }

    public const string Password = "Test@Pass2026";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Disclosure", ConnectionString);
        builder.UseSetting("Jobs:WorkerCount", "2");
        // Many Hosts share the test cluster; a test that wants warmed connections asks for them.
        builder.UseSetting("Database:WarmConnections", "0");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        // Identity's 100,000 PBKDF2 rounds cost a tenth of a second or more per password hashed or
        // checked, and the tests create and sign in users hundreds of times. Fewer rounds change
        // no answer (a hash records its own count, so hashes made either way verify); no test is
        // about the count.
        builder.ConfigureTestServices(services => services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000));

        if (ConfigureServices is not null)
        {
            builder.ConfigureTestServices(ConfigureServices);
        }

        if (Clock is not null)
        {
            builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
        }
    }

    /// <summary>A client signed in (bearer token) as a user with the role, created on first use.</summary>
    public async Task<HttpClient> SignedInAsync(string userName, string role, string displayName, string body = "党政办公室")
    {
        await using (var scope = Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            if (await users.FindByNameAsync(userName) is null)
            {
                var user = new AppUser { UserName = userName, DisplayName = displayName, ResponsibleBody = body };
                var created = await users.CreateAsync(user, Password);
                Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
                await users.AddToRoleAsync(user, role);
            }
        }

        var client = CreateClient();
        var login = await client.PostAsJsonAsync("/api/auth/login", new { userName, password = Password });
        login.EnsureSuccessStatusCode();
        using var token = JsonDocument.Parse(await login.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.RootElement.GetProperty("accessToken").GetString());
        return client;
    }
}

/// <summary>A Host on an empty database of the shared cluster, which it migrates itself at start-up.</summary>
public sealed class EmptyDatabaseAppFactory() : DisclosureAppFactory(TestCluster.CreateDatabase("empty"));
