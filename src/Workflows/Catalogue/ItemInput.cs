namespace Disclosure.Workflows.Catalogue;

/// <summary>
/// An item as a client sends it: every field optional and loosely typed, so that missing or
/// malformed values come back as validation errors that name the field rather than as a
/// deserialisation failure. Enum values are their English names (e.g. "Periodic").
/// </summary>
public sealed record ItemInput
{
    public string? Title { get; init; }

    public string? Body { get; init; }

    public string? Interpretation { get; init; }

    public string? CategoryCode { get; init; }

    public string? Timing { get; init; }

    public string? Cadence { get; init; }

    public int? ReviewIntervalMonths { get; init; }

    public IReadOnlyList<string>? Channels { get; init; }

    public string? Audience { get; init; }

    public string? AudienceNote { get; init; }

    public string? LegalBasis { get; init; }

    public string? ResponsibleBody { get; init; }

    /// <summary>yyyy-MM-dd.</summary>
    public string? FormedOn { get; init; }

    /// <summary>Periodic items: 2026-10, 2026-Q3, 2026-H2 or 2026.</summary>
    public string? Period { get; init; }

    public IReadOnlyList<RightsHolderInput>? RightsHolders { get; init; }

    /// <summary>Other departments the information concerns (会签部门), by name; see <see cref="OfficeDepartments"/>.</summary>
    public IReadOnlyList<string>? DepartmentsConcerned { get; init; }

    /// <summary>Set when the drafter proposes to withhold the item (拟不予公开).</summary>
    public ExemptionInput? Exemption { get; init; }
}

public sealed record RightsHolderInput
{
    public string? Name { get; init; }

    public string? Contact { get; init; }

    public string? Concern { get; init; }

    public string? Details { get; init; }
}

public sealed record ExemptionInput
{
    public string? Ground { get; init; }

    public string? LegalBasis { get; init; }

    public string? Reason { get; init; }
}
