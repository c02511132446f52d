namespace Disclosure.Workflows.Definitions;

/// <summary>
/// Which items a definition serves: a condition over the item's facts (category, timing,
/// rights-holders) and a priority. An item starts on the latest published version of the
/// applicable definition with the highest priority (ties: the key in ordinal order); a
/// selection without a condition applies to every item, so with a low priority it is the default.
/// </summary>
public sealed record SelectionDocument
{
    /// <summary>Null: applies to every item.</summary>
    public ConditionDocument? When { get; init; }

    public int Priority { get; init; }
}
