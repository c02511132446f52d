namespace Disclosure.Workflows.Catalogue;

/// <summary>What one version of an item says; validated by <see cref="ItemInputValidator"/>.</summary>
public sealed record ItemContent(
    string Title,
    string Body,
    string? Interpretation,
    IReadOnlyList<Channel> Channels,
    Audience Audience,
    string? AudienceNote,
    string LegalBasis,
    DateOnly FormedOn,
    IReadOnlyList<RightsHolder> RightsHolders,
    Exemption? ProposedExemption,
    DisclosurePeriod? Period,
    IReadOnlyList<string>? DepartmentsConcerned = null);

/// <summary>How an item is filed and scheduled; shared by all its versions.</summary>
public sealed record ItemSchedule(
    string CategoryCode,
    TimingClass Timing,
    Cadence? Cadence,
    int? ReviewIntervalMonths,
    string ResponsibleBody);

/// <summary>Who did something, as the journal and the item record it.</summary>
public sealed record Actor(string Id, string Name)
{
    public static Actor System { get; } = new("system", "系统");
}
