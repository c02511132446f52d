using Disclosure.Workflows.Catalogue;

namespace Disclosure.Workflows.Calendar;

/// <summary>The catalogue's statutory dates on the office calendar.</summary>
public sealed class DisclosureDeadlines(WorkingDayCalendar calendar, Action<int>? unscheduledYear = null) : IDisclosureDeadlines
{
    /// <summary>2019 regulation Art. 26.</summary>
    public const int PublishWithinWorkingDays = 20;

    /// <summary>2019 regulation Art. 32.</summary>
    public const int ThirdPartyWorkingDays = 15;

    public WorkingDayCalendar Calendar => calendar;

    public DateOnly PublishBy(DateOnly formedOn) => Add(formedOn, PublishWithinWorkingDays);

    public DateOnly PeriodDue(DisclosurePeriod period) => Add(period.End, PublishWithinWorkingDays);

    public DateOnly ThirdPartyAnswerBy(DateOnly received) => Add(received, ThirdPartyWorkingDays);

    /// <summary>The N-th working day after <paramref name="from"/>, reporting years without a schedule.</summary>
    public DateOnly Add(DateOnly from, int workingDays)
    {
        var result = calendar.AddWorkingDays(from, workingDays);
        foreach (var year in calendar.UnscheduledYearsBetween(from, result))
        {
            unscheduledYear?.Invoke(year);
        }

        return result;
    }
}
