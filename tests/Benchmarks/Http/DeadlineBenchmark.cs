using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Disclosure.Testing;
using Disclosure.Workflows.Definitions;
using Npgsql;

namespace Disclosure.Benchmarks.Http;

/// <summary>
/// How late deadlines fire on the Release Host and its durable cluster (issue 13, ADR 0008: the task
/// row is the timer, polled every second on each job server). An administrator publishes, through
/// the definitions API, a version of the immediate notice whose 保密审查 is due after a short
/// <c>PT…S</c> duration and returns to the drafter when it passes; items are submitted at a steady
/// pace so their due instants spread over a window. Afterwards SQL reads each task's due time and
/// the journal's <c>deadline</c> lines of its instance: lateness is the first line's <c>at</c> minus
/// <c>due_at</c> (both the Host's clock; <c>at</c> is taken when the firing transaction starts, so
/// the commit is a few milliseconds later). Phases: quiet; under the completion load; across a
/// SIGKILL and restart; two Hosts, one killed mid-window; working days (a Host started under
/// libfaketime just before the end of the working day the tasks are due). Prints figures; asserts nothing.
/// </summary>
internal static class DeadlineBenchmark
{
    private const string FakeTimeLibrary = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly byte[] Approve = JsonSerializer.SerializeToUtf8Bytes(new { outcome = "approve" }, Json);

    /// <param name="Tasks">Timed tasks per phase.</param>
    /// <param name="Due">The review's due duration (PT…S).</param>
    /// <param name="Window">Over how long the submissions, hence the due instants, are spread.</param>
    /// <param name="Connections">Closed-loop completion loads to run during a window, one phase each.</param>
    /// <param name="LoadTasks">Open review tasks prepared for those loads (bulk copies).</param>
    /// <param name="WorkingDayTasks">Tasks of the working-day phase; 0 skips it.</param>
    public sealed record Options(int Tasks, TimeSpan Due, TimeSpan Window, int[] Connections, int LoadTasks, int WorkingDayTasks);

    public static Options Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Int(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var tasks = args.Skip(1).Select(a => int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null).FirstOrDefault(n => n is not null) ?? 300;
        var counts = Value("--connections") is { } c
            ? c.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(x => int.Parse(x, CultureInfo.InvariantCulture)).Where(x => x > 0).ToArray()
            : [8, 32];
        var due = Int("--due", 30);
        var window = Int("--window", 20);
        if (due < window + 5)
        {
            // The restart and two-node phases kill a Host inside the due window; the submissions must be over by then.
            throw new ArgumentException("--due must be at least --window + 5 seconds");
        }

        return new Options(tasks, TimeSpan.FromSeconds(due), TimeSpan.FromSeconds(window), counts,
            Int("--load-tasks", 30_000), Int("--working-days", 100));
    }

    private sealed record Phase(string Name, List<Guid> Tasks);

    private sealed record Row(Guid Task, DateTime Due, string Status, long Lines, DateTime? Fired);

    public static async Task RunAsync(Options options)
    {
        Console.WriteLine($"deadlines benchmark: {options.Tasks:N0} timed tasks per phase, due PT{options.Due.TotalSeconds:F0}S after submission, submissions spread over "
            + $"{options.Window.TotalSeconds:F0} s; loads {string.Join(", ", options.Connections.Select(c => $"{c}c"))}; {Environment.ProcessorCount} cores; uptime: {Uptime()}");
        using var cluster = BenchCluster.Start();
        HostProcess.RunCommand(cluster, "migrate");
        HostProcess.RunCommand(cluster, "create-admin", "bench-admin", "基准管理员");
        var hosts = new List<HostProcess>();
        try
        {
            await RunPhasesAsync(cluster, hosts, options);
        }
        finally
        {
            foreach (var host in hosts)
            {
                host.Dispose();
            }
        }
    }

