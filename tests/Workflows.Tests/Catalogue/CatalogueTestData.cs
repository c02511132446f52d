using Disclosure.Workflows.Catalogue;

namespace Disclosure.Workflows.Tests.Catalogue;

/// <summary>Inputs as a drafter fills them in, and plain deadlines for domain tests.</summary>
internal static class CatalogueTestData
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);
    public static readonly Actor Drafter = new("u-drafter", "王拟稿");

    public static ItemInput LongTerm() => new()
    {
        Title = "永安街道办事处领导班子成员职责分工",
        Body = "<p>主任：主持全面工作。</p>",
        CategoryCode = "4.2",
        Timing = "LongTerm",
        ReviewIntervalMonths = 6,
        Channels = ["WeChat"],
        Audience = "Public",
        LegalBasis = "《中华人民共和国政府信息公开条例》第二十条",
        ResponsibleBody = "党政办公室",
        FormedOn = "2026-02-20",
    };

    public static ItemInput Periodic(string period = "2026-02") => new()
    {
        Title = $"{period} 低保金发放情况",
        Body = "<p>本月共发放低保金 12.6 万元。</p>",
        CategoryCode = "2.3",
        Timing = "Periodic",
        Cadence = "Monthly",
        Channels = ["BulletinBoard"],
        Audience = "Public",
        LegalBasis = "《社会救助暂行办法》",
        ResponsibleBody = "社会事务办公室",
        FormedOn = "2026-03-01",
        Period = period,
    };

    public static CatalogueItem Create(ItemInput input)
    {
        var (schedule, content) = ItemInputValidator.Validate(input);
        return CatalogueItem.Create(schedule, content, Drafter, Now, new PlainDeadlines());
    }

    /// <summary>Calendar days instead of working days: enough for rules that only compare dates.</summary>
    internal sealed class PlainDeadlines : IDisclosureDeadlines
    {
        public DateOnly PublishBy(DateOnly formedOn) => formedOn.AddDays(28);

        public DateOnly PeriodDue(DisclosurePeriod period) => period.End.AddDays(28);
    }
}
