using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;

namespace Disclosure.Host.Components.Items;

/// <summary>
/// The item editor's fields. Choices are enum names (the values <see cref="ItemInput"/> takes), so
/// the domain's validator is the only one that judges them.
/// </summary>
public sealed class ItemFormModel
{
    public string Title { get; set; } = string.Empty;

    public string CategoryCode { get; set; } = string.Empty;

    public string Timing { get; set; } = nameof(TimingClass.LongTerm);

    public string Cadence { get; set; } = string.Empty;

    public string Period { get; set; } = string.Empty;

    public int ReviewIntervalMonths { get; set; } = 12;

    public HashSet<Channel> Channels { get; } = [Channel.Online];

    public string Audience { get; set; } = nameof(Workflows.Catalogue.Audience.Public);

    public string AudienceNote { get; set; } = string.Empty;

    public string LegalBasis { get; set; } = string.Empty;

    public string ResponsibleBody { get; set; } = string.Empty;

    /// <summary>The day as typed (2026-12-04); the validator reads it, and names the field when it is not a day.</summary>
    public string FormedOn { get; set; } = string.Empty;

    public List<RightsHolderModel> RightsHolders { get; } = [];

    /// <summary>Other departments the information concerns (会签部门), in the order chosen.</summary>
    public List<string> DepartmentsConcerned { get; } = [];

    public bool ProposeWithholding { get; set; }

    public string ExemptionGround { get; set; } = string.Empty;

    public string ExemptionBasis { get; set; } = string.Empty;

    public string ExemptionReason { get; set; } = string.Empty;

    public string Interpretation { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    public bool IsPeriodic => Timing == nameof(TimingClass.Periodic);

    public bool IsLongTerm => Timing == nameof(TimingClass.LongTerm);

    public static ItemFormModel For(CatalogueItem item, ItemVersion version)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(version);
        var model = new ItemFormModel
        {
            Title = version.Title,
            CategoryCode = item.CategoryCode,
            Timing = item.Timing.ToString(),
            Cadence = item.Cadence?.ToString() ?? string.Empty,
            Period = version.PeriodKey ?? string.Empty,
            ReviewIntervalMonths = item.ReviewIntervalMonths ?? 12,
            Audience = version.Audience.ToString(),
            AudienceNote = version.AudienceNote ?? string.Empty,
            LegalBasis = version.LegalBasis,
            ResponsibleBody = item.ResponsibleBody,
            FormedOn = OfficeTime.Format(version.FormedOn),
            ProposeWithholding = version.Exemption is not null,
            ExemptionGround = version.Exemption?.Ground.ToString() ?? string.Empty,
            ExemptionBasis = version.Exemption?.LegalBasis ?? string.Empty,
            ExemptionReason = version.Exemption?.Reason ?? string.Empty,
            Interpretation = version.Interpretation ?? string.Empty,
            Body = version.Body,
        };
        model.Channels.UnionWith(version.Channels);
        model.DepartmentsConcerned.AddRange(version.DepartmentsConcerned);
        model.RightsHolders.AddRange(version.RightsHolders.Select(h => new RightsHolderModel
        {
            Name = h.Name, Contact = h.Contact, Concern = h.Concern.ToString(), Details = h.Details,
        }));
        return model;
    }

    public ItemInput ToInput(string body) => new()
    {
        Title = Title,
        Body = body,
        Interpretation = string.IsNullOrWhiteSpace(Interpretation) ? null : Interpretation,
        CategoryCode = CategoryCode,
        Timing = Timing,
        Cadence = IsPeriodic ? Cadence : null,
        Period = IsPeriodic ? Period : null,
        ReviewIntervalMonths = IsLongTerm ? ReviewIntervalMonths : null,
        Channels = [.. Channels.Select(c => c.ToString())],
        Audience = Audience,
        AudienceNote = Audience == nameof(Workflows.Catalogue.Audience.SpecificGroup) ? AudienceNote : null,
        LegalBasis = LegalBasis,
        ResponsibleBody = ResponsibleBody,
        FormedOn = FormedOn,
        RightsHolders = [.. RightsHolders.Select(h => new RightsHolderInput { Name = h.Name, Contact = h.Contact, Concern = h.Concern, Details = h.Details })],
        DepartmentsConcerned = [.. DepartmentsConcerned],
        Exemption = ProposeWithholding ? new ExemptionInput { Ground = ExemptionGround, LegalBasis = ExemptionBasis, Reason = ExemptionReason } : null,
    };
}

public sealed class RightsHolderModel
{
    public string Name { get; set; } = string.Empty;

    public string Contact { get; set; } = string.Empty;

    public string Concern { get; set; } = nameof(RightsConcern.CommercialSecret);

    public string Details { get; set; } = string.Empty;
}
