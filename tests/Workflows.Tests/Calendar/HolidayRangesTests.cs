using Disclosure.Workflows.Calendar;

namespace Disclosure.Workflows.Tests.Calendar;

public sealed class HolidayRangesTests
{
    [Fact]
    public void TheNoticeOf2026_ReadAsRanges_GivesTheShippedDays_AndIsWrittenBackTheSame()
    {
        const string Holidays = "01-01 至 01-03\n02-15 至 02-23\n04-04 至 04-06\n05-01 至 05-05\n06-19 至 06-21\n09-25 至 09-27\n10-01 至 10-07";
        var shipped = ShippedHolidaySchedules.All.Single(s => s.Year == 2026);

        var (ranges, problems) = HolidayRanges.ParseRanges(Holidays, 2026);
        var (workdays, listProblems) = HolidayRanges.ParseList("01-04, 02-14，02-28、05-09 09-20\n10-10", 2026);

        Assert.Empty(problems);
        Assert.Empty(listProblems);
        Assert.Equal(shipped.Holidays, ranges.SelectMany(r => r.Each()));
        Assert.Equal(shipped.MakeUpWorkdays, workdays);
        Assert.Equal(Holidays, HolidayRanges.FormatRanges(shipped.Holidays, 2026));
        Assert.Equal("01-04、02-14、02-28、05-09、09-20、10-10", HolidayRanges.FormatList(shipped.MakeUpWorkdays, 2026));
        // Weekend days inside the Spring Festival are holidays as entered: 9 days, not the 6 weekdays.
        Assert.Equal(9, ranges[1].Days);
    }

    [Theory]
    [InlineData("02-30", "calendar-entry.range-invalid")]
    [InlineData("02-23 至 02-15", "calendar-entry.range-backwards")]
    [InlineData("春节", "calendar-entry.range-invalid")]
    public void BadLines_AreNamed(string line, string code)
    {
        var (_, problems) = HolidayRanges.ParseRanges(line, 2027);

        Assert.Equal(code, Assert.Single(problems).Code);
        Assert.Contains(line, problems[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void OverlappingRanges_AreRefused_AndDaysOfAnotherYearKeepTheirYear()
    {
        var (_, problems) = HolidayRanges.ParseRanges("02-10 至 02-17\n02-17 至 02-18", 2024);
        var (ranges, _) = HolidayRanges.ParseRanges("2023-12-30 至 2023-12-31", 2024);

        Assert.Equal("calendar-entry.range-overlaps", Assert.Single(problems).Code);
        Assert.Equal("2023-12-30 至 2023-12-31", ranges[0].Format(2024));
    }
}
