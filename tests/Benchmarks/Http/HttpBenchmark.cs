using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Disclosure.Testing;

namespace Disclosure.Benchmarks.Http;

/// <summary>
/// Task completions over authenticated HTTP against the Release Host on a durable private cluster,
/// next to pgbench simple-update on the same cluster in the same run (issue 13). Prints figures;
/// asserts nothing.
/// </summary>
internal static class HttpBenchmark
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    public const string UserPassword = "Bench@User2026";

    private static readonly byte[] Approve = JsonSerializer.SerializeToUtf8Bytes(new { outcome = "approve" }, Json);

    // Timers: immediate notices instead of standard items; completing their review opens a sign-off
    // with a one-hour deadline, so every completion sets a timer.
    // ThroughApi: how many of the tasks are prepared through the API (submissions measured); the
    // rest are bulk copies of one of them (Grower), which takes seconds instead of minutes.
    public sealed record Options(int Tasks, bool Grow, int GrowTo, TimeSpan Warmup, TimeSpan Measure, int[] ConnectionCounts, bool Timers, int ThroughApi,
        bool Settle);

    public static Options Parse(string[] args)
    {
        var tasks = args.Skip(1).Select(a => int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null).FirstOrDefault(n => n is not null) ?? 20_000;
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var seconds = Value("--seconds") is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : 15;
        var growTo = Value("--grow-to") is { } g ? int.Parse(g, CultureInfo.InvariantCulture) : 1_000_000;
        var counts = Value("--connections") is { } c ? c.Split(',').Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToArray() : [1, 8, 32];
        var throughApi = Value("--api") is { } a ? Math.Min(tasks, int.Parse(a, CultureInfo.InvariantCulture)) : tasks;
        return new Options(tasks, args.Contains("--grow"), growTo, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(seconds), counts, args.Contains("--timers"), throughApi,
            !args.Contains("--no-settle"));
    }

    public static async Task RunAsync(Options options)
    {
        Console.WriteLine($"http benchmark: {options.Tasks:N0} open review tasks{(options.Timers ? " of immediate notices (each completion sets a one-hour timer)" : string.Empty)}, {options.Measure.TotalSeconds:F0} s per run after {options.Warmup.TotalSeconds:F0} s warm-up, "
            + $"{Environment.ProcessorCount} cores, load average {CpuMeter.LoadAverage()} at start");
        using var cluster = BenchCluster.Start();
        HostProcess.RunCommand(cluster, "migrate");
        HostProcess.RunCommand(cluster, "create-admin", "bench-admin", "基准管理员");
        using var host = await HostProcess.StartAsync(cluster, 5190, "host");
        var baseAddress = new Uri($"http://127.0.0.1:{host.Port.ToString(CultureInfo.InvariantCulture)}");
        var counters = new DatabaseCounters(cluster);
        var cpu = new CpuMeter(host.Pid, cluster.PostmasterPid());
        using var jit = new JitMeter(host.Pid);
        var report = new Report(counters, cpu, jit);

        var admin = await SignInAsync(baseAddress, "bench-admin", HostProcess.AdminPassword);
        var drafter = await CreateUserAsync(baseAddress, admin, "bench-drafter", "基准拟稿人", "drafter");
        var reviewer = await CreateUserAsync(baseAddress, admin, "bench-reviewer", "基准审查员", "reviewer");

        var reviews = await PrepareAsync(baseAddress, drafter, options.ThroughApi, options.Timers, report);
        if (options.ThroughApi < options.Tasks)
        {
            reviews = await new Grower(cluster).GrowAsync(options.Tasks);
        }

        var pgbench = new Pgbench(cluster);
        pgbench.Initialise();
        await report.IdleAsync(TimeSpan.FromSeconds(10));
        if (options.Settle && options.ConnectionCounts.Length > 0)
        {
            await report.SettleAsync(baseAddress, options.ConnectionCounts.Max(), TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(4), reviews,
                id => LoadGenerator.Post($"/api/tasks/{id}/complete", reviewer, Approve));
        }

        foreach (var connections in options.ConnectionCounts)
        {
            var tps = pgbench.Run(connections, options.Measure);
            if (await CompleteAsync(baseAddress, reviewer, reviews, connections, options, report, $"complete {connections}c", tps))
            {
                report.PgbenchAfter(pgbench.Run(connections, options.Measure));
            }
        }

        var claims = new ConcurrentQueue<Guid>(reviews.Take(Math.Min(reviews.Count, 4000)));
        await report.RunAsync(baseAddress, 8, "claim 8c", null, options.Warmup, options.Measure, claims,
            id => LoadGenerator.Post($"/api/tasks/{id}/claim", reviewer, null));

        if (options.Grow)
        {
            var filler = new Grower(cluster);
            var grown = await filler.GrowAsync(options.GrowTo);
            var tps = pgbench.Run(32, options.Measure);
            if (await CompleteAsync(baseAddress, reviewer, grown, 32, options, report, $"complete 32c at {options.GrowTo / 1000:N0}k live", tps))
            {
                report.PgbenchAfter(pgbench.Run(32, options.Measure));
            }
        }

        report.Print();
        Console.WriteLine($"Host log: {host.LogFile}; load average {CpuMeter.LoadAverage()} at the end");
    }

    private static async Task<bool> CompleteAsync(Uri baseAddress, string reviewer, ConcurrentQueue<Guid> reviews, int connections, Options options,
        Report report, string name, double pgbenchTps) =>
        await report.RunAsync(baseAddress, connections, name, pgbenchTps, options.Warmup, options.Measure, reviews,
            id => LoadGenerator.Post($"/api/tasks/{id}/complete", reviewer, Approve));

    /// <summary>Creates the items, then submits them (measured: submit is held to the same budget as complete).</summary>
    internal static async Task<ConcurrentQueue<Guid>> PrepareAsync(Uri baseAddress, string drafter, int count, bool timers, Report report)
    {
        var started = DateTime.UtcNow;
        var items = new ConcurrentQueue<Guid>();
        var numbers = new ConcurrentQueue<int>(Enumerable.Range(0, count));
        using (var generator = new LoadGenerator(baseAddress, 8))
        {
            var created = await generator.RunAsync(numbers, TimeSpan.FromHours(1),
                i => LoadGenerator.Post("/api/items", drafter, JsonSerializer.SerializeToUtf8Bytes(
                    timers ? SampleItems.EmergencyNotice() with { Title = $"基准测试紧急通知 {i}" } : SampleItems.DivisionOfDuties($"基准测试事项 {i}"), Json)),
                (_, _, body) =>
                {
                    items.Enqueue(JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid());
                    return Task.CompletedTask;
                });
            Console.WriteLine($"created {created.Requests:N0} items at 8 connections: {created.PerSecond:F0}/s, p99 {created.Percentile(99):F0} ms, {created.Errors} errors");
        }

        var reviews = new ConcurrentQueue<Guid>();
        await report.RunAsync(baseAddress, 8, "submit 8c", null, TimeSpan.Zero, TimeSpan.FromHours(1), items,
            id => LoadGenerator.Post($"/api/items/{id}/submit", drafter, null),
            (_, _, body) =>
            {
                reviews.Enqueue(JsonDocument.Parse(body).RootElement.GetProperty("nextTask").GetProperty("id").GetGuid());
                return Task.CompletedTask;
            });
        Console.WriteLine($"prepared {reviews.Count:N0} open review tasks in {(DateTime.UtcNow - started).TotalSeconds:F0} s");
        return reviews;
    }

    internal static async Task<string> SignInAsync(Uri baseAddress, string userName, string password)
    {
        using var client = new HttpClient { BaseAddress = baseAddress };
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password });
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken").GetString()!;
    }

    internal static async Task<string> CreateUserAsync(Uri baseAddress, string adminToken, string userName, string displayName, string role)
    {
        const string password = UserPassword;
        using var client = new HttpClient { BaseAddress = baseAddress };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", adminToken);
        var response = await client.PostAsJsonAsync("/api/users", new { userName, displayName, responsibleBody = "党政办公室", password, roles = new[] { role } });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Creating {userName}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return await SignInAsync(baseAddress, userName, password);
    }
}
