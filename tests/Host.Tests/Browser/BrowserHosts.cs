namespace Disclosure.Host.Tests.Browser;

/// <summary>
/// The browser test classes' collections. Each collection is one real Host (a process on a fresh
/// copy of the database, <see cref="RunningHost"/>) shared by its classes, and one Chromium
/// (<see cref="SharedChromium"/>). Collections run one after another, never beside other tests:
/// several Hosts and browsers at once on a two-core machine starve each other. Within a collection
/// the classes run one after another; each class's pages are closed when it ends
/// (<see cref="BrowserClass"/>).
/// <para>
/// Starting a Host took about fifteen seconds of the machine's two cores, once per class. Classes
/// share one only where neither changes what the other relies on; the reasons stand beside each
/// collection. A class that changes a process definition every item of some category runs on
/// (the standard path, category 4.2) or counts what the whole office holds keeps a Host of its own
/// or shares it only with classes that touch neither.
/// </para>
/// </summary>
public static class BrowserHosts
{
    /// <summary>
    /// <see cref="AdminBrowserTests"/> publishes version 2 of the standard path and moves every
    /// running item onto it; <see cref="AdminAccountsAndCalendarBrowserTests"/> enters next year's
    /// holidays and adds two users of its own. <see cref="SignInBrowserTests"/> and
    /// <see cref="PhoneBrowserTests"/> only read screens (nothing they type is saved), and nothing
    /// they read depends on the standard path's version, next year's holidays or those two users.
    /// </summary>
    public const string Administration = "Browser: administration";

    /// <summary>
    /// <see cref="InsertedStepBrowserTests"/> publishes a new version of the standard path (running
    /// items stay on version 1) and counts the 合法性审查 tasks. <see cref="ItemActionsBrowserTests"/>
    /// revises and withdraws the demo division of duties (its search for 职责分工 finds no item of
    /// another class here); <see cref="ApplicationFlowBrowserTests"/> works applications only, whose
    /// path nobody here changes, and neither completes a step into 合法性审查.
    /// </summary>
    public const string StandardPathChanged = "Browser: standard path changed";

    /// <summary>
    /// <see cref="ModelerBrowserTests"/> publishes a process that serves category 4.2 and counts the
    /// items before and after a dry run; <see cref="StaffFlowBrowserTests"/> takes an item of 2.2
    /// along the standard path, which nobody here changes, and is done before or after the count.
    /// </summary>
    public const string Countersign = "Browser: countersign drawn";

    /// <summary>
    /// <see cref="ModelerParallelBrowserTests"/> publishes another process for category 4.2;
    /// <see cref="ConsentFlowBrowserTests"/> works the demo tender (3.1) through its consent and
    /// publishes it, which nothing of the parallel process reads.
    /// </summary>
    public const string Parallel = "Browser: parallel paths drawn";

    /// <summary>
    /// <see cref="PublicColumnBrowserTests"/> counts what the public column lists for 4.2 and for
    /// 低保 (the demo division of duties among them); <see cref="HostileTextBrowserTests"/> takes an
    /// item of 4.2 through review, never to publication, and changes no definition.
    /// </summary>
    public const string PublicColumn = "Browser: public column";

    /// <summary><see cref="SupervisionBrowserTests"/> knows every figure of the office's record: a bare Host of its own.</summary>
    public const string Supervision = "Browser: supervision";

    /// <summary><see cref="AnnualReportBrowserTests"/> knows every figure of 2024 and 2025: a bare Host of its own.</summary>
    public const string AnnualReport = "Browser: annual report";
}

[CollectionDefinition(BrowserHosts.Administration, DisableParallelization = true)]
public sealed class AdministrationGroup : ICollectionFixture<SharedChromium>, ICollectionFixture<RunningHost>;

[CollectionDefinition(BrowserHosts.StandardPathChanged, DisableParallelization = true)]
public sealed class StandardPathChangedGroup : ICollectionFixture<SharedChromium>, ICollectionFixture<RunningHost>;

[CollectionDefinition(BrowserHosts.Countersign, DisableParallelization = true)]
public sealed class CountersignGroup : ICollectionFixture<SharedChromium>, ICollectionFixture<RunningHost>;

[CollectionDefinition(BrowserHosts.Parallel, DisableParallelization = true)]
public sealed class ParallelGroup : ICollectionFixture<SharedChromium>, ICollectionFixture<RunningHost>;

[CollectionDefinition(BrowserHosts.PublicColumn, DisableParallelization = true)]
public sealed class PublicColumnGroup : ICollectionFixture<SharedChromium>, ICollectionFixture<RunningHost>;

[CollectionDefinition(BrowserHosts.Supervision, DisableParallelization = true)]
public sealed class SupervisionGroup : ICollectionFixture<SharedChromium>, ICollectionFixture<BareHost>;

[CollectionDefinition(BrowserHosts.AnnualReport, DisableParallelization = true)]
public sealed class AnnualReportGroup : ICollectionFixture<SharedChromium>, ICollectionFixture<BareHost>;

/// <summary>
/// A browser test class's own scope on its collection's shared Host: when the class ends, the
/// browser contexts its tests opened (and their circuits to the Host) are closed, as they were when
/// each class had a Host of its own.
/// </summary>
public sealed class BrowserClass : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => RunningHost.CloseContextsOfCurrentAsync();
}
