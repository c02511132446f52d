using System.Collections.Concurrent;
using System.Globalization;

namespace Disclosure.Benchmarks.Http;

/// <summary>Runs one measured load (after its warm-up) between two readings of the counters, and prints the table.</summary>
internal sealed class Report(DatabaseCounters counters, CpuMeter cpu, JitMeter jit)
{
    private readonly List<Row> _rows = [];

    private sealed record Row(string Name, int Connections, LoadGenerator.Result Load, double? PgbenchTps, DatabaseCounters.Delta Db,
        (double Host, double Postgres, double Generator, double Other, double Machine) Cores, double JitCores, string LoadAverage)
    {
        /// <summary>pgbench again right after the run: the machine's capacity drifts (other tenants), so the ratio is to the mean of the two.</summary>
        public double? PgbenchAfter { get; init; }

        public double? PgbenchMean => PgbenchTps is { } before ? (PgbenchAfter is { } after ? (before + after) / 2 : before) : null;
    }

    /// <summary>What the database does with no request at all (Hangfire's polling, the deadline timer), per second.</summary>
    public async Task IdleAsync(TimeSpan window)
    {
        var before = await counters.TakeAsync();
        await Task.Delay(window);
        var after = await counters.TakeAsync();
        var idle = DatabaseCounters.Between(before, after);
        var seconds = window.TotalSeconds;
        Console.WriteLine($"idle for {seconds:F0} s (background: Hangfire's polling and heartbeats, the deadline timer): {idle.Commits / seconds:F1} commits/s, "
            + $"{idle.Statements / seconds:F1} statements/s, {idle.WalRecords / seconds:F1} WAL records/s");
        foreach (var (query, calls, _, _) in idle.ByQuery.Take(8))
        {
            var text = string.Join(' ', query.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
            Console.WriteLine($"    {F(calls / seconds, "F2"),6}/s × {text[..Math.Min(text.Length, 120)]}");
        }
    }

    /// <summary>False when there was no work left to run.</summary>
    public async Task<bool> RunAsync<T>(Uri baseAddress, int connections, string name, double? pgbenchTps, TimeSpan warmup, TimeSpan measure,
        ConcurrentQueue<T> work, Func<T, HttpRequestMessage> request, Func<T, HttpResponseMessage, string, Task>? onSuccess = null)
    {
        using var generator = new LoadGenerator(baseAddress, connections);
        if (warmup > TimeSpan.Zero)
        {
            // Opens every keep-alive connection and grows the Host's database pool to this load.
            var warm = await generator.RunAsync(work, warmup, request, onSuccess);
            if (warm.Errors > 0)
            {
                Console.WriteLine($"  warm-up errors: {string.Join(" | ", warm.ErrorSamples)}");
            }
        }

        if (work.IsEmpty)
        {
            // Faster runs before this one can use up the prepared tasks; a row of nothing would read as a figure.
            Console.WriteLine($"{name}: not run, no work left (prepare more tasks: the first argument)");
            return false;
        }

        var before = await counters.TakeAsync();
        var cpuBefore = cpu.Take();
        var jitBefore = jit.Seconds;
        var load = await generator.RunAsync(work, measure, request, onSuccess);
        var cpuAfter = cpu.Take();
        var jitCores = (jit.Seconds - jitBefore) / load.Seconds;
        // Backends report their transaction counts within a second of going idle.
        await Task.Delay(1500);
        var after = await counters.TakeAsync();
        var row = new Row(name, connections, load, pgbenchTps, DatabaseCounters.Between(before, after), CpuMeter.Cores(cpuBefore, cpuAfter), jitCores,
            CpuMeter.LoadAverage());
        _rows.Add(row);
        Console.WriteLine(Line(row));
        if (load.Errors > 0)
        {
            Console.WriteLine($"  errors: {string.Join(" | ", load.ErrorSamples)}");
        }

        PrintStatements(row);
        return true;
    }

    /// <summary>
    /// Runs the load in rounds until the Host's tiered compiler has settled (two rounds running in which
    /// it used under 2 % of a core: a path first taken late can wake it once more), or until <paramref name="limit"/>: what a server looks like once it has
    /// run for a while, which is the state every later hour of its day is in. Prints each round, so
    /// the first minute after a start is on record too. False when the work ran out first.
    /// </summary>
    public async Task<bool> SettleAsync<T>(Uri baseAddress, int connections, TimeSpan round, TimeSpan limit, ConcurrentQueue<T> work,
        Func<T, HttpRequestMessage> request)
    {
        using var generator = new LoadGenerator(baseAddress, connections);
        var started = DateTime.UtcNow;
        var quietRounds = 0;
        Console.WriteLine($"settling: {connections} connections in rounds of {round.TotalSeconds:F0} s until the tiered compiler uses under 2 % of a core in two rounds running");
        while (DateTime.UtcNow - started < limit && !work.IsEmpty)
        {
            var cpuBefore = cpu.Take();
            var jitBefore = jit.Seconds;
            var load = await generator.RunAsync(work, round, request);
            var cores = CpuMeter.Cores(cpuBefore, cpu.Take());
            var jitCores = (jit.Seconds - jitBefore) / load.Seconds;
            Console.WriteLine($"  {(DateTime.UtcNow - started).TotalSeconds,4:F0} s: {F(load.PerSecond, "F0")}/s, p99 {F(load.Percentile(99))} ms, {load.Errors} errors, "
                + $"cores Host {F(cores.Host, "F2")} (tiered compiler {F(jitCores, "F2")}), PostgreSQL {F(cores.Postgres, "F2")}, others {F(cores.Other, "F2")}");
            quietRounds = jitCores < 0.02 ? quietRounds + 1 : 0;
            if (quietRounds == 2)
            {
                Console.WriteLine($"settled after {(DateTime.UtcNow - started).TotalSeconds:F0} s; the tiered compiler used {F(jit.Seconds)} s of CPU since the Host started");
                return true;
            }
        }

        Console.WriteLine(work.IsEmpty ? "settling: no work left (prepare more tasks: the first argument)" : $"settling: not settled within {limit.TotalSeconds:F0} s");
        return !work.IsEmpty;
    }

    /// <summary>Records pgbench's figure taken right after the last run; the ratio becomes the one to the mean of before and after.</summary>
    public void PgbenchAfter(double tps)
    {
        var row = _rows[^1] with { PgbenchAfter = tps };
        _rows[^1] = row;
        var drift = row.PgbenchTps is { } before && before > 0 ? (tps - before) / before * 100 : 0;
        Console.WriteLine($"  pgbench after the run: {F(tps, "F0")} tps ({(drift >= 0 ? "+" : "")}{F(drift, "F0")} % against before); "
            + $"completions to their mean: {F(row.Load.PerSecond / row.PgbenchMean!.Value * 100)} %");
    }

    private static string F(double value, string format = "F1") => value.ToString(format, CultureInfo.InvariantCulture);

    private static string Header =>
        "run | per s | pgbench tps (before / after) | ratio (to their mean) | p50 ms | p95 ms | p99 ms | max ms | requests | errors | commits/op | statements/op (tx control) | WAL records/op | WAL bytes/op | "
        + "cores Host (of them JIT) | cores PostgreSQL | cores generator | cores others | CPU ms/op Host + PG | load avg";

    private static string Line(Row r)
    {
        var n = Math.Max(1, r.Load.Requests);
        var ratio = r.PgbenchMean is { } tps ? F(r.Load.PerSecond / tps * 100, "F1") + " %" : "";
        var pgbench = r.PgbenchTps is { } t ? F(t, "F0") + (r.PgbenchAfter is { } a ? " / " + F(a, "F0") : "") : "";
        var cpuPerOp = (r.Cores.Host + r.Cores.Postgres) * r.Load.Seconds * 1000 / n;
        return $"{r.Name} | {F(r.Load.PerSecond, "F0")} | {pgbench} | {ratio} | {F(r.Load.Percentile(50))} | {F(r.Load.Percentile(95))} | "
            + $"{F(r.Load.Percentile(99))} | {F(r.Load.Percentile(100))} | {r.Load.Requests:N0} | {r.Load.Errors} | {F((double)r.Db.Commits / n, "F2")} | "
            + $"{F((double)r.Db.Statements / n, "F2")} ({F((double)r.Db.TransactionControl / n, "F2")}) | {F((double)r.Db.WalRecords / n, "F2")} | {F((double)r.Db.WalBytes / n, "F0")} | "
            + $"{F(r.Cores.Host, "F2")} ({F(r.JitCores, "F2")}) | {F(r.Cores.Postgres, "F2")} | {F(r.Cores.Generator, "F2")} | {F(r.Cores.Other, "F2")} | {F(cpuPerOp, "F2")} | {r.LoadAverage}";
    }

    private static void PrintStatements(Row row)
    {
        var n = Math.Max(1, row.Load.Requests);
        foreach (var (query, calls, execMs, planMs) in row.Db.ByQuery.Take(14))
        {
            var text = string.Join(' ', query.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
            Console.WriteLine($"    {F((double)calls / n, "F2"),6} × exec {F(execMs * 1000 / Math.Max(1, calls), "F0"),4} µs, plan {F(planMs * 1000 / Math.Max(1, calls), "F0"),4} µs | "
                + text[..Math.Min(text.Length, 130)]);
        }
    }

    public void Print()
    {
        Console.WriteLine();
        Console.WriteLine(Header);
        foreach (var row in _rows)
        {
            Console.WriteLine(Line(row));
        }
    }
}
