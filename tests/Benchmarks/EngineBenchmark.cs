using System.Data.Common;
using System.Diagnostics;
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

        // One at a time: latency and statements per completion.
        var sequential = reviews[..(instances / 2)];
        counter.Reset();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        watch.Restart();
        foreach (var id in sequential)
        {
            await harness.EngineAsync(e => e.CompleteAsync(id, new TaskCompletion { Outcome = "approve" }, Reviewer));
        }

        var elapsed = watch.Elapsed.TotalSeconds;
        var bytes = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / sequential.Length;
        Console.WriteLine($"sequential: {sequential.Length:N0} completions in {elapsed:F2} s = {sequential.Length / elapsed:F0}/s, "
            + $"{elapsed * 1000 / sequential.Length:F2} ms each, {(double)counter.Commands / sequential.Length:F1} commands per completion, {bytes / 1024.0:F0} KB allocated per completion (engine, EF Core, Npgsql; no HTTP)");

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
        elapsed = watch.Elapsed.TotalSeconds;
        Console.WriteLine($"8 in parallel: {parallel.Length:N0} completions in {elapsed:F2} s = {parallel.Length / elapsed:F0}/s");
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
