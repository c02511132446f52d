using Disclosure.Workflows.Catalogue;

namespace Disclosure.Testing;

/// <summary>Items as the office drafts them, for tests across projects.</summary>
public static class SampleItems
{
    public static ItemInput DivisionOfDuties(string title = "永安街道办事处领导班子成员职责分工") => new()
    {
        Title = title,
        Body = "<p>主任：主持街道全面工作。</p><p>副主任：分管社会事务、城市管理。</p>",
        CategoryCode = "4.2",
        Timing = "LongTerm",
        ReviewIntervalMonths = 12,
        Channels = ["WeChat", "BulletinBoard"],
        Audience = "Public",
        LegalBasis = "《中华人民共和国政府信息公开条例》第二十条",
        ResponsibleBody = "党政办公室",
        FormedOn = "2026-02-27",
    };

    public static ItemInput TenderResults() => new()
    {
        Title = "永安街道老旧小区改造工程中标结果公示",
        Body = "<p>中标单位：淄博某建设有限公司，中标价 386.5 万元。</p>",
        CategoryCode = "3.1",
        Timing = "LongTerm",
        Channels = ["BulletinBoard"],
        Audience = "Public",
        LegalBasis = "《中华人民共和国招标投标法实施条例》第五十四条",
        ResponsibleBody = "城市管理办公室",
        FormedOn = "2026-02-26",
        RightsHolders =
        [
            new RightsHolderInput { Name = "淄博某建设有限公司", Contact = "ztb@example.cn", Concern = "CommercialSecret", Details = "投标报价明细" },
            new RightsHolderInput { Name = "周村某监理有限公司", Contact = "13905330000", Concern = "CommercialSecret", Details = "监理费用构成" },
        ],
    };

    public static ItemInput EmergencyNotice() => new()
    {
        Title = "关于寒潮天气的紧急通知",
        Body = "<p>受寒潮影响，请居民注意防寒保暖。</p>",
        CategoryCode = "2.1",
        Timing = "Immediate",
        Channels = ["WeChat"],
        Audience = "Public",
        LegalBasis = "《中华人民共和国突发事件应对法》",
        ResponsibleBody = "应急管理办公室",
        FormedOn = "2026-03-02",
    };

    public static ItemInput SubsistencePayout(string period) => new()
    {
        Title = $"{DisclosurePeriod.Parse(period).Label} 城乡低保金发放情况",
        Body = "<p>本月发放城乡低保金合计 12.6 万元，涉及 158 户。</p>",
        CategoryCode = "2.3",
        Timing = "Periodic",
        Cadence = "Monthly",
        Channels = ["BulletinBoard"],
        Audience = "Public",
        LegalBasis = "《社会救助暂行办法》",
        ResponsibleBody = "社会事务办公室",
        FormedOn = $"{period}-25",
        Period = period,
    };
}
