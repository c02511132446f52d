using Microsoft.Playwright;

namespace Disclosure.Host.Tests.Browser;

/// <summary>
/// One Playwright driver and one Chromium for the browser test classes of a collection, started
/// with the collection and closed after its last class. Starting both took seconds per class;
/// classes stay apart all the same: each test's pages live in browser contexts of their own
/// (separate cookies and storage), closed when the class ends (<see cref="BrowserClass"/>).
/// </summary>
public sealed class SharedChromium : IAsyncLifetime
{
    private static SharedChromium? _current;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The collection's browser; a class outside a browser collection has none.</summary>
    public static SharedChromium Current => _current ?? throw new InvalidOperationException(
        $"A browser test class belongs to one of the collections of {nameof(BrowserHosts)}, whose fixture starts Chromium.");

    public async Task<IBrowser> BrowserAsync()
    {
        // A browser that crashed in an earlier class is not handed on: the next class gets a new one.
        if (_browser is not { IsConnected: true })
        {
            _browser = await _playwright!.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = "/usr/bin/chromium",
                Headless = true,
                // As root Chromium needs --no-sandbox; the rest keep it off the closed network.
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
        }

        return _browser;
    }

    public async Task InitializeAsync()
    {
        // Generous waits: the bound says "it appears", on a machine however busy.
        Assertions.SetDefaultExpectTimeout(RunningHost.Patience);
        _playwright = await Playwright.CreateAsync();
        _current = this;
    }

    public async Task DisposeAsync()
    {
        _current = null;
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
