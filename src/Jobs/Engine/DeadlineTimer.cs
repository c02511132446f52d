using Disclosure.Workflows.Engine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Disclosure.Jobs.Engine;

/// <summary>
/// The engine's timer (ADR 0008): a task row with a due time and a deadline outcome (or a consent
/// wait) is its own timer, written in the transaction that opens the task. Every
/// <c>Jobs:DeadlinePollInterval</c> (a second) each node with a job server asks the tasks table,
/// through a partial index of timed open tasks, for those now due and fires them under the
/// instance's lock, skipping instances another node or request holds; firing re-checks that the
/// task is still open and due, so each deadline is taken once however many nodes look. Due
/// deadlines are fired a few at a time (<c>Jobs:DeadlineConcurrency</c>), so a backlog clears fast.
/// </summary>
internal sealed partial class DeadlineTimer(IServiceScopeFactory scopes, JobsOptions options, TimeProvider clock, ILogger<DeadlineTimer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.DeadlinePollInterval, clock);
        var failing = false;
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                failing = await FireDueAsync(failing, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    /// <summary>Fires what is due; returns whether the attempt failed, so an outage is logged once, not every second.</summary>
    private async Task<bool> FireDueAsync(bool failing, CancellationToken stoppingToken)
    {
        try
        {
            int fired;
            do
            {
                fired = await FireDueOnceAsync(stoppingToken);
            }
            while (fired >= WorkflowEngine.SweepBatch && !stoppingToken.IsCancellationRequested);

            if (failing)
            {
                LogRecovered(logger);
            }

            return false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            if (!failing)
            {
                LogFailing(logger, ex.GetBaseException().Message);
            }

            return true;
        }
    }

    /// <summary>
    /// Reads the due deadlines (soonest first) and fires them <c>Jobs:DeadlineConcurrency</c> at a
    /// time, each in a scope and a transaction of its own; returns how many fired. Two firings never
    /// meet on one instance: each takes its instance's lock with SKIP LOCKED and re-checks the task.
    /// </summary>
    internal async Task<int> FireDueOnceAsync(CancellationToken stoppingToken)
    {
        IReadOnlyList<Guid> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            due = await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().DueDeadlinesAsync(stoppingToken);
        }

        var fired = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.DeadlineConcurrency), CancellationToken = stoppingToken };
        await Parallel.ForEachAsync(due, parallel, async (id, token) =>
        {
            await using var scope = scopes.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().FireDueDeadlineAsync(id, token))
            {
                Interlocked.Increment(ref fired);
            }
        });
        return fired;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The deadline timer cannot reach the database ({Reason}); it keeps trying every interval")]
    private static partial void LogFailing(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "The deadline timer reaches the database again")]
    private static partial void LogRecovered(ILogger logger);
}