    private static async Task RunPhasesAsync(BenchCluster cluster, List<HostProcess> hosts, Options options)
    {
        // Free ports of their own: another benchmark's Host may hold 5190, and its /health would answer for ours.
        var port = FreePort();
        var host = await StartAsync(cluster, hosts, port, "host");
        var node = Address(host);
        var admin = await HttpBenchmark.SignInAsync(node, "bench-admin", HostProcess.AdminPassword);
        await HttpBenchmark.CreateUserAsync(node, admin, "bench-drafter", "基准拟稿人", "drafter");
        await HttpBenchmark.CreateUserAsync(node, admin, "bench-reviewer", "基准审查员", "reviewer");
        var (drafter, reviewer) = await UsersAsync(node);
        using var jit = new JitMeter(host.Pid);
        var report = new Report(new DatabaseCounters(cluster), new CpuMeter(host.Pid, cluster.PostmasterPid()), jit);

        // The load's review tasks first: the copier clones an open review, which must not be a timed one.
        var load = new ConcurrentQueue<Guid>();
        if (options.Connections.Length > 0)
        {
            await HttpBenchmark.PrepareAsync(node, drafter, 200, timers: false, report);
            load = await new Grower(cluster).GrowAsync(options.LoadTasks);
        }

        var immediate = ShippedDefinitions.Get(ShippedDefinitions.Immediate);
        await PublishAsync(node, admin, ReviewWithDeadline(immediate, new DueTime { Duration = $"PT{options.Due.TotalSeconds:F0}S" }));
        var phases = new List<Phase>();

        // 1. Quiet.
        phases.Add(await TimedPhaseAsync(cluster, "quiet", [node], drafter, options, during: null));

        // 2. Under the completion load.
        foreach (var connections in options.Connections)
        {
            var name = $"under load {connections}c";
            phases.Add(await TimedPhaseAsync(cluster, name, [node], drafter, options, async (firstDue, lastDue) =>
            {
                await DelayUntil(firstDue - TimeSpan.FromSeconds(5));
                Console.WriteLine($"  load {connections}c from 5 s before the first due time to 3 s after the last ({load.Count:N0} open review tasks left)");
                await report.RunAsync(node, connections, $"complete {connections}c during deadlines", null, TimeSpan.Zero,
                    lastDue + TimeSpan.FromSeconds(3) - DateTimeOffset.UtcNow, load, id => LoadGenerator.Post($"/api/tasks/{id}/complete", reviewer, Approve));
                if (load.IsEmpty)
                {
                    Console.WriteLine("  the load ran out of tasks before the window ended: raise --load-tasks");
                }
            }));
        }

        // 3. Across a SIGKILL: killed a quarter into the due window, started again at once.
        DateTimeOffset killed = default, ready = default;
        var restart = await TimedPhaseAsync(cluster, "restart", [node], drafter, options, async (firstDue, _) =>
        {
            await DelayUntil(firstDue + (options.Window * 0.25));
            host.Kill();
            killed = DateTimeOffset.UtcNow;
            Console.WriteLine($"  SIGKILL to the Host at {killed:HH:mm:ss.fff}");
            hosts.Remove(host);
            host.Dispose();
            host = await StartAsync(cluster, hosts, port, "host-restarted");
            ready = DateTimeOffset.UtcNow;
            // Read 10 s after readiness, not at it: what fell due while down is still being fired then.
            await Task.Delay(TimeSpan.FromSeconds(10));
        }, measure: false);
        phases.Add(restart);
        PrintRestart(await ReadAsync(cluster, restart.Tasks), killed, ready);
        (drafter, _) = await UsersAsync(node);

        // 4. Two nodes, both with job servers; the second killed half way through the window.
        var second = await StartAsync(cluster, hosts, FreePort(), "host2");
        var secondNode = Address(second);
        var (secondDrafter, _) = await UsersAsync(secondNode);
        DateTimeOffset secondKilled = default;
        var twoNodes = await TimedPhaseAsync(cluster, "two nodes", [node, secondNode], drafter, options, async (firstDue, _) =>
        {
            await DelayUntil(firstDue + (options.Window * 0.5));
            second.Kill();
            secondKilled = DateTimeOffset.UtcNow;
            Console.WriteLine($"  SIGKILL to the second Host at {secondKilled:HH:mm:ss.fff}");
        }, measure: false, secondDrafter: secondDrafter);
        phases.Add(twoNodes);
        var rows = await ReadAsync(cluster, twoNodes.Tasks);
        Print("two nodes, both running", rows.Where(r => r.Due < secondKilled.UtcDateTime).ToList());
        Print("two nodes, after the second was killed", rows.Where(r => r.Due >= secondKilled.UtcDateTime).ToList());

        // Every phase again, now that later firings had time: a duplicate or a late firing shows here.
        Console.WriteLine();
        Console.WriteLine($"all phases re-read at {DateTimeOffset.UtcNow:HH:mm:ss}:");
        foreach (var phase in phases)
        {
            Print(phase.Name, await ReadAsync(cluster, phase.Tasks));
        }

        if (options.WorkingDayTasks > 0)
        {
            await WorkingDaysAsync(cluster, hosts, port, node, admin, drafter, immediate, options);
        }

        Console.WriteLine($"Host logs in {cluster.RootDirectory}; uptime at the end: {Uptime()}");
    }

