using Disclosure.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Disclosure.Host.Tests;

/// <summary>The real Host on its own database of the shared test cluster.</summary>
public sealed class DisclosureAppFactory : WebApplicationFactory<Program>
{
    public DisclosureAppFactory() : this(TestCluster.CreateDatabase("host"))
    {
    }

    private DisclosureAppFactory(string connectionString) => ConnectionString = connectionString;

    /// <summary>A Host on a database the test chose (its own cluster, or a wrong address).</summary>
    public static DisclosureAppFactory For(string connectionString) => new(connectionString);

    public string ConnectionString { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Disclosure", ConnectionString);
        builder.UseSetting("Jobs:WorkerCount", "2");
    }
}
