using Disclosure.Workflows.Engine;
using Hangfire;

namespace Disclosure.Jobs.Engine;

/// <summary>
/// Fires one task's deadline. Deadlines are no longer scheduled as delayed jobs (the
/// <see cref="DeadlineTimer"/> finds them in the tasks table, ADR 0008); the class stays so that
/// delayed jobs a database scheduled before still run, harmlessly: the engine checks.
/// </summary>
public sealed class DeadlineJob(WorkflowEngine engine)
{
    [AutomaticRetry(Attempts = 3)]
    public Task FireAsync(Guid taskId, CancellationToken cancellationToken) => engine.FireDeadlineAsync(taskId, cancellationToken);
}

/// <summary>
/// Every minute: the backstop behind the <see cref="DeadlineTimer"/> (a node whose timer loop
/// stopped, a node without one). Takes no distributed lock: overlapping sweeps (a slow one, another
/// server's, the timer's) skip the instances the other holds, so no lock a crash leaves behind can
/// hold deadlines back.
/// </summary>
public sealed class DeadlineSweepJob(WorkflowEngine engine)
{
    public const string Id = "deadline-sweep";

    [AutomaticRetry(Attempts = 0)]
    public Task RunAsync(CancellationToken cancellationToken) => engine.SweepDeadlinesAsync(cancellationToken);
}