    /// <summary>
    /// A working-day due time is the end of the N-th working day (23:59:59.999 in China) written
    /// into <c>due_at</c> when the task opens; it then fires through the same poll. The tasks are
    /// opened on the real clock with a one-working-day due time; then the Host is started again with
    /// its process clock moved (libfaketime, not a setting of the product) to 75 s before that
    /// instant, and left running past it.
    /// </summary>
    private static async Task WorkingDaysAsync(BenchCluster cluster, List<HostProcess> hosts, int port, Uri node, string admin, string drafter,
        ProcessDocument immediate, Options options)
    {
        Console.WriteLine();
        if (!File.Exists(FakeTimeLibrary))
        {
            Console.WriteLine($"working days: skipped, {FakeTimeLibrary} not found (apt-get install libfaketime)");
            return;
        }

        await PublishAsync(node, admin, ReviewWithDeadline(immediate, new DueTime { WorkingDays = 1 }));
        var items = await CreateItemsAsync(node, drafter, options.WorkingDayTasks, "working days");
        var tasks = new ConcurrentQueue<Guid>();
        using (var generator = new LoadGenerator(node, 8))
        {
            await generator.RunAsync(items, TimeSpan.FromHours(1), id => LoadGenerator.Post($"/api/items/{id}/submit", drafter, null),
                (_, _, body) =>
                {
                    tasks.Enqueue(JsonDocument.Parse(body).RootElement.GetProperty("nextTask").GetProperty("id").GetGuid());
                    return Task.CompletedTask;
                });
        }

        var opened = await ReadAsync(cluster, [.. tasks]);
        var due = opened.Max(r => r.Due);
        Console.WriteLine($"working days: {opened.Count} tasks opened at {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC due in one working day: due_at {opened.Min(r => r.Due):yyyy-MM-dd HH:mm:ss.fff} "
            + $"to {due:yyyy-MM-dd HH:mm:ss.fff} UTC ({TimeZoneInfo.ConvertTimeBySystemTimeZoneId(new DateTimeOffset(due, TimeSpan.Zero), "Asia/Shanghai"):yyyy-MM-dd HH:mm:ss.fff} in China)");
        foreach (var other in hosts.ToList())
        {
            other.Kill();
            other.Dispose();
            hosts.Remove(other);
        }

        var offset = (long)Math.Floor((due - TimeSpan.FromSeconds(75) - DateTime.UtcNow).TotalSeconds);
        var fake = new Dictionary<string, string>
        {
            ["LD_PRELOAD"] = FakeTimeLibrary,
            ["FAKETIME"] = "+" + offset.ToString(CultureInfo.InvariantCulture),
            // The monotonic clock moves by the same offset, so intervals stay true. Left unfaked
            // (FAKETIME_DONT_FAKE_MONOTONIC=1), .NET's timed waits return at once (a 500 ms wait
            // took 23 ms) and the Host's start fails waiting for chown.
        };
        Console.WriteLine($"  Host stopped; started again with its wall clock {offset:N0} s ahead (FAKETIME=+{offset}), i.e. 75 s before the due time");
        HostProcess faked;
        try
        {
            faked = await StartAsync(cluster, hosts, port, "host-faketime", fake);
        }
        catch (InvalidOperationException ex)
        {
            // Reported, not thrown: the phases above are already printed.
            Console.WriteLine($"working days: NOT MEASURED, the Host did not start under libfaketime: {ex.Message}");
            return;
        }

        Console.WriteLine($"  the Host's clock at readiness: {DateTime.UtcNow.AddSeconds(offset):yyyy-MM-dd HH:mm:ss} UTC; {(due - DateTime.UtcNow.AddSeconds(offset)).TotalSeconds:F0} s before the due time");
        var until = due + TimeSpan.FromSeconds(20);
        while (DateTime.UtcNow.AddSeconds(offset) < until && !faked.HasExited)
        {
            await Task.Delay(1000);
        }

        Print("working days (one working day, Host clock moved by libfaketime)", await ReadAsync(cluster, [.. tasks]));
    }

