using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Disclosure.Testing;
using Microsoft.Playwright;

namespace Disclosure.Host.Tests.Browser;

/// <summary>
/// The real Host as a process on a free loopback port, in Development (so it seeds the demo office
/// and its users) on a fresh copy of the migrated database (<see cref="HostDatabase"/>), and
/// Debian's Chromium driven by Playwright. One Host serves the classes of a browser collection
/// (<see cref="BrowserHosts"/>); each class's contexts are closed when the class ends.
/// </summary>
public class RunningHost : IAsyncLifetime
{
    private readonly Queue<string> _output = new();
    private string? _logFile;
    private readonly List<IBrowserContext> _contexts = [];
    private Process? _process;

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The Host's database, for a test that sets its scene through the domain (<see cref="PastRecord"/>).</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>The Host of the browser collection running now (collections run one at a time).</summary>
    private static RunningHost? _current;

    /// <summary>
    /// How long a test waits for a page, an action or an assertion before it fails, in milliseconds.
    /// Playwright's own 30 s was not enough: at a load average of 28 a sign-in's redirect took longer.
    /// The bound says "it happens", never how fast; a test that really hangs still fails.
    /// </summary>
    public const int Patience = 120_000;

    /// <summary>A browser context whose navigations and actions wait <see cref="Patience"/>.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        var context = await (await SharedChromium.Current.BrowserAsync()).NewContextAsync(options);
        Track(context);
        context.SetDefaultTimeout(Patience);
        context.SetDefaultNavigationTimeout(Patience);
        return context;
    }

    /// <summary>A page in a context of its own (closed with the page) that waits <see cref="Patience"/>.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var page = await (await SharedChromium.Current.BrowserAsync()).NewPageAsync();
        Track(page.Context);
        page.SetDefaultTimeout(Patience);
        page.SetDefaultNavigationTimeout(Patience);
        return page;
    }

    public async Task InitializeAsync()
    {
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Disclosure.Host.dll"));
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        // "Urls", not ASPNETCORE_URLS: the appsettings.json key would win over the latter.
        info.Environment["Urls"] = BaseUrl;
        ConnectionString = HostDatabase.CreateMigrated();
        info.Environment["ConnectionStrings__Disclosure"] = ConnectionString;
        info.Environment["Jobs__WorkerCount"] = "1";
        info.Environment["DetailedErrors"] = "true";
        // Everything the Host says, kept for reading after a failure (a circuit's exception is only in its log).
        var logs = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "host-logs"));
        _logFile = Path.Combine(logs.FullName, $"host-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{port}.log");
        // Open screens check their account every 2 seconds, not every minute.
        info.Environment["Accounts__ScreenRecheck"] = "00:00:02";
        Configure(info.Environment);
        _process = Process.Start(info)!;
        _process.OutputDataReceived += (_, line) => Remember(line.Data);
        _process.ErrorDataReceived += (_, line) => Remember(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient();
        // Generous: on a busy two-core machine a Host with its own database and the demo catalogue
        // takes a while to start (over three minutes was seen at a load average of 40). The bound
        // only stops a Host that hangs; one that exits is reported at once.
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (true)
        {
            try
            {
                if ((await http.GetAsync(new Uri(BaseUrl + "/health"))).StatusCode == HttpStatusCode.OK)
                {
                    break;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet: the checks below decide whether to wait on.
            }

            if (DateTime.UtcNow >= deadline || _process.HasExited)
            {
                throw new InvalidOperationException($"The Host did not come up at {BaseUrl}. Its last output:\n{string.Join("\n", _output)}");
            }

            await Task.Delay(250);
        }

        _current = this;
    }

    /// <summary>Settings a kind of Host adds to (or changes in) the process's environment.</summary>
    protected virtual void Configure(IDictionary<string, string?> environment)
    {
    }

    /// <summary>Closes the contexts the ending class opened on the current collection's Host (<see cref="BrowserClass"/>).</summary>
    public static Task CloseContextsOfCurrentAsync() => _current?.CloseContextsAsync() ?? Task.CompletedTask;

    /// <summary>
    /// The browser goes on to the next class; the ending class's pages (and their circuits to this
    /// Host) do not.
    /// </summary>
    private async Task CloseContextsAsync()
    {
        List<IBrowserContext> contexts;
        lock (_contexts)
        {
            contexts = [.. _contexts];
            _contexts.Clear();
        }

        foreach (var context in contexts)
        {
            await context.CloseAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (_current == this)
        {
            _current = null;
        }

        await CloseContextsAsync();
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
    }

    private void Track(IBrowserContext context)
    {
        lock (_contexts)
        {
            _contexts.Add(context);
        }
    }

    /// <summary>Saves a screenshot under artifacts/screenshots for the README and for looking at failures.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            if (_logFile is not null)
            {
                File.AppendAllText(_logFile, line + Environment.NewLine);
            }

            _output.Enqueue(line);
            if (_output.Count > 40)
            {
                _output.Dequeue();
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
