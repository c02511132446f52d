using Disclosure.Workflows.Calendar;
using Disclosure.Workflows.Common;
using static Disclosure.Workflows.Tests.Calendar.TestDates;

namespace Disclosure.Workflows.Tests.Calendar;

public sealed class HolidayScheduleTests
{
    [Fact]
    public void Validate_ReturnsNothing_ForAConsistentSchedule()
    {
        var schedule = new HolidaySchedule(2027, [Day("2027-01-01")], [Day("2027-02-06")]);

        Assert.Empty(schedule.Validate());
    }

    [Fact]
    public void Validate_RejectsAMakeUpWorkday_ThatIsNotAWeekendDay()
    {
        var monday = Day("2027-10-11");
        Assert.Equal(DayOfWeek.Monday, monday.DayOfWeek);

        var errors = new HolidaySchedule(2027, [], [monday]).Validate();

        Assert.Equal(["2027-10-11 不是周末，不能作为调休上班日。"], errors.Select(e => e.Text));
        Assert.Equal("calendar.make-up-not-weekend", Assert.Single(errors).Code);
    }

    [Fact]
    public void Validate_RejectsADay_OutsideTheSchedulesYear()
    {
        var errors = new HolidaySchedule(2024, [Day("2023-12-30"), Day("2024-01-01")], []).Validate();

        var error = Assert.Single(errors);
        Assert.StartsWith("2023-12-30 不属于 2024 年", error.Text, StringComparison.Ordinal);
        Assert.EndsWith("应录入 2023 年的安排。", error.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RejectsADay_ListedAsBothHolidayAndMakeUpWorkday()
    {
        var saturday = Day("2027-02-06");

        var errors = new HolidaySchedule(2027, [saturday], [saturday]).Validate();

        Assert.Equal(["2027-02-06 同时列为节假日和调休上班日。"], errors.Select(e => e.Text));
    }

    [Fact]
    public void Validate_RejectsDuplicates_InEitherList()
    {
        var schedule = new HolidaySchedule(
            2027,
            [Day("2027-01-01"), Day("2027-01-01")],
            [Day("2027-02-06"), Day("2027-02-06")]);

        Assert.Equal(
            [
                "2027-01-01 在节假日中重复出现。",
                "2027-02-06 在调休上班日中重复出现。",
            ],
            schedule.Validate().Select(e => e.Text));
    }

    [Fact]
    public void Validate_ReportsEveryProblem_NotJustTheFirst()
    {
        var schedule = new HolidaySchedule(
            2027,
            [Day("2026-12-31"), Day("2027-05-01"), Day("2027-05-01")],
            [Day("2027-05-03")]);

        var errors = schedule.Validate();

        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, e => e.Text.StartsWith("2026-12-31", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Text.StartsWith("2027-05-03 不是周末", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Text.StartsWith("2027-05-01 在节假日中重复出现", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void Validate_RejectsAYear_DateOnlyCannotHold(int year)
    {
        var error = Assert.Single(new HolidaySchedule(year, [], []).Validate());

        Assert.Equal($"年份 {year} 无效。", error.Text);
    }

    [Fact]
    public void Constructor_RejectsMissingLists()
    {
        Assert.Throws<ArgumentNullException>(() => new HolidaySchedule(2027, null!, []));
        Assert.Throws<ArgumentNullException>(() => new HolidaySchedule(2027, [], null!));
    }

    [Fact]
    public void Schedule_KeepsItsDays_WhenTheCallersListChangesLater()
    {
        var holidays = new List<DateOnly> { Day("2027-01-01") };
        var schedule = new HolidaySchedule(2027, holidays, []);

        holidays.Add(Day("2027-01-01"));

        Assert.Single(schedule.Holidays);
        Assert.Empty(schedule.Validate());
    }

    [Fact]
    public void Equals_ComparesTheDays_NotTheListInstances()
    {
        var first = new HolidaySchedule(2027, [Day("2027-01-01")], [Day("2027-02-06")]);
        var same = new HolidaySchedule(2027, [Day("2027-01-01")], [Day("2027-02-06")]);
        var other = new HolidaySchedule(2027, [Day("2027-01-01")], [Day("2027-02-07")]);

        Assert.Equal(first, same);
        Assert.Equal(first.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(first, other);
    }
}
