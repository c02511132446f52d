using Disclosure.Workflows.Engine;
using Hangfire;

namespace Disclosure.Jobs.Engine;

/// <summary>Fires one task's deadline at its due moment. Safe to run twice or late: the engine checks.</summary>
public sealed class DeadlineJob(WorkflowEngine engine)
{
    [AutomaticRetry(Attempts = 3)]
    public Task FireAsync(Guid taskId, CancellationToken cancellationToken) => engine.FireDeadlineAsync(taskId, cancellationToken);
}

/// <summary>
/// Every minute: fires deadlines whose timer was lost (e.g. while the system was down). Takes no
/// distributed lock: overlapping sweeps (a slow one, another server's) skip the instances the other
/// holds, so no lock a crash leaves behind can hold deadlines back.
/// </summary>
public sealed class DeadlineSweepJob(WorkflowEngine engine)
{
    public const string Id = "deadline-sweep";

    [AutomaticRetry(Attempts = 0)]
    public Task RunAsync(CancellationToken cancellationToken) => engine.SweepDeadlinesAsync(cancellationToken);
}

/// <summary>Turns the engine's timer requests into Hangfire delayed jobs.</summary>
internal sealed class HangfireDeadlineScheduler(IBackgroundJobClient jobs) : IDeadlineScheduler
{
    public void Schedule(Guid taskId, DateTimeOffset dueAt) =>
        jobs.Schedule<DeadlineJob>(job => job.FireAsync(taskId, CancellationToken.None), FirstWholeSecondAfter(dueAt));

    /// <summary>
    /// Hangfire keeps schedule times in whole seconds and may start a job up to a second before the
    /// exact moment; the engine would then find the task not yet due and do nothing.
    /// </summary>
    internal static DateTimeOffset FirstWholeSecondAfter(DateTimeOffset dueAt) =>
        new DateTimeOffset(dueAt.UtcTicks - (dueAt.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero).AddSeconds(1);
}
