namespace Disclosure.Workflows.Catalogue;

/// <summary>The statutory dates of the catalogue, computed on the working-day calendar.</summary>
public interface IDisclosureDeadlines
{
    /// <summary>Art. 26: publish within 20 working days of the information being formed or changed.</summary>
    DateOnly PublishBy(DateOnly formedOn);

    /// <summary>The day a periodic disclosure for the period is due: 20 working days after it ends.</summary>
    DateOnly PeriodDue(DisclosurePeriod period);
}
