namespace Disclosure.Workflows.Calendar;

/// <summary>A year's holiday schedule as stored: shipped with the product or entered by an administrator.</summary>
public sealed class CalendarYear
{
    private CalendarYear()
    {
        Holidays = [];
        MakeUpWorkdays = [];
        UpdatedBy = string.Empty;
    }

    public CalendarYear(HolidaySchedule schedule, string updatedBy, DateTimeOffset updatedAt)
        : this()
    {
        ArgumentNullException.ThrowIfNull(schedule);
        Year = schedule.Year;
        Replace(schedule, updatedBy, updatedAt);
    }

    public int Year { get; private set; }

    public DateOnly[] Holidays { get; private set; }

    public DateOnly[] MakeUpWorkdays { get; private set; }

    public string UpdatedBy { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public HolidaySchedule ToSchedule() => new(Year, Holidays, MakeUpWorkdays);

    public void Replace(HolidaySchedule schedule, string updatedBy, DateTimeOffset updatedAt)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        Holidays = [.. schedule.Holidays.Order()];
        MakeUpWorkdays = [.. schedule.MakeUpWorkdays.Order()];
        UpdatedBy = updatedBy;
        UpdatedAt = updatedAt;
    }
}
