using System.Globalization;

namespace Disclosure.Benchmarks.Http;

/// <summary>
/// CPU seconds the Host's tiered compiler spends in the background, from /proc: the threads the
/// runtime names ".NET Tiered Com(pilation Worker)". After a start the runtime recompiles every hot
/// method once or twice more (instrumented, then optimised with the profile it gathered), and on two
/// cores that took a fifth to a third of the Host's CPU for the first minute of load. A run measured
/// then is measuring the compiler, not the server a user meets a day later. The worker thread ends
/// when idle and a new one starts when needed, so the threads are sampled four times a second and
/// each one's last reading is kept.
/// </summary>
internal sealed class JitMeter : IDisposable
{
    private const double TicksPerSecond = 100; // sysconf(_SC_CLK_TCK) on Linux
    private readonly string _tasks;
    private readonly Dictionary<int, long> _ticksByThread = [];
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;

    public JitMeter(int hostPid)
    {
        _tasks = $"/proc/{hostPid.ToString(CultureInfo.InvariantCulture)}/task";
        _sampling = Task.Run(SampleAsync);
    }

    /// <summary>CPU seconds the compiler's background threads used since the Host started (as of the last sample).</summary>
    public double Seconds
    {
        get
        {
            Sample();
            lock (_gate)
            {
                return _ticksByThread.Values.Sum() / TicksPerSecond;
            }
        }
    }

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(250));
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                Sample();
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void Sample()
    {
        string[] threads;
        try
        {
            threads = Directory.GetDirectories(_tasks);
        }
        catch (IOException)
        {
            return;
        }

        foreach (var thread in threads)
        {
            try
            {
                if (!File.ReadAllText(Path.Combine(thread, "comm")).StartsWith(".NET Tiered Com", StringComparison.Ordinal))
                {
                    continue;
                }

                var stat = File.ReadAllText(Path.Combine(thread, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                var tid = int.Parse(Path.GetFileName(thread), CultureInfo.InvariantCulture);
                lock (_gate)
                {
                    _ticksByThread[tid] = Math.Max(ticks, _ticksByThread.GetValueOrDefault(tid));
                }
            }
            catch (IOException)
            {
                // The thread ended between the listing and the read; its last sample stands.
            }
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _sampling.Wait();
        _stop.Dispose();
    }
}
