namespace Disclosure.Workflows.Monitoring;

/// <summary>Configuration section <c>Monitoring</c>.</summary>
public sealed class MonitoringOptions
{
    public const string Section = "Monitoring";

    /// <summary>Flag a periodic disclosure this many working days before it is due.</summary>
    public int PeriodicWarningWorkingDays { get; set; } = 5;

    /// <summary>Remind the role this long before a task is due.</summary>
    public TimeSpan ReminderLead { get; set; } = TimeSpan.FromHours(24);

    /// <summary>At most this many drafting tasks are opened per run; the rest follow in the next run.</summary>
    public int MaxDraftsPerRun { get; set; } = 200;
}

/// <summary>What one scan did, for the job log.</summary>
public sealed record ScanResult(string Scan, int Raised, int Cleared, int Other = 0)
{
    public override string ToString() => $"{Scan}: raised {Raised}, cleared {Cleared}{(Other > 0 ? $", other {Other}" : string.Empty)}";
}
