using Disclosure.Workflows;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Engine;
using Disclosure.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Disclosure.Testing;

/// <summary>
/// The Workflows project as the Host wires it, on a fresh migrated and seeded database of the
/// test cluster, with a clock the test moves.
/// </summary>
public sealed class WorkflowHarness : IAsyncDisposable
{
    private readonly IHost _host;

    private WorkflowHarness(IHost host, FakeTimeProvider clock, TestDatabase database)
    {
        _host = host;
        Clock = clock;
        Database = database;
    }

    public FakeTimeProvider Clock { get; }

    public TestDatabase Database { get; }

    public IServiceProvider Services => _host.Services;

    public static Caller Drafter { get; } = new(new Actor("u-drafter", "王拟稿"), new HashSet<string> { Roles.Drafter });

    public static Caller Reviewer { get; } = new(new Actor("u-reviewer", "李审查"), new HashSet<string> { Roles.Reviewer });

    public static Caller Leader { get; } = new(new Actor("u-leader", "张主任"), new HashSet<string> { Roles.Leader });

    public static Caller Admin { get; } = new(new Actor("u-admin", "赵管理"), new HashSet<string> { Roles.Administrator });

    /// <summary>
    /// Starts at a Monday morning in Shanghai unless told otherwise. <paramref name="build"/> wires
    /// more of the application onto the builder (the Jobs project, for the job tests).
    /// </summary>
    public static async Task<WorkflowHarness> CreateAsync(DateTimeOffset? now = null, Action<IServiceCollection>? configure = null,
        Action<HostApplicationBuilder>? build = null)
    {
        var database = TestDatabase.CreateMigrated("wf");
        var clock = new FakeTimeProvider((now ?? new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8))).ToUniversalTime());
        var host = WorkflowServices.Build(database.ConnectionString, clock, build, configure);
        await host.Services.GetRequiredService<DatabaseMigrator>().SeedReferenceDataAsync(CancellationToken.None);
        return new WorkflowHarness(host, clock, database);
    }

    /// <summary>Runs work in its own DI scope (its own DbContext), as one HTTP request would.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task<T> EngineAsync<T>(Func<WorkflowEngine, Task<T>> work) =>
        InScopeAsync(sp => work(sp.GetRequiredService<WorkflowEngine>()));

    public Task<CatalogueItem> CreateItemAsync(ItemInput input) =>
        InScopeAsync(sp => sp.GetRequiredService<CatalogueService>().CreateAsync(input, Drafter.Actor));

    public DisclosureDbContext NewContext() => Database.NewContext();

    /// <summary>Each harness has a database of its own and so pools of its own, closed with it.</summary>
    public ValueTask DisposeAsync() => WorkflowServices.CloseAsync(_host, Database.ConnectionString);
}
