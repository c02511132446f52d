namespace Disclosure.Workflows.Catalogue;

/// <summary>公开时限: when an item is disclosed.</summary>
public enum TimingClass
{
    /// <summary>长期公开: kept public and updated when it changes.</summary>
    LongTerm,

    /// <summary>定期公开: disclosed every period (monthly, quarterly, ...).</summary>
    Periodic,

    /// <summary>即时公开: major decisions and hot issues, published at once.</summary>
    Immediate,
}

/// <summary>How often a periodic item is disclosed.</summary>
public enum Cadence
{
    Monthly,
    Quarterly,
    HalfYearly,
    Yearly,
}

/// <summary>公开渠道和载体. Online (the district website's disclosure column) is always included.</summary>
public enum Channel
{
    Online,
    WeChat,
    BulletinBoard,
    Meeting,
}

/// <summary>公开对象.</summary>
public enum Audience
{
    /// <summary>全社会.</summary>
    Public,

    /// <summary>特定群体.</summary>
    SpecificGroup,
}

/// <summary>免予公开的理由 (grounds of the 2019 regulation, Art. 14–16).</summary>
public enum ExemptionGround
{
    StateSecret,
    CommercialSecret,
    PersonalPrivacy,
    ForbiddenByLaw,
    EndangersSecurityOrStability,
    InternalAffairs,
    ProcessInformation,
    LawEnforcementFile,
}

/// <summary>What a rights-holder's concern is.</summary>
public enum RightsConcern
{
    CommercialSecret,
    PersonalPrivacy,
}

/// <summary>The life of one version of an item.</summary>
public enum VersionStatus
{
    /// <summary>拟稿中.</summary>
    Draft,

    /// <summary>审核中: in the approval workflow.</summary>
    InReview,

    /// <summary>退回修改: returned to the drafter.</summary>
    Returned,

    /// <summary>已发布.</summary>
    Published,

    /// <summary>不予公开: withheld with a recorded ground.</summary>
    Withheld,

    /// <summary>已被新版本替代.</summary>
    Superseded,

    /// <summary>已撤回: taken down with a recorded reason.</summary>
    Withdrawn,
}
