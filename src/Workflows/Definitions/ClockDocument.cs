namespace Disclosure.Workflows.Definitions;

/// <summary>
/// What a definition's instances run for: a catalogue item's version (the approval path) or an
/// application for disclosure (依申请公开). Selection only ever chooses among definitions of the
/// subject at hand, so an application never starts on an approval path and an item never on a reply.
/// </summary>
public enum SubjectKind
{
    Item,
    Application,
}

/// <summary>What a step does to the instance's clock while the instance waits there.</summary>
public enum ClockEffect
{
    None,

    /// <summary>The time spent at the step is not counted (e.g. the third-party opinion, Art. 32).</summary>
    Pause,

    /// <summary>The clock stands still at the step and starts afresh when the step is left (e.g. a correction, Art. 31).</summary>
    Restart,
}

/// <summary>
/// A legal clock over the whole instance, on the working-day calendar: it starts when the instance
/// starts (or on a date the starter gives, e.g. the day an application was received), steps with a
/// <see cref="ClockEffect"/> pause or restart it, and people of a role may extend it. Reminders and an
/// overdue alert watch it; it never moves the instance by itself.
/// </summary>
public sealed record ClockDocument
{
    /// <summary>What users call it, e.g. 答复期限.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Working days from the start (the start day itself not counted).</summary>
    public int WorkingDays { get; init; }

    /// <summary>Remind this many working days before the clock runs out (0: no reminder).</summary>
    public int RemindWorkingDays { get; init; }

    /// <summary>Null: the clock cannot be extended.</summary>
    public ClockExtensionDocument? Extension { get; init; }
}

/// <summary>How the clock may be extended: by whom, how often, by how much at most (each time).</summary>
public sealed record ClockExtensionDocument
{
    public string Role { get; init; } = string.Empty;

    public int Times { get; init; } = 1;

    public int MaxWorkingDays { get; init; }
}
