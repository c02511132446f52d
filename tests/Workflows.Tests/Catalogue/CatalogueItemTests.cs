using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;

namespace Disclosure.Workflows.Tests.Catalogue;

public sealed class CatalogueItemTests
{
    private static readonly CatalogueTestData.PlainDeadlines Deadlines = new();
    private static readonly DateTimeOffset Later = CatalogueTestData.Now.AddDays(3);

    [Fact]
    public void Create_StartsVersionOneAsADraft_WithItsPublicationDeadline()
    {
        var item = CatalogueTestData.Create(CatalogueTestData.LongTerm());

        var version = Assert.Single(item.Versions);
        Assert.Equal(1, version.Number);
        Assert.Equal(VersionStatus.Draft, version.Status);
        Assert.Equal(new DateOnly(2026, 3, 20), version.PublishBy);
        Assert.Equal(new DateOnly(2026, 8, 20), item.ReviewDueOn);
    }

    [Fact]
    public void PublishedContent_CannotBeEditedInPlace()
    {
        var item = PublishedLongTerm(out var version);
        var (schedule, content) = ItemInputValidator.Validate(CatalogueTestData.LongTerm() with { Title = "改过的标题" });

        var error = Assert.Throws<CatalogueRuleException>(() => item.EditDraft(version.Id, schedule, content, Deadlines));

        Assert.Contains("不能修改", error.Message, StringComparison.Ordinal);
        Assert.NotEqual("改过的标题", version.Title);
    }

    [Fact]
    public void NewVersion_SupersedesTheOldOne_OnlyWhenItIsPublished()
    {
        var item = PublishedLongTerm(out var first);
        var (_, content) = ItemInputValidator.Validate(CatalogueTestData.LongTerm() with { Title = "2026 年调整后的职责分工", FormedOn = "2026-06-01" });

        var second = item.StartNewVersion(content, CatalogueTestData.Drafter, Later, Deadlines);
        Assert.Equal(VersionStatus.Published, first.Status);

        item.Submit(second.Id, Later);
        item.Publish(second.Id, Later, new DateOnly(2026, 6, 5), Deadlines);

        Assert.Equal(VersionStatus.Superseded, first.Status);
        Assert.Equal(VersionStatus.Published, second.Status);
        Assert.Same(second, item.PublishedVersion());
        Assert.Equal(new DateOnly(2026, 12, 5), item.ReviewDueOn);
    }

    [Fact]
    public void StartNewVersion_IsRefused_WhileAnotherVersionIsOpen()
    {
        var item = CatalogueTestData.Create(CatalogueTestData.LongTerm());
        var (_, content) = ItemInputValidator.Validate(CatalogueTestData.LongTerm());

        Assert.Throws<CatalogueRuleException>(() => item.StartNewVersion(content, CatalogueTestData.Drafter, Later, Deadlines));
    }

    [Fact]
    public void PeriodicItem_KeepsEachPeriodPublished_AndMovesItsNextDuePeriod()
    {
        var item = CatalogueTestData.Create(CatalogueTestData.Periodic("2026-02"));
        var february = item.LatestVersion;
        Assert.Equal("2026-02", item.NextPeriodKey);
        Assert.Equal(new DateOnly(2026, 3, 28), item.NextPeriodDueOn);

        item.Submit(february.Id, Later);
        item.Publish(february.Id, Later, new DateOnly(2026, 3, 5), Deadlines);
        var (_, marchContent) = ItemInputValidator.Validate(CatalogueTestData.Periodic("2026-03"));
        var march = item.StartNewVersion(marchContent, CatalogueTestData.Drafter, Later, Deadlines);
        item.Submit(march.Id, Later);
        item.Publish(march.Id, Later, new DateOnly(2026, 4, 3), Deadlines);

        Assert.Equal(VersionStatus.Published, february.Status);
        Assert.Equal(VersionStatus.Published, march.Status);
        Assert.Equal(2, item.PublishedVersions.Count());
        Assert.Equal("2026-04", item.NextPeriodKey);
        Assert.Equal(new DateOnly(2026, 5, 28), item.NextPeriodDueOn);
    }

    [Fact]
    public void Withhold_RecordsTheGround_AndClosesTheVersion()
    {
        var item = CatalogueTestData.Create(CatalogueTestData.LongTerm());
        var version = item.LatestVersion;
        item.Submit(version.Id, Later);

        item.Withhold(version.Id, new Exemption(ExemptionGround.PersonalPrivacy, "《政府信息公开条例》第十五条", "含个人身份信息"), Later);

        Assert.Equal(VersionStatus.Withheld, version.Status);
        Assert.Equal(ExemptionGround.PersonalPrivacy, version.Exemption!.Ground);
        Assert.False(version.IsPending);
    }

    [Fact]
    public void Withdraw_NeedsAReason_AndKeepsEveryVersionInHistory()
    {
        var item = PublishedLongTerm(out var version);
        Assert.Throws<ValidationFailedException>(() => item.Withdraw(" ", Later));

        item.Withdraw("机构调整，职责分工已废止", Later);

        Assert.True(item.IsWithdrawn);
        Assert.Equal(VersionStatus.Withdrawn, version.Status);
        Assert.Single(item.Versions);
        Assert.Null(item.ReviewDueOn);
        Assert.Throws<CatalogueRuleException>(() => item.ConfirmCurrent(new DateOnly(2026, 7, 1)));
    }

    [Fact]
    public void Publish_IsRefused_ForADraftThatWasNeverSubmitted()
    {
        var item = CatalogueTestData.Create(CatalogueTestData.LongTerm());

        Assert.Throws<CatalogueRuleException>(() => item.Publish(item.LatestVersion.Id, Later, new DateOnly(2026, 3, 5), Deadlines));
    }

    private static CatalogueItem PublishedLongTerm(out ItemVersion version)
    {
        var item = CatalogueTestData.Create(CatalogueTestData.LongTerm());
        version = item.LatestVersion;
        item.Submit(version.Id, Later);
        item.Publish(version.Id, Later, new DateOnly(2026, 3, 5), Deadlines);
        return item;
    }
}
