using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Engine;

namespace Disclosure.Workflows.Demo;

/// <summary>The people of the demo office; their ids are the user ids the Development sign-in seeds.</summary>
public static class DemoPeople
{
    public static Caller Drafter { get; } = new(new Actor("demo-drafter", "王敏"), new HashSet<string> { Roles.Drafter });

    public static Caller Reviewer { get; } = new(new Actor("demo-reviewer", "李建国"), new HashSet<string> { Roles.Reviewer });

    public static Caller Leader { get; } = new(new Actor("demo-leader", "张志强"), new HashSet<string> { Roles.Leader });

    public static Caller Administrator { get; } = new(new Actor("demo-admin", "赵丽"), new HashSet<string> { Roles.Administrator });
}
