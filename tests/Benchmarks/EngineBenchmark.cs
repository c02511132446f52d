using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Disclosure.Benchmarks.Http;
using Disclosure.Testing;
using Disclosure.Workflows.Engine;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using static Disclosure.Testing.WorkflowHarness;

namespace Disclosure.Benchmarks;

/// <summary>Task completions per second through the engine, in process, on real PostgreSQL.</summary>
internal static class EngineBenchmark
{
    public static async Task RunAsync(int instances)
    {
        var counter = new CommandCounter();
        await using var harness = await WorkflowHarness.CreateAsync(configure: s => s.AddSingleton<IInterceptor>(counter));
        var watch = Stopwatch.StartNew();
        var reviews = await PrepareAsync(harness, instances);
        Console.WriteLine($"prepared {instances:N0} instances waiting at 保密审查 in {watch.Elapsed.TotalSeconds:F1} s");

        // One at a time: latency, statements, CPU and allocation per completion, in rounds, so the
        // rounds after the tiered compiler settles show the steady cost (its CPU is counted apart).
        var sequential = reviews[..(instances / 2)];
        using var jit = new JitMeter(Environment.ProcessId);
        using var process = Process.GetCurrentProcess();
        var postmaster = int.Parse(File.ReadLines(Path.Combine(TestCluster.Instance.DataDirectory, "postmaster.pid")).First(), CultureInfo.InvariantCulture);
        var meter = new CpuMeter(Environment.ProcessId, postmaster);
        const int Round = 500;
        for (var start = 0; start < sequential.Length; start += Round)
        {
            var round = sequential[start..Math.Min(sequential.Length, start + Round)];
            counter.Reset();
            process.Refresh();
            var (cpu, compiler, allocated, before) = (process.TotalProcessorTime, jit.Seconds, GC.GetTotalAllocatedBytes(precise: true), meter.Take());
            watch.Restart();
            foreach (var id in round)
            {
                await harness.EngineAsync(e => e.CompleteAsync(id, new TaskCompletion { Outcome = "approve" }, Reviewer));
            }

            var elapsed = watch.Elapsed.TotalSeconds;
            process.Refresh();
            var postgresMs = (meter.Take().Postgres - before.Postgres) * 1000 / round.Length;
            var compiled = jit.Seconds - compiler;
            var cpuMs = ((process.TotalProcessorTime - cpu).TotalSeconds - compiled) * 1000 / round.Length;
            var bytes = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / round.Length;
            Console.WriteLine($"sequential {start + round.Length:N0}: {round.Length / elapsed:F0}/s, {elapsed * 1000 / round.Length:F2} ms each, "
                + $"{(double)counter.Commands / round.Length:F1} commands through EF Core, {cpuMs:F3} ms CPU (compiler apart: {compiled:F1} s), PostgreSQL {postgresMs:F3} ms, "
                + $"{bytes / 1024.0:F0} KB allocated per completion (engine, EF Core, Npgsql; no HTTP)");
        }

        // Eight callers at once on different instances, as a busy office would.
        var parallel = reviews[(instances / 2)..];
        using var gate = new SemaphoreSlim(8);
        watch.Restart();
        await Task.WhenAll(parallel.Select(async id =>
        {
            await gate.WaitAsync();
            try
            {
                await harness.EngineAsync(e => e.CompleteAsync(id, new TaskCompletion { Outcome = "approve" }, Reviewer));
            }
            finally
            {
                gate.Release();
            }
        }));
        var total = watch.Elapsed.TotalSeconds;
        Console.WriteLine($"8 in parallel: {parallel.Length:N0} completions in {total:F2} s = {parallel.Length / total:F0}/s");
    }

    private static async Task<Guid[]> PrepareAsync(WorkflowHarness harness, int instances)
    {
        var reviews = new Guid[instances];
        using var gate = new SemaphoreSlim(8);
        await Task.WhenAll(Enumerable.Range(0, instances).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                var item = await harness.CreateItemAsync(SampleItems.DivisionOfDuties($"基准测试事项 {i}"));
                reviews[i] = (await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter)))!.Id;
            }
            finally
            {
                gate.Release();
            }
        }));
        return reviews;
    }

    /// <summary>Counts every SQL command EF sends (including the lock and transaction commands it issues as commands).</summary>
    private sealed class CommandCounter : DbCommandInterceptor
    {
        private long _commands;

        public long Commands => Interlocked.Read(ref _commands);

        public void Reset() => Interlocked.Exchange(ref _commands, 0);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _commands);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _commands);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _commands);
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
