using Disclosure.Workflows;
using Disclosure.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Disclosure.Testing;

/// <summary>
/// The Workflows project as the Host wires it, on a given database, with a clock the test moves;
/// and its closing, pools included. Shared by the harness (a database of its own) and the browser
/// tests' past record (the running Host's database).
/// </summary>
public static class WorkflowServices
{
    /// <summary><paramref name="build"/> wires more of the application onto the builder; <paramref name="configure"/> replaces services last.</summary>
    public static IHost Build(string connectionString, FakeTimeProvider clock, Action<HostApplicationBuilder>? build = null, Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration["ConnectionStrings:Disclosure"] = connectionString;
        builder.AddWorkflows();
        build?.Invoke(builder);
        builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
        builder.Services.AddLogging();
        configure?.Invoke(builder.Services);
        return builder.Build();
    }

    /// <summary>
    /// Stops the services and closes their pools on the database (the given string's and the
    /// application's, ADR 0008). Idle connections would otherwise stay open for Npgsql's five idle
    /// minutes, longer than a whole test run: hundreds of them reached the cluster's
    /// max_connections and a test opening fifty at once was refused.
    /// </summary>
    public static async ValueTask CloseAsync(IHost host, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(host);
        await host.StopAsync();
        host.Dispose();
        foreach (var pooled in new[] { connectionString, DatabaseEndpoint.ForApplication(connectionString) })
        {
            await using var connection = new NpgsqlConnection(pooled);
            NpgsqlConnection.ClearPool(connection);
        }
    }
}