    private static ProcessDocument ReviewWithDeadline(ProcessDocument immediate, DueTime due) => immediate with
    {
        // The review gets an outcome back to the drafter that the clock takes when its time passes:
        // lawful (the clock never approves; a deadline outcome asks for no comment), and the task
        // opens at submission, so one request per timer.
        Nodes = [.. immediate.Nodes.Select(n => n.Id == "review"
            ? n with { Due = due, DeadlineOutcome = "expired", Outcomes = [.. n.Outcomes!, new OutcomeDocument { Id = "expired", Label = "超时退回拟稿", Next = "draft" }] }
            : n)],
    };

    private static async Task PublishAsync(Uri node, string admin, ProcessDocument document)
    {
        using var client = new HttpClient { BaseAddress = node };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", admin);
        var created = await client.PostAsync(new Uri($"/api/process-definitions/{document.Key}/versions", UriKind.Relative),
            new StringContent(document.ToJson(), Encoding.UTF8, "application/json"));
        var body = await created.Content.ReadAsStringAsync();
        if (!created.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Creating the draft: {(int)created.StatusCode} {body}");
        }

        var number = JsonDocument.Parse(body).RootElement.GetProperty("number").GetInt32();
        var published = await client.PostAsync(new Uri($"/api/process-definitions/{document.Key}/versions/{number}/publish", UriKind.Relative), null);
        if (!published.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Publishing: {(int)published.StatusCode} {await published.Content.ReadAsStringAsync()}");
        }

        var review = document.Nodes.Single(n => n.Id == "review");
        Console.WriteLine($"published {document.Key} version {number} through the API: 保密审查 due {review.Due?.Duration ?? $"{review.Due?.WorkingDays} working day(s)"}, deadline outcome {review.DeadlineOutcome}");
    }

    /// <summary>
    /// Creates the phase's items, submits them at a steady pace over the window (each submission
    /// opens a timed review), runs <paramref name="during"/> beside it, waits 10 s past the last due
    /// time and prints what fired.
    /// </summary>
    private static async Task<Phase> TimedPhaseAsync(BenchCluster cluster, string name, Uri[] nodes, string drafter, Options options,
        Func<DateTimeOffset, DateTimeOffset, Task>? during, bool measure = true, string? secondDrafter = null)
    {
        Console.WriteLine();
        Console.WriteLine($"phase {name}: uptime {Uptime()}");
        var items = (await CreateItemsAsync(nodes[0], drafter, options.Tasks, name)).ToArray();
        var started = DateTimeOffset.UtcNow;
        var firstDue = started + options.Due;
        var lastDue = firstDue + options.Window;
        var beside = during is null ? Task.CompletedTask : Task.Run(() => during(firstDue, lastDue));
        var tasks = await SubmitPacedAsync(nodes, [drafter, secondDrafter ?? drafter], items, options.Window);
        await DelayUntil(lastDue + TimeSpan.FromSeconds(10));
        await beside;
        if (measure)
        {
            Print(name, await ReadAsync(cluster, tasks));
        }

        return new Phase(name, tasks);
    }

