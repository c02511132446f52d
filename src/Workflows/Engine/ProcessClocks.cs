using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;

namespace Disclosure.Workflows.Engine;

/// <summary>
/// Where the engine moves an instance's clock: started with the instance, paused or held for a
/// restart while the instance waits at a step whose <see cref="NodeDocument.Clock"/> says so, let
/// run again when the step is left. Each move is journalled, so the record shows why the last day
/// is what it is.
/// </summary>
internal static class ProcessClocks
{
    /// <summary>Starts the definition's clock, if it has one, counting from <paramref name="startsOn"/>.</summary>
    public static void Start(StepContext context, DateOnly startsOn)
    {
        if (context.Document.Settings.Clock is not { } clock)
        {
            return;
        }

        var started = ProcessClock.Start(startsOn, clock.WorkingDays, context.Deadlines.Calendar);
        context.Instance.StartClock(started);
        var start = context.Document.Nodes.Single(n => n.Kind == NodeKind.Start);
        context.Journal("clock-started", Actor.System, start, details: Messages.ClockStarted(clock.Name, startsOn, clock.WorkingDays, started.DueOn).Text);
    }

    /// <summary>The instance begins to wait at <paramref name="node"/>.</summary>
    public static void Enter(StepContext context, NodeDocument node)
    {
        if (context.Instance.Clock is not { } clock || node.Clock is not (ClockEffect.Pause or ClockEffect.Restart) || clock.State == ClockState.Stopped)
        {
            return;
        }

        clock.Pause(context.Today, node.Clock == ClockEffect.Restart);
        context.Journal("clock-paused", Actor.System, node, details: Messages.ClockPaused(context.Document.Settings.Clock?.Name ?? string.Empty, node.Clock == ClockEffect.Restart).Text);
    }

    /// <summary>The instance stops waiting at <paramref name="node"/>.</summary>
    public static void Leave(StepContext context, NodeDocument node)
    {
        if (context.Instance.Clock is not { } clock || node.Clock is not (ClockEffect.Pause or ClockEffect.Restart) || clock.State != ClockState.Paused)
        {
            return;
        }

        var restarts = clock.RestartPending;
        clock.Resume(context.Today, context.Deadlines.Calendar);
        if (clock.State == ClockState.Running)
        {
            var name = context.Document.Settings.Clock?.Name ?? string.Empty;
            context.Journal(restarts ? "clock-restarted" : "clock-resumed", Actor.System, node, details: restarts
                ? Messages.ClockRestarted(name, clock.StartedOn, clock.DueOn).Text
                : Messages.ClockResumed(name, clock.PausedWorkingDays, clock.DueOn).Text);
        }
    }
}
