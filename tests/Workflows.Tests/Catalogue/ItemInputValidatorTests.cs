using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;

namespace Disclosure.Workflows.Tests.Catalogue;

public sealed class ItemInputValidatorTests
{
    [Fact]
    public void Validate_AcceptsACompleteLongTermItem_AndAlwaysAddsOnline()
    {
        var (schedule, content) = ItemInputValidator.Validate(CatalogueTestData.LongTerm());

        Assert.Equal("4.2", schedule.CategoryCode);
        Assert.Equal(TimingClass.LongTerm, schedule.Timing);
        Assert.Equal(6, schedule.ReviewIntervalMonths);
        Assert.Equal([Channel.Online, Channel.WeChat], content.Channels);
        Assert.Equal(new DateOnly(2026, 2, 20), content.FormedOn);
    }

    [Theory]
    [InlineData("9.9")]
    [InlineData("banana")]
    public void Validate_NamesCategoryCode_WhenTheCategoryIsUnknown(string code)
    {
        var error = Assert.Throws<ValidationFailedException>(() => ItemInputValidator.Validate(CatalogueTestData.LongTerm() with { CategoryCode = code }));

        Assert.Equal(["categoryCode"], error.Errors.Keys);
    }

    [Fact]
    public void Validate_RefusesATopLevelCategoryThatHasSubItems()
    {
        var error = Assert.Throws<ValidationFailedException>(() => ItemInputValidator.Validate(CatalogueTestData.LongTerm() with { CategoryCode = "3" }));

        Assert.Contains("子项", Assert.Single(error.Errors["categoryCode"]).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AcceptsCategoryFive_WhichHasNoSubItems()
    {
        var (schedule, _) = ItemInputValidator.Validate(CatalogueTestData.LongTerm() with { CategoryCode = "5" });

        Assert.Equal("5", schedule.CategoryCode);
    }

    [Fact]
    public void Validate_NamesEveryMissingRequiredField()
    {
        var error = Assert.Throws<ValidationFailedException>(() => ItemInputValidator.Validate(new ItemInput()));

        Assert.Equivalent(
            new[] { "title", "body", "legalBasis", "responsibleBody", "categoryCode", "timing", "audience", "formedOn" },
            error.Errors.Keys);
    }

    [Fact]
    public void Validate_RequiresACadence_ForPeriodicItems()
    {
        var error = Assert.Throws<ValidationFailedException>(() => ItemInputValidator.Validate(CatalogueTestData.Periodic() with { Cadence = null }));

        Assert.Contains("cadence", error.Errors.Keys);
    }

    [Fact]
    public void Validate_RequiresAPeriodMatchingTheCadence()
    {
        var missing = Assert.Throws<ValidationFailedException>(() => ItemInputValidator.Validate(CatalogueTestData.Periodic() with { Period = null }));
        var mismatched = Assert.Throws<ValidationFailedException>(() => ItemInputValidator.Validate(CatalogueTestData.Periodic() with { Period = "2026-Q1" }));

        Assert.Equal(["period"], missing.Errors.Keys);
        Assert.Equal(["period"], mismatched.Errors.Keys);
    }

    [Theory]
    [InlineData("2026/03/01")]
    [InlineData("01-03-2026")]
    [InlineData("2026-02-30")]
    [InlineData("yesterday")]
    public void Validate_NamesFormedOn_WhenTheDateIsMalformed(string date)
    {
        var error = Assert.Throws<ValidationFailedException>(() => ItemInputValidator.Validate(CatalogueTestData.LongTerm() with { FormedOn = date }));

        Assert.Equal(["formedOn"], error.Errors.Keys);
        Assert.Contains("yyyy-MM-dd", error.Errors["formedOn"][0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RefusesAProposedWithholdingWithoutGround()
    {
        var input = CatalogueTestData.LongTerm() with { Exemption = new ExemptionInput { Reason = "涉及个人信息" } };

        var error = Assert.Throws<ValidationFailedException>(() => ItemInputValidator.Validate(input));

        Assert.Equivalent(new[] { "exemption.ground", "exemption.legalBasis" }, error.Errors.Keys);
    }

    [Fact]
    public void Validate_RefusesUnknownEnumNamesAndNumbers()
    {
        var input = CatalogueTestData.LongTerm() with { Timing = "7", Audience = "everyone", Channels = ["Fax"] };

        var error = Assert.Throws<ValidationFailedException>(() => ItemInputValidator.Validate(input));

        Assert.Equivalent(new[] { "timing", "audience", "channels[0]" }, error.Errors.Keys);
    }

    [Fact]
    public void Validate_NamesTheRightsHolderFieldThatIsMissing()
    {
        var input = CatalogueTestData.LongTerm() with
        {
            RightsHolders = [new RightsHolderInput { Name = "张三", Contact = "13800000000", Concern = "PersonalPrivacy" }, new RightsHolderInput { Name = "某公司" }],
        };

        var error = Assert.Throws<ValidationFailedException>(() => ItemInputValidator.Validate(input));

        Assert.Equivalent(new[] { "rightsHolders[1].contact", "rightsHolders[1].concern" }, error.Errors.Keys);
    }

    [Fact]
    public void Validate_SanitisesTheBody()
    {
        var input = CatalogueTestData.LongTerm() with { Body = "<p onclick=\"steal()\">职责</p><script>alert(1)</script><a href=\"javascript:x()\">链接</a>" };

        var (_, content) = ItemInputValidator.Validate(input);

        Assert.DoesNotContain("script", content.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", content.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<p>职责</p>", content.Body, StringComparison.Ordinal);
    }
}
