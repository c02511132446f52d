using System.Diagnostics;
using Disclosure.Testing;
using Disclosure.Workflows.Monitoring;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Disclosure.Benchmarks;

/// <summary>Each recurring scan's time and the process's memory, on a generated catalogue.</summary>
internal static class MonitoringBenchmark
{
    public static async Task RunAsync(int items)
    {
        await using var harness = await WorkflowHarness.CreateAsync(new DateTimeOffset(2026, 11, 27, 7, 0, 0, TimeSpan.FromHours(8)));
        await using (var connection = new NpgsqlConnection(harness.Database.ConnectionString))
        {
            await connection.OpenAsync();
            await CatalogueScanBenchmark.GenerateAsync(connection, items);
        }

        Console.WriteLine($"{items:N0} items generated; scans at 2026-11-27 07:00 Asia/Shanghai");
        Console.WriteLine("scan | run | raised | cleared | other | ms | managed bytes allocated | peak working set MiB");
        (string Name, Func<MonitoringScans, Task<ScanResult>> Scan)[] scans =
        [
            ("periodic-due", s => s.PeriodicDueAsync()),
            ("long-term-stale", s => s.LongTermStaleAsync()),
            ("late-publication", s => s.LatePublicationAsync()),
            ("task-reminders", s => s.TaskRemindersAsync()),
        ];
        foreach (var (name, scan) in scans)
        {
            foreach (var run in new[] { "first", "repeat" })
            {
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                var watch = Stopwatch.StartNew();
                var result = await harness.InScopeAsync(sp => scan(sp.GetRequiredService<MonitoringScans>()));
                watch.Stop();
                var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
                using var process = Process.GetCurrentProcess();
                Console.WriteLine($"{name} | {run} | {result.Raised} | {result.Cleared} | {result.Other} | {watch.Elapsed.TotalMilliseconds:F0} | {bytes:N0} | {process.PeakWorkingSet64 / 1048576}");
            }
        }

        var drafts = Stopwatch.StartNew();
        var opened = await harness.Services.GetRequiredService<PeriodicDrafts>().OpenAsync();
        Console.WriteLine($"periodic drafting tasks opened this run: {opened} (at most MaxDraftsPerRun) in {drafts.Elapsed.TotalMilliseconds:F0} ms");
    }
}
