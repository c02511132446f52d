namespace Disclosure.Workflows.Definitions;

/// <summary>
/// The office's roles; tasks name one as their candidate role. Besides the confidentiality
/// reviewer and "the leader", offices commonly review in three levels (初审 → 审核 → 审发): the
/// section head (科室负责人), the deputy in charge (分管领导) and the principal leader (主要领导).
/// </summary>
public static class Roles
{
    public const string Drafter = "drafter";
    public const string Reviewer = "reviewer";
    public const string Leader = "leader";
    public const string Administrator = "admin";
    public const string SectionHead = "section-head";
    public const string Deputy = "deputy";
    public const string Principal = "principal";

    public static IReadOnlyList<string> All { get; } = [Drafter, Reviewer, Leader, Administrator, SectionHead, Deputy, Principal];

    /// <summary>
    /// The applicant (申请人): a party outside the office who acts on a task through their own page
    /// (a correction), never a staff account's role. A task may name it; no user can hold it.
    /// </summary>
    public const string Applicant = "applicant";

    /// <summary>Parties outside the office a task may wait for.</summary>
    public static IReadOnlyList<string> Parties { get; } = [Applicant];

    /// <summary>A role a user task may name: a staff role or an outside party.</summary>
    public static bool MayTakeTask(string? role) => Exists(role) || (role is not null && Parties.Contains(role));

    public static string Label(string role) => role switch
    {
        Drafter => "拟稿人",
        Reviewer => "保密审查员",
        Leader => "领导",
        Administrator => "管理员",
        SectionHead => "科室负责人",
        Deputy => "分管领导",
        Principal => "主要领导",
        Applicant => "申请人",
        _ => role,
    };

    public static bool Exists(string? role) => role is not null && All.Contains(role);

    /// <summary>
    /// Who may carry the confidentiality review (保密审查): the office's reviewer, or the section
    /// head of the publishing department — "谁公开谁审查" — as the first review (初审) of the
    /// three-level chain does.
    /// </summary>
    public static IReadOnlySet<string> ConfidentialityReviewers { get; } = new HashSet<string>(StringComparer.Ordinal) { Reviewer, SectionHead };

    /// <summary>Who may sign off for publication (领导签发): the leader, or the principal leader (审发).</summary>
    public static IReadOnlySet<string> SigningLeaders { get; } = new HashSet<string>(StringComparer.Ordinal) { Leader, Principal };
}
