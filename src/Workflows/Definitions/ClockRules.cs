using Disclosure.Workflows.Common;

namespace Disclosure.Workflows.Definitions;

/// <summary>
/// A definition's clock must be one the engine can keep: a positive number of working days, an
/// extension by a staff role, and pausing or restarting only at steps where the instance waits.
/// </summary>
internal static class ClockRules
{
    public const int MaxWorkingDays = 250;

    public static void Check(ProcessDocument document, List<DefinitionError> errors)
    {
        var clock = document.Settings.Clock;
        if (clock is not null)
        {
            if (string.IsNullOrWhiteSpace(clock.Name))
            {
                errors.Add(new(null, "clock", Messages.RuleClockName));
            }

            if (clock.WorkingDays is < 1 or > MaxWorkingDays || clock.RemindWorkingDays < 0 || clock.RemindWorkingDays >= clock.WorkingDays)
            {
                errors.Add(new(null, "clock", Messages.RuleClockDays(MaxWorkingDays)));
            }

            if (clock.Extension is { } extension
                && (!Roles.Exists(extension.Role) || extension.Times < 1 || extension.MaxWorkingDays is < 1 or > MaxWorkingDays))
            {
                errors.Add(new(null, "clock", Messages.RuleClockExtension(MaxWorkingDays)));
            }
        }

        foreach (var node in document.Nodes.Where(n => n.Clock is ClockEffect.Pause or ClockEffect.Restart))
        {
            if (clock is null)
            {
                errors.Add(new(node.Id, "clock", Messages.AtNode(node.Name ?? node.Id, Messages.RuleClockEffectWithoutClock.Text)));
            }
            else if (node.Kind is not (NodeKind.UserTask or NodeKind.Consent))
            {
                errors.Add(new(node.Id, "clock", Messages.AtNode(node.Name ?? node.Id, Messages.RuleClockEffectOnWait.Text)));
            }
        }
    }
}
