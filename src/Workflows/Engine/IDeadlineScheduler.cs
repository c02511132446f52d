namespace Disclosure.Workflows.Engine;

/// <summary>
/// Asks for a task's deadline to be checked at its due moment (Hangfire delayed job in the Host).
/// Best effort: the recurring sweep catches any deadline whose timer was lost.
/// </summary>
public interface IDeadlineScheduler
{
    void Schedule(Guid taskId, DateTimeOffset dueAt);
}

/// <summary>Used where no job server exists (tests of the engine alone): the sweep does the work.</summary>
internal sealed class SweepOnlyDeadlineScheduler : IDeadlineScheduler
{
    public void Schedule(Guid taskId, DateTimeOffset dueAt)
    {
    }
}
