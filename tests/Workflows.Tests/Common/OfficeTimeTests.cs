using Disclosure.Workflows.Common;

namespace Disclosure.Workflows.Tests.Common;

/// <summary>A typed day is read in the office's one format only, as the screens show it.</summary>
public sealed class OfficeTimeTests
{
    [Theory]
    [InlineData("2026-12-04", 2026, 12, 4)]
    [InlineData(" 2026-02-28 ", 2026, 2, 28)]
    [InlineData("2028-02-29", 2028, 2, 29)]
    public void ADayInTheOfficesFormat_IsRead(string text, int year, int month, int day)
    {
        Assert.True(OfficeTime.TryParseDay(text, out var read));
        Assert.Equal(new DateOnly(year, month, day), read);
        Assert.Equal(text.Trim(), OfficeTime.Format(read));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("11/26/2026")]
    [InlineData("2026/11/26")]
    [InlineData("26-11-2026")]
    [InlineData("2026-2-3")]
    [InlineData("2026-02-30")]
    [InlineData("2026-13-01")]
    [InlineData("2026年11月26日")]
    [InlineData("2026-11-26 17:00")]
    public void AnythingElse_IsNotADay(string? text) => Assert.False(OfficeTime.TryParseDay(text, out _));
}
