using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace Disclosure.Jobs;

/// <summary>
/// Creates each job in a DI scope of this host. Hangfire's own registration hands the server the
/// static <c>JobActivator.Current</c>, which the last host to start overwrites: with several hosts
/// in one process (tests) jobs ran in another host's, possibly disposed, container.
/// </summary>
internal sealed class HostJobActivator(IServiceScopeFactory scopes) : JobActivator
{
    public override JobActivatorScope BeginScope(JobActivatorContext context) => new Scope(scopes.CreateScope());

    private sealed class Scope(IServiceScope scope) : JobActivatorScope
    {
        public override object Resolve(Type type) => ActivatorUtilities.GetServiceOrCreateInstance(scope.ServiceProvider, type);

        public override void DisposeScope() => scope.Dispose();
    }
}