    private static async Task<ConcurrentQueue<Guid>> CreateItemsAsync(Uri node, string drafter, int count, string phase)
    {
        var items = new ConcurrentQueue<Guid>();
        using var generator = new LoadGenerator(node, 8);
        var result = await generator.RunAsync(new ConcurrentQueue<int>(Enumerable.Range(0, count)), TimeSpan.FromHours(1),
            i => LoadGenerator.Post("/api/items", drafter, JsonSerializer.SerializeToUtf8Bytes(SampleItems.EmergencyNotice() with { Title = $"限时基准 {phase} {i}" }, Json)),
            (_, _, body) =>
            {
                items.Enqueue(JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid());
                return Task.CompletedTask;
            });
        if (result.Errors > 0)
        {
            Console.WriteLine($"  creating items: {result.Errors} errors: {string.Join(" | ", result.ErrorSamples)}");
        }

        return items;
    }

    /// <summary>Submission i is sent at i × window / n after the start (alternating between the nodes), at most 16 at a time.</summary>
    private static async Task<List<Guid>> SubmitPacedAsync(Uri[] nodes, string[] drafters, Guid[] items, TimeSpan window)
    {
        var clients = nodes.Select(n => new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 16 }) { BaseAddress = n, Timeout = TimeSpan.FromMinutes(2) }).ToArray();
        var tasks = new ConcurrentBag<Guid>();
        var errors = new ConcurrentQueue<string>();
        var lag = new ConcurrentBag<double>();
        var clock = Stopwatch.StartNew();
        try
        {
            await Task.WhenAll(items.Select(async (item, i) =>
            {
                var at = window * i / items.Length;
                if (at > clock.Elapsed)
                {
                    await Task.Delay(at - clock.Elapsed);
                }

                lag.Add((clock.Elapsed - at).TotalMilliseconds);
                using var message = LoadGenerator.Post($"/api/items/{item}/submit", drafters[i % nodes.Length], null);
                try
                {
                    using var response = await clients[i % nodes.Length].SendAsync(message);
                    var body = await response.Content.ReadAsStringAsync();
                    if (response.IsSuccessStatusCode)
                    {
                        tasks.Add(JsonDocument.Parse(body).RootElement.GetProperty("nextTask").GetProperty("id").GetGuid());
                    }
                    else
                    {
                        errors.Enqueue($"{(int)response.StatusCode} {body[..Math.Min(200, body.Length)]}");
                    }
                }
                catch (HttpRequestException ex)
                {
                    errors.Enqueue(ex.Message);
                }
            }));
        }
        finally
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }
        }

        Console.WriteLine($"  submitted {tasks.Count:N0} of {items.Length:N0} over {clock.Elapsed.TotalSeconds:F1} s (sent up to {lag.DefaultIfEmpty(0).Max():F0} ms behind the pace)"
            + (errors.IsEmpty ? string.Empty : $"; {errors.Count} failed: {string.Join(" | ", errors.Take(3))}"));
        return [.. tasks];
    }

    /// <summary>Each task's due time and the journal's deadline lines of its instance at its node.</summary>
    private static async Task<List<Row>> ReadAsync(BenchCluster cluster, IReadOnlyList<Guid> tasks)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionStringFor(BenchCluster.AppDatabase));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT t.id, t.due_at, t.status, j.n, j.first FROM disclosure.tasks t "
            + "CROSS JOIN LATERAL (SELECT count(*) AS n, min(at) AS first FROM disclosure.journal j "
            + "  WHERE j.instance_id = t.instance_id AND j.node_id = t.node_id AND j.action = 'deadline') j "
            + "WHERE t.id = ANY(@ids)", connection);
        command.Parameters.AddWithValue("ids", tasks.ToArray());
        var rows = new List<Row>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new Row(reader.GetGuid(0), reader.GetDateTime(1), reader.GetString(2), reader.GetInt64(3), reader.IsDBNull(4) ? null : reader.GetDateTime(4)));
        }

        return rows;
    }

    private static void Print(string name, List<Row> rows)
    {
        var fired = rows.Where(r => r.Fired is not null).ToList();
        var lateness = fired.Select(r => (r.Fired!.Value - r.Due).TotalMilliseconds).Order().ToArray();
        var twice = rows.Where(r => r.Lines > 1).ToList();
        var never = rows.Where(r => r.Lines == 0).ToList();
        var early = fired.Where(r => r.Fired < r.Due).ToList();
        var over2 = lateness.Count(l => l > 2000);
        Console.WriteLine($"{name}: {rows.Count} timed tasks, fired {fired.Count}, more than once {twice.Count}, never {never.Count}, early {early.Count}; "
            + $"lateness ms p50 {P(lateness, 50)} p95 {P(lateness, 95)} p99 {P(lateness, 99)} max {P(lateness, 100)}; over 2 s: {over2}; uptime {Uptime()}");
        foreach (var row in never.Take(20))
        {
            Console.WriteLine($"  NEVER FIRED: task {row.Task}, due {row.Due:HH:mm:ss.fff}, status {row.Status}");
        }

        foreach (var row in twice.Take(20))
        {
            Console.WriteLine($"  FIRED {row.Lines} TIMES: task {row.Task}, due {row.Due:HH:mm:ss.fff}");
        }

        foreach (var row in early.Take(20))
        {
            Console.WriteLine($"  FIRED EARLY: task {row.Task}, due {row.Due:HH:mm:ss.fff}, fired {row.Fired:HH:mm:ss.fff}");
        }
    }

    private static void PrintRestart(List<Row> rows, DateTimeOffset killed, DateTimeOffset ready)
    {
        Console.WriteLine($"restart: killed {killed:HH:mm:ss.fff}, ready again (/health) {ready:HH:mm:ss.fff}, down {(ready - killed).TotalSeconds:F1} s");
        var before = rows.Where(r => r.Fired < killed.UtcDateTime).ToList();
        Print("restart, fired before the kill", before);
        // Pending at the kill (not fired yet, whether just due or not) and due before the Host answered again.
        var pending = rows.Except(before).Where(r => r.Due < ready.UtcDateTime).ToList();
        Print("restart, pending at the kill and due before readiness", pending);
        var afterReady = pending.Where(r => r.Fired is not null).Select(r => (r.Fired!.Value - ready.UtcDateTime).TotalMilliseconds).Order().ToArray();
        Console.WriteLine($"  of those, fired after readiness (negative: before /health answered) ms: min {P(afterReady, 0)} p50 {P(afterReady, 50)} p95 {P(afterReady, 95)} max {P(afterReady, 100)}");
        Print("restart, due after readiness", rows.Except(before).Where(r => r.Due >= ready.UtcDateTime).ToList());
    }

    private static string P(double[] sorted, double p) => sorted.Length == 0
        ? "-"
        : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)].ToString("F0", CultureInfo.InvariantCulture);

    private static async Task DelayUntil(DateTimeOffset at)
    {
        var wait = at - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }
    }

    private static async Task<HostProcess> StartAsync(BenchCluster cluster, List<HostProcess> hosts, int port, string name, IReadOnlyDictionary<string, string>? extra = null)
    {
        var host = await HostProcess.StartAsync(cluster, port, name, extra);
        hosts.Add(host);
        return host;
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Uri Address(HostProcess host) => new($"http://127.0.0.1:{host.Port.ToString(CultureInfo.InvariantCulture)}");

    private static async Task<(string Drafter, string Reviewer)> UsersAsync(Uri node) =>
        (await HttpBenchmark.SignInAsync(node, "bench-drafter", HttpBenchmark.UserPassword), await HttpBenchmark.SignInAsync(node, "bench-reviewer", HttpBenchmark.UserPassword));

    private static string Uptime()
    {
        var load = File.ReadAllText("/proc/loadavg").Split(' ');
        return $"load average {load[0]}, {load[1]}, {load[2]}";
    }
}
