namespace Disclosure.Workflows.Definitions;

/// <summary>The office's roles; tasks name one as their candidate role.</summary>
public static class Roles
{
    public const string Drafter = "drafter";
    public const string Reviewer = "reviewer";
    public const string Leader = "leader";
    public const string Administrator = "admin";

    public static IReadOnlyList<string> All { get; } = [Drafter, Reviewer, Leader, Administrator];

    public static string Label(string role) => role switch
    {
        Drafter => "拟稿人",
        Reviewer => "保密审查员",
        Leader => "领导",
        Administrator => "管理员",
        _ => role,
    };

    public static bool Exists(string? role) => role is not null && All.Contains(role);
}
