using System.Diagnostics;
using System.Globalization;
using Disclosure.Workflows.Persistence.LocalServer;

namespace Disclosure.Testing;

/// <summary>Removes throwaway clusters left behind by test processes that were killed.</summary>
internal static class LeftoverSweeper
{
    public static void RemoveFoldersOfDeadRuns(string parent, string prefix)
    {
        foreach (var folder in Directory.EnumerateDirectories(parent, prefix + "*"))
        {
            var name = Path.GetFileName(folder)[prefix.Length..];
            var dash = name.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && int.TryParse(name[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && !IsAlive(pid))
            {
                Remove(folder);
            }
        }
    }

    public static void Remove(string root)
    {
        var data = Path.Combine(root, "data");
        var bin = LocalPostgres.FindBinDirectory(null);
        if (bin is not null && File.Exists(Path.Combine(data, "postmaster.pid")))
        {
            // Stop a server the killed run left behind before deleting its files.
            StopServer(bin, data);
        }

        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void StopServer(string bin, string data)
    {
        var pgCtl = Path.Combine(bin, "pg_ctl");
        var info = LocalPostgres.RunningAsRoot ? new ProcessStartInfo("runuser") : new ProcessStartInfo(pgCtl);
        if (LocalPostgres.RunningAsRoot)
        {
            foreach (var arg in new[] { "-u", "postgres", "--", pgCtl })
            {
                info.ArgumentList.Add(arg);
            }
        }

        foreach (var arg in new[] { "stop", "-m", "immediate", "-w", "-D", data })
        {
            info.ArgumentList.Add(arg);
        }

        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        using var process = Process.Start(info);
        process?.WaitForExit(30_000);
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
