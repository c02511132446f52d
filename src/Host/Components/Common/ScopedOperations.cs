namespace Disclosure.Host.Components.Common;

/// <summary>
/// How a screen reaches the database: one DI scope, and so one <c>DisclosureDbContext</c>, per
/// operation (a load, a save, a click), disposed when the operation ends. An interactive screen
/// lives in a circuit for as long as the tab is open; a context kept that long would hold stale
/// entities and an open connection. Components inject this, never a context or a service built
/// on one (a test checks the <c>@inject</c> lines).
/// </summary>
public sealed class ScopedOperations(IServiceScopeFactory scopes)
{
    public async Task<T> RunAsync<TService, T>(Func<TService, Task<T>> operation)
        where TService : notnull
    {
        ArgumentNullException.ThrowIfNull(operation);
        await using var scope = scopes.CreateAsyncScope();
        return await operation(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public async Task RunAsync<TService>(Func<TService, Task> operation)
        where TService : notnull
    {
        ArgumentNullException.ThrowIfNull(operation);
        await using var scope = scopes.CreateAsyncScope();
        await operation(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>For operations that need several services of the same scope.</summary>
    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        await using var scope = scopes.CreateAsyncScope();
        return await operation(scope.ServiceProvider);
    }
}
