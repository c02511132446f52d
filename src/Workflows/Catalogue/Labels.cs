namespace Disclosure.Workflows.Catalogue;

/// <summary>The Chinese words users see for the catalogue's codes.</summary>
public static class Labels
{
    /// <summary>The label of any of the catalogue's enums (for code generic over the enum).</summary>
    public static string OfEnum(Enum value) => value switch
    {
        TimingClass v => Of(v),
        Cadence v => Of(v),
        Channel v => Of(v),
        Audience v => Of(v),
        ExemptionGround v => Of(v),
        RightsConcern v => Of(v),
        VersionStatus v => Of(v),
        _ => value?.ToString() ?? string.Empty,
    };

    public static string Of(TimingClass value) => value switch
    {
        TimingClass.LongTerm => "长期公开",
        TimingClass.Periodic => "定期公开",
        TimingClass.Immediate => "即时公开",
        _ => value.ToString(),
    };

    public static string Of(Cadence value) => value switch
    {
        Cadence.Monthly => "每月",
        Cadence.Quarterly => "每季度",
        Cadence.HalfYearly => "每半年",
        Cadence.Yearly => "每年",
        _ => value.ToString(),
    };

    public static string Of(Channel value) => value switch
    {
        Channel.Online => "政府网站信息公开专栏",
        Channel.WeChat => "微信公众平台",
        Channel.BulletinBoard => "政务公开栏",
        Channel.Meeting => "会议",
        _ => value.ToString(),
    };

    public static string Of(Audience value) => value switch
    {
        Audience.Public => "全社会",
        Audience.SpecificGroup => "特定群体",
        _ => value.ToString(),
    };

    public static string Of(ExemptionGround value) => value switch
    {
        ExemptionGround.StateSecret => "国家秘密",
        ExemptionGround.CommercialSecret => "商业秘密",
        ExemptionGround.PersonalPrivacy => "个人隐私",
        ExemptionGround.ForbiddenByLaw => "法律、行政法规禁止公开",
        ExemptionGround.EndangersSecurityOrStability => "危及国家安全、公共安全、经济安全、社会稳定",
        ExemptionGround.InternalAffairs => "内部事务信息",
        ExemptionGround.ProcessInformation => "过程性信息",
        ExemptionGround.LawEnforcementFile => "行政执法案卷信息",
        _ => value.ToString(),
    };

    public static string Of(RightsConcern value) => value switch
    {
        RightsConcern.CommercialSecret => "商业秘密",
        RightsConcern.PersonalPrivacy => "个人隐私",
        _ => value.ToString(),
    };

    public static string Of(VersionStatus value) => value switch
    {
        VersionStatus.Draft => "拟稿中",
        VersionStatus.InReview => "审核中",
        VersionStatus.Returned => "退回修改",
        VersionStatus.Published => "已发布",
        VersionStatus.Withheld => "不予公开",
        VersionStatus.Superseded => "已替代",
        VersionStatus.Withdrawn => "已撤回",
        _ => value.ToString(),
    };
}
