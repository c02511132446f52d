using System.Diagnostics;
using System.Globalization;

namespace Disclosure.Benchmarks.Http;

/// <summary>
/// The Host as production runs it: the Release build (from a prior <c>dotnet build -c Release</c>;
/// nothing is built here), Production environment, its output to a log file.
/// </summary>
internal sealed class HostProcess : IDisposable
{
    public const string AdminPassword = "Bench@Admin2026";

    private readonly Process _process;

    private HostProcess(Process process, int port, string log)
    {
        _process = process;
        Port = port;
        LogFile = log;
    }

    public int Port { get; }

    public string LogFile { get; }

    public int Pid => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The Release build in the repository, or the one <c>BENCH_HOST_DLL</c> names (a copy of an older build, to compare).</summary>
    public static string FindBuild()
    {
        if (System.Environment.GetEnvironmentVariable("BENCH_HOST_DLL") is { Length: > 0 } named)
        {
            return File.Exists(named) ? named : throw new InvalidOperationException($"BENCH_HOST_DLL names no file: {named}");
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var dll = Path.Combine(dir.FullName, "src", "Host", "bin", "Release", "net10.0", "Disclosure.Host.dll");
            if (File.Exists(Path.Combine(dir.FullName, "Workflows.sln")))
            {
                return File.Exists(dll) ? dll : throw new InvalidOperationException($"No Release build of the Host at {dll}: run `dotnet build -c Release src/Host` first.");
            }
        }

        throw new InvalidOperationException("Run the benchmark from inside the repository.");
    }

    private static Dictionary<string, string> Environment(BenchCluster cluster, int port, IReadOnlyDictionary<string, string>? extra) => new(extra ?? new Dictionary<string, string>())
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["DOTNET_ENVIRONMENT"] = "Production",
        ["Urls"] = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}",
        ["Database__Local__RootDirectory"] = cluster.RootDirectory,
        ["Notifications__PublicBaseUrl"] = "https://gongkai.example.gov.cn",
        ["DISCLOSURE_ADMIN_PASSWORD"] = AdminPassword,
    };

    /// <summary>Runs a one-off Host command (migrate, create-admin) to its end.</summary>
    public static void RunCommand(BenchCluster cluster, params string[] args)
    {
        var info = StartInfo(cluster, 0, null, args);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Host command {string.Join(' ', args)} failed: {output.Result}{errors.Result}");
        }
    }

    private static ProcessStartInfo StartInfo(BenchCluster cluster, int port, IReadOnlyDictionary<string, string>? extra, params string[] args)
    {
        var dll = FindBuild();
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)!, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in Environment(cluster, port, extra))
        {
            info.Environment[key] = value;
        }

        return info;
    }

    public static async Task<HostProcess> StartAsync(BenchCluster cluster, int port, string name, IReadOnlyDictionary<string, string>? extra = null)
    {
        var log = Path.Combine(cluster.RootDirectory, $"{name}.log");
        var info = StartInfo(cluster, port, extra);
        // The shell hands its process over to dotnet (exec), so the pid measured is the Host's.
        var command = string.Join(' ', new[] { "exec", "dotnet" }.Concat(info.ArgumentList.Select(Quote))) + $" >> {Quote(log)} 2>&1";
        var shell = new ProcessStartInfo("/bin/sh") { WorkingDirectory = info.WorkingDirectory, UseShellExecute = false };
        shell.ArgumentList.Add("-c");
        shell.ArgumentList.Add(command);
        foreach (var (key, value) in info.Environment)
        {
            shell.Environment[key] = value;
        }

        var host = new HostProcess(Process.Start(shell)!, port, log);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}") };
        var started = Stopwatch.StartNew();
        while (started.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (host.HasExited)
            {
                throw new InvalidOperationException($"The Host exited at start; see {log}:\n{string.Join('\n', File.ReadLines(log).TakeLast(20))}");
            }

            try
            {
                if ((await client.GetAsync(new Uri("/health", UriKind.Relative))).IsSuccessStatusCode)
                {
                    Console.WriteLine($"{name} (pid {host.Pid}) ready on port {port} after {started.Elapsed.TotalSeconds:F1} s");
                    return host;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"The Host did not answer /health within 3 minutes; see {log}");
    }

    private static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    /// <summary>SIGKILL: what a power cut does to the process.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }
    }

    /// <summary>SIGTERM, as a service manager stops it; killed after 30 s.</summary>
    public void Stop()
    {
        if (_process.HasExited)
        {
            return;
        }

        using (var term = Process.Start("kill", ["-TERM", Pid.ToString(CultureInfo.InvariantCulture)]))
        {
            term.WaitForExit();
        }

        if (!_process.WaitForExit(30_000))
        {
            Kill();
        }
    }

    public void Dispose()
    {
        Stop();
        _process.Dispose();
    }
}
