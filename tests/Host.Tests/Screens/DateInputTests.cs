using Bunit;
using Disclosure.Host.Components.Common;
using Disclosure.Workflows.Common;

namespace Disclosure.Host.Tests.Screens;

/// <summary>
/// The day field: the text goes to the form as typed, a text that is not a day in the office's
/// format (2026-12-04) is said at the field when it is left, an empty optional field says nothing,
/// and the line under the field that holds the message is there with or without one.
/// </summary>
public sealed class DateInputTests : IDisposable
{
    private readonly BunitContext _context = new();
    private string? _value;

    [Fact]
    public async Task ADayInTheOfficesFormat_ReachesTheForm_AndNothingIsSaid()
    {
        var field = Render();

        await field.Find("input").InputAsync(new() { Value = "2026-12-04" });
        await field.Find("input").BlurAsync(new());

        Assert.Equal("2026-12-04", _value);
        Assert.True(OfficeTime.TryParseDay(_value, out var day));
        Assert.Equal(new DateOnly(2026, 12, 4), day);
        Assert.Equal(string.Empty, field.Find("#d-message").TextContent);
        Assert.Null(field.Find("input").GetAttribute("aria-invalid"));
    }

    [Theory]
    [InlineData("11/26/2026")]
    [InlineData("2026/11/26")]
    [InlineData("2026-13-40")]
    [InlineData("2026-2-3")]
    [InlineData("2026年11月26日")]
    public async Task TextThatIsNotADay_IsSaidAtTheFieldWhenLeft_NotWhileTyping_AndGoesWhenCorrected(string text)
    {
        var field = Render();

        await field.Find("input").InputAsync(new() { Value = text });
        Assert.Equal(string.Empty, field.Find("#d-message").TextContent);
        await field.Find("input").BlurAsync(new());

        Assert.Equal(text, _value);
        Assert.Equal(Messages.DayFormatExpected.Text, field.Find("#d-message").TextContent);
        Assert.Equal("true", field.Find("input").GetAttribute("aria-invalid"));
        Assert.Equal("d-message", field.Find("input").GetAttribute("aria-describedby"));

        await field.Find("input").InputAsync(new() { Value = "2026-11-26" });
        Assert.Equal("2026-11-26", _value);
        Assert.Equal(string.Empty, field.Find("#d-message").TextContent);
        Assert.Null(field.Find("input").GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task TextTypedWrongAgainAfterACorrection_IsSaidAgainWhenLeft()
    {
        // The browser sends no change event here (the text left is the text found on entering); leaving is enough.
        var field = Render();

        await field.Find("input").InputAsync(new() { Value = "11/26/2026" });
        await field.Find("input").BlurAsync(new());
        await field.Find("input").InputAsync(new() { Value = "2026-11-26" });
        Assert.Equal(string.Empty, field.Find("#d-message").TextContent);
        await field.Find("input").InputAsync(new() { Value = "11/26/2026" });
        await field.Find("input").BlurAsync(new());

        Assert.Equal(Messages.DayFormatExpected.Text, field.Find("#d-message").TextContent);
    }

    [Fact]
    public async Task AnEmptyOptionalField_SaysNothing_AndGivesNoDay()
    {
        _value = "2026-12-04";
        var field = Render(_value);

        await field.Find("input").InputAsync(new() { Value = "" });
        await field.Find("input").BlurAsync(new());

        Assert.Equal(string.Empty, _value);
        Assert.False(OfficeTime.TryParseDay(_value, out _));
        Assert.Equal(string.Empty, field.Find("#d-message").TextContent);
        Assert.Null(field.Find("input").GetAttribute("aria-invalid"));
        Assert.Null(field.Find("input").GetAttribute("aria-required"));
    }

    [Fact]
    public void TheFormsOwnMessage_IsShownInTheSameLine()
    {
        var message = Messages.DateInvalid("信息形成或变更日期", "2026-13-40").Text;
        var field = _context.Render<DateInput>(ps => ps
            .Add(p => p.Id, "d")
            .Add(p => p.Value, "2026-13-40")
            .Add(p => p.Required, true)
            .Add(p => p.Error, message));

        Assert.Equal(message, field.Find("#d-message").TextContent);
        Assert.Equal("true", field.Find("input").GetAttribute("aria-invalid"));
        Assert.Equal("true", field.Find("input").GetAttribute("aria-required"));
    }

    [Fact]
    public void ADaySetByTheForm_IsShownInTheOfficesFormat()
    {
        var field = Render(OfficeTime.Format(new DateOnly(2026, 11, 26)));

        Assert.Equal("2026-11-26", field.Find("input").GetAttribute("value"));
        Assert.Equal("text", field.Find("input").GetAttribute("type"));
        Assert.Equal("例：2026-12-04", field.Find("input").GetAttribute("placeholder"));
    }

    public void Dispose() => _context.Dispose();

    private IRenderedComponent<DateInput> Render(string? value = null) => _context.Render<DateInput>(ps => ps
        .Add(p => p.Id, "d")
        .Bind(p => p.Value, value, v => _value = v));
}
