using System.Diagnostics;

namespace Disclosure.Host.Tests.Operations;

/// <summary>Runs the real Host executable the way an operator would and reads what it prints.</summary>
public sealed class StartupFailureTests
{
    [Fact]
    public async Task Host_ExitsWithOneClearLine_WhenTheServerCannotBeReached()
    {
        var run = await RunHostAsync(("ConnectionStrings__Disclosure", "Host=127.0.0.1;Port=1;Database=x;Username=x;Timeout=3"));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("Cannot connect to PostgreSQL at 127.0.0.1:1/x", run.Output, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:Disclosure", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_ExitsWithOneClearLine_WhenTheConnectionStringIsMalformed()
    {
        var run = await RunHostAsync(("ConnectionStrings__Disclosure", "this is not a connection string"));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("not a valid PostgreSQL connection string", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_NamesThePackageToInstall_WhenNoServerBinariesExist()
    {
        var run = await RunHostAsync(
            ("ConnectionStrings__Disclosure", ""),
            ("Database__Local__BinDirectory", "/nonexistent/postgresql/bin"),
            ("Database__Local__RootDirectory", Path.Combine(Path.GetTempPath(), "never-created-" + Guid.NewGuid().ToString("N"))));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("apt-get install postgresql", run.Output, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:Disclosure", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Output, StringComparison.Ordinal);
        // Fails at once rather than waiting out connection retries (the bound allows a busy machine's start-up).
        Assert.True(run.Elapsed < TimeSpan.FromSeconds(60), $"took {run.Elapsed}");
    }

    [Fact]
    public async Task Host_RefusesToStartInProduction_WhenConsentLinksWouldPointToLocalhost()
    {
        var derived = await RunHostAsync(("ASPNETCORE_ENVIRONMENT", "Production"), ("Urls", "http://127.0.0.1:0"), ("Notifications__PublicBaseUrl", ""));
        var configured = await RunHostAsync(("ASPNETCORE_ENVIRONMENT", "Production"), ("Urls", "http://127.0.0.1:0"), ("Notifications__PublicBaseUrl", "http://localhost:5080"));

        foreach (var run in new[] { derived, configured })
        {
            Assert.NotEqual(0, run.ExitCode);
            Assert.Contains("Notifications:PublicBaseUrl", run.Output, StringComparison.Ordinal);
            Assert.Contains("no rights-holder can open", run.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", run.Output, StringComparison.Ordinal);
        }

        Assert.Contains("127.0.0.1", derived.Output, StringComparison.Ordinal);
        Assert.Contains("localhost:5080", configured.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_InProduction_WithAPublicAddress_GetsPastTheCheck()
    {
        // A public address passes; the start then stops where the unreachable database is, which
        // proves the address check let it through.
        var run = await RunHostAsync(
            ("ASPNETCORE_ENVIRONMENT", "Production"), ("Urls", "http://127.0.0.1:0"),
            ("Notifications__PublicBaseUrl", "https://gongkai.example.gov.cn"),
            ("ConnectionStrings__Disclosure", "Host=127.0.0.1;Port=1;Database=x;Username=x;Timeout=3"));

        Assert.NotEqual(0, run.ExitCode);
        Assert.DoesNotContain("no rights-holder can open", run.Output, StringComparison.Ordinal);
        Assert.Contains("Cannot connect to PostgreSQL at 127.0.0.1:1/x", run.Output, StringComparison.Ordinal);
    }

    private sealed record HostRun(int ExitCode, string Output, TimeSpan Elapsed);

    private static async Task<HostRun> RunHostAsync(params (string Name, string Value)[] environment)
    {
        var hostDll = Path.Combine(AppContext.BaseDirectory, "Disclosure.Host.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.ArgumentList.Add(hostDll);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        info.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the Host did not exit within 120 s: " + await stdout);
        }

        return new HostRun(process.ExitCode, await stdout + await stderr, watch.Elapsed);
    }
}
