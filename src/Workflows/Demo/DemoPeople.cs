using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Engine;

namespace Disclosure.Workflows.Demo;

/// <summary>The people of the demo office; their ids are the user ids the Development sign-in seeds.</summary>
public static class DemoPeople
{
    public static Caller Drafter { get; } = Person("demo-drafter", "王敏", "党政办公室", Roles.Drafter);

    public static Caller Reviewer { get; } = Person("demo-reviewer", "李建国", "党政办公室", Roles.Reviewer);

    /// <summary>The director (主任): the leader who signs off, and the principal leader of the three-level review.</summary>
    public static Caller Leader { get; } = Person("demo-leader", "张志强", "办事处领导", Roles.Leader, Roles.Principal);

    public static Caller Administrator { get; } = Person("demo-admin", "赵丽", "党政办公室", Roles.Administrator);

    /// <summary>The deputy director in charge (分管领导), who does the second review (审核).</summary>
    public static Caller Deputy { get; } = Person("demo-deputy", "刘洋", "办事处领导", Roles.Deputy);

    /// <summary>Section heads (科室负责人): first review of their department's items, and countersigns.</summary>
    public static IReadOnlyList<Caller> SectionHeads { get; } =
    [
        Person("demo-head-finance", "周芳", "财政所", Roles.SectionHead),
        Person("demo-head-social", "吴刚", "社会事务办公室", Roles.SectionHead),
        Person("demo-head-urban", "孙磊", "城市管理办公室", Roles.SectionHead),
    ];

    /// <summary>Everyone, with the user name they sign in with.</summary>
    public static IReadOnlyList<(string UserName, Caller Person)> All { get; } =
    [
        ("wangmin", Drafter), ("lijianguo", Reviewer), ("zhangzhiqiang", Leader), ("zhaoli", Administrator), ("liuyang", Deputy),
        ("zhoufang", SectionHeads[0]), ("wugang", SectionHeads[1]), ("sunlei", SectionHeads[2]),
    ];

    /// <summary>Someone who may act on the task: holds its role, in its department when it names one.</summary>
    public static Caller For(string role, string? department) =>
        All.Select(p => p.Person).FirstOrDefault(p => p.Has(role) && (department is null || p.Department == department))
        ?? throw new InvalidOperationException($"The demo office has nobody with role {role} in {department ?? "any department"}.");

    private static Caller Person(string id, string name, string department, params string[] roles) =>
        new(new Actor(id, name), new HashSet<string>(roles)) { Department = department };
}
