using Disclosure.Workflows.Catalogue;

namespace Disclosure.Workflows.Tests.Catalogue;

public sealed class DisclosurePeriodTests
{
    [Theory]
    [InlineData("2026-10", Cadence.Monthly, "2026-10-01", "2026-10-31", "2026年10月")]
    [InlineData("2026-Q3", Cadence.Quarterly, "2026-07-01", "2026-09-30", "2026年第3季度")]
    [InlineData("2026-H1", Cadence.HalfYearly, "2026-01-01", "2026-06-30", "2026年上半年")]
    [InlineData("2024", Cadence.Yearly, "2024-01-01", "2024-12-31", "2024年度")]
    public void Parse_ReadsEveryCadence(string key, Cadence cadence, string start, string end, string label)
    {
        var period = DisclosurePeriod.Parse(key);

        Assert.Equal(cadence, period.Cadence);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), period.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), period.End);
        Assert.Equal(label, period.Label);
        Assert.Equal(key, period.Key);
    }

    [Fact]
    public void Next_CrossesTheYearEnd()
    {
        Assert.Equal("2027-Q1", DisclosurePeriod.Parse("2026-Q4").Next().Key);
        Assert.Equal("2027-01", DisclosurePeriod.Parse("2026-12").Next().Key);
        Assert.Equal("2025-H2", DisclosurePeriod.Parse("2026-H1").Previous().Key);
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-Q5")]
    [InlineData("2026-H0")]
    [InlineData("26-01")]
    [InlineData("")]
    public void TryParse_RefusesWhatIsNotAPeriod(string key) => Assert.False(DisclosurePeriod.TryParse(key, out _));

    [Fact]
    public void Containing_FindsTheQuarterOfADay() =>
        Assert.Equal("2026-Q4", DisclosurePeriod.Containing(Cadence.Quarterly, new DateOnly(2026, 11, 27)).Key);
}
