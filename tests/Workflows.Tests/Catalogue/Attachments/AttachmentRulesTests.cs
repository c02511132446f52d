using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Catalogue.Attachments;
using Disclosure.Workflows.Common;

namespace Disclosure.Workflows.Tests.Catalogue.Attachments;

/// <summary>Files belong to a version: added while it is drafted, carried into the next version.</summary>
public sealed class AttachmentRulesTests
{
    private static readonly CatalogueTestData.PlainDeadlines Deadlines = new();
    private static readonly DateTimeOffset Later = CatalogueTestData.Now.AddDays(3);
    private static readonly string HashA = new('a', 64);
    private static readonly string HashB = new('b', 64);

    [Fact]
    public void Files_AreAddedWhileDrafting_AndRefusedOnceSubmitted()
    {
        var item = CatalogueTestData.Create(CatalogueTestData.LongTerm());
        var version = item.LatestVersion;

        item.AddAttachment(version.Id, "分工.pdf", AttachmentKind.Pdf, 1000, HashA, CatalogueTestData.Drafter, Later);
        item.Submit(version.Id, Later);

        Assert.Throws<CatalogueRuleException>(() => item.AddAttachment(version.Id, "照片.png", AttachmentKind.Png, 10, HashB, CatalogueTestData.Drafter, Later));
        Assert.Throws<CatalogueRuleException>(() => item.RemoveAttachment(version.Attachments[0].Id));
        Assert.Single(version.Attachments);
    }

    [Fact]
    public void TheSameFile_IsNotAddedTwiceToOneVersion()
    {
        var item = CatalogueTestData.Create(CatalogueTestData.LongTerm());
        item.AddAttachment(item.LatestVersion.Id, "分工.pdf", AttachmentKind.Pdf, 1000, HashA, CatalogueTestData.Drafter, Later);

        var error = Assert.Throws<AttachmentRejectedException>(() =>
            item.AddAttachment(item.LatestVersion.Id, "分工（副本）.pdf", AttachmentKind.Pdf, 1000, HashA, CatalogueTestData.Drafter, Later));

        Assert.Equal("attachment.duplicate", error.Code);
    }

    [Fact]
    public void ANewVersion_StartsWithThePreviousVersionsFiles_AsItsOwnAttachments()
    {
        var item = CatalogueTestData.Create(CatalogueTestData.Periodic("2026-02"));
        var february = item.LatestVersion;
        var table = item.AddAttachment(february.Id, "发放明细.xlsx", AttachmentKind.Excel, 5000, HashA, CatalogueTestData.Drafter, Later);
        item.Submit(february.Id, Later);
        item.Publish(february.Id, Later, new DateOnly(2026, 3, 5), Deadlines);
        var (_, marchContent) = ItemInputValidator.Validate(CatalogueTestData.Periodic("2026-03"));

        var march = item.StartNewVersion(marchContent, Actor.System, Later.AddDays(30), Deadlines);

        var copy = Assert.Single(march.Attachments);
        Assert.NotEqual(table.Id, copy.Id);
        Assert.Equal((table.FileName, table.Kind, table.Length, table.Sha256, table.AddedByName), (copy.FileName, copy.Kind, copy.Length, copy.Sha256, copy.AddedByName));
        Assert.Equal(march.Id, copy.VersionId);

        item.RemoveAttachment(copy.Id);
        Assert.Empty(march.Attachments);
        Assert.Single(february.Attachments);
    }

    [Fact]
    public void AVersion_CarriesAtMostTheLimitOfFiles()
    {
        var item = CatalogueTestData.Create(CatalogueTestData.LongTerm());
        for (var i = 0; i < ItemVersion.MaxAttachments; i++)
        {
            item.AddAttachment(item.LatestVersion.Id, $"{i}.png", AttachmentKind.Png, 10, i.ToString("x64", System.Globalization.CultureInfo.InvariantCulture), CatalogueTestData.Drafter, Later);
        }

        var error = Assert.Throws<AttachmentRejectedException>(() =>
            item.AddAttachment(item.LatestVersion.Id, "one-more.png", AttachmentKind.Png, 10, HashB, CatalogueTestData.Drafter, Later));
        Assert.Equal("attachment.too-many", error.Code);
    }
}
