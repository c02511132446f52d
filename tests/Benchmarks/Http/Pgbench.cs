using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Disclosure.Benchmarks.Http;

/// <summary>pgbench simple-update (<c>-N</c>) against a second database of the same cluster: the yardstick of the run.</summary>
internal sealed partial class Pgbench(BenchCluster cluster)
{
    public void Initialise()
    {
        var output = Run("-i", "-s", "10", "-q", BenchCluster.PgbenchDatabase);
        // The yardstick's own autovacuum would otherwise run during the Host's measured window.
        using var connection = new Npgsql.NpgsqlConnection(cluster.ConnectionStringFor(BenchCluster.PgbenchDatabase));
        connection.Open();
        foreach (var table in new[] { "pgbench_accounts", "pgbench_branches", "pgbench_tellers", "pgbench_history" })
        {
            BenchCluster.Execute(connection, $"ALTER TABLE {table} SET (autovacuum_enabled = false)");
        }

        Console.WriteLine($"pgbench initialised (scale 10): {output.Split('\n').LastOrDefault(l => l.Contains("done", StringComparison.Ordinal))?.Trim()}");
    }

    /// <summary>Transactions per second of <c>pgbench -N</c> at the client count (default simple query protocol).</summary>
    public double Run(int clients, TimeSpan duration)
    {
        var output = Run("-N", "-c", clients.ToString(CultureInfo.InvariantCulture), "-j", Math.Min(clients, Environment.ProcessorCount).ToString(CultureInfo.InvariantCulture),
            "-T", ((int)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture), BenchCluster.PgbenchDatabase);
        var match = Tps().Match(output);
        if (!match.Success)
        {
            throw new InvalidOperationException("pgbench printed no tps: " + output);
        }

        var tps = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var latency = LatencyAverage().Match(output);
        Console.WriteLine($"pgbench -N -c {clients}: {tps:F0} tps, average latency {(latency.Success ? latency.Groups[1].Value : "?")} ms, load average {CpuMeter.LoadAverage()}");
        return tps;
    }

    private string Run(params string[] args)
    {
        var info = new ProcessStartInfo(Path.Combine(cluster.BinDirectory, "pgbench"))
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add("-h");
        info.ArgumentList.Add(cluster.Server.SocketDirectory);
        info.ArgumentList.Add("-U");
        info.ArgumentList.Add("disclosure");
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"pgbench {string.Join(' ', args)} failed: {output.Result}{errors.Result}");
        }

        return output.Result + errors.Result;
    }

    [GeneratedRegex(@"tps = ([0-9.]+) \(without initial connection time\)")]
    private static partial Regex Tps();

    [GeneratedRegex(@"latency average = ([0-9.]+) ms")]
    private static partial Regex LatencyAverage();
}
