using Disclosure.Workflows.Common;

namespace Disclosure.Workflows.Applications;

/// <summary>Who applies, as the 2021 annual report's table 三 counts them.</summary>
public enum ApplicantKind
{
    /// <summary>自然人</summary>
    NaturalPerson,

    /// <summary>法人或其他组织：商业企业</summary>
    Business,

    /// <summary>法人或其他组织：科研机构</summary>
    ResearchInstitution,

    /// <summary>法人或其他组织：社会公益组织</summary>
    NonProfit,

    /// <summary>法人或其他组织：法律服务机构</summary>
    LegalService,

    /// <summary>法人或其他组织：其他</summary>
    OtherOrganisation,
}

/// <summary>How the applicant wants the information (Art. 29: 获取信息的方式).</summary>
public enum DeliveryForm
{
    Paper,
    Electronic,
    Pickup,
}

/// <summary>How the application reached the office.</summary>
public enum ApplicationChannel
{
    Online,
    Post,
    InPerson,
}

public enum ApplicationStatus
{
    /// <summary>Received, its process running.</summary>
    InProgress,

    /// <summary>The applicant was asked to complete it (补正).</summary>
    AwaitingCorrection,

    Replied,

    /// <summary>Treated as withdrawn: no correction came in the period.</summary>
    Withdrawn,
}

/// <summary>The Chinese words for the applications' codes, from the catalogue.</summary>
public static class ApplicationLabels
{
    public static string Of(ApplicantKind value) => Messages.ApplicantKindLabel(value.ToString()).Text;

    public static string Of(DeliveryForm value) => Messages.DeliveryLabel(value.ToString()).Text;

    public static string Of(ApplicationChannel value) => Messages.ApplicationChannelLabel(value.ToString()).Text;

    public static string Of(ApplicationStatus value) => Messages.ApplicationStatusLabel(value.ToString()).Text;

    public static bool IsOrganisation(this ApplicantKind kind) => kind != ApplicantKind.NaturalPerson;
}
