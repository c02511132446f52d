namespace Disclosure.Host.Tests.Browser;

/// <summary>
/// Browser test classes run one after another, never beside other tests: each starts a Host of
/// its own, and several at once on a two-core machine starve each other. They share one Chromium
/// (<see cref="SharedChromium"/>).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class OneBrowserAtATime : ICollectionFixture<SharedChromium>
{
    public const string Name = "Browser";
}
