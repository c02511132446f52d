using System.Globalization;

namespace Disclosure.Benchmarks.Http;

/// <summary>
/// CPU seconds from /proc: the Host, PostgreSQL (postmaster, live backends, and the backends that
/// ended, which the postmaster reaps into its children's time), this process (the load generator)
/// and the whole machine, so what other users of the machine took is visible too.
/// </summary>
internal sealed class CpuMeter(int hostPid, int postmasterPid)
{
    private const double TicksPerSecond = 100; // sysconf(_SC_CLK_TCK) on Linux

    public sealed record Sample(double Host, double Postgres, double Generator, double MachineBusy, double MachineTotal, DateTime At);

    public Sample Take() => new(
        ProcessSeconds(hostPid, withChildren: false),
        PostgresSeconds(),
        ProcessSeconds(Environment.ProcessId, withChildren: false),
        MachineSeconds(out var total),
        total,
        DateTime.UtcNow);

    /// <summary>Cores used over the interval by each party.</summary>
    public static (double Host, double Postgres, double Generator, double Other, double Machine) Cores(Sample before, Sample after)
    {
        var wall = (after.At - before.At).TotalSeconds;
        var host = (after.Host - before.Host) / wall;
        var postgres = (after.Postgres - before.Postgres) / wall;
        var generator = (after.Generator - before.Generator) / wall;
        var cores = Environment.ProcessorCount;
        var machine = (after.MachineBusy - before.MachineBusy) / (after.MachineTotal - before.MachineTotal) * cores;
        return (host, postgres, generator, Math.Max(0, machine - host - postgres - generator), machine);
    }

    private double PostgresSeconds()
    {
        var sum = ProcessSeconds(postmasterPid, withChildren: true);
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && pid != postmasterPid
                && Stat(pid) is { } stat && stat.ParentPid == postmasterPid)
            {
                sum += (stat.User + stat.System) / TicksPerSecond;
            }
        }

        return sum;
    }

    private static double ProcessSeconds(int pid, bool withChildren) =>
        Stat(pid) is { } stat ? (stat.User + stat.System + (withChildren ? stat.ChildUser + stat.ChildSystem : 0)) / TicksPerSecond : 0;

    private static (int ParentPid, long User, long System, long ChildUser, long ChildSystem)? Stat(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        // The command name may hold spaces; fields count from after its closing parenthesis.
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        long F(int n) => long.Parse(fields[n - 3], CultureInfo.InvariantCulture);
        return ((int)F(4), F(14), F(15), F(16), F(17));
    }

    private static double MachineSeconds(out double total)
    {
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        // user nice system idle iowait irq softirq steal
        var idle = cpu[3] + cpu[4];
        var all = cpu.Take(8).Sum();
        total = all / TicksPerSecond;
        return (all - idle) / TicksPerSecond;
    }

    public static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];
}
