using Disclosure.Workflows.Catalogue;

namespace Disclosure.Workflows.Engine;

/// <summary>What a person sends to complete a task.</summary>
public sealed record TaskCompletion
{
    public string? Outcome { get; init; }

    public string? Comment { get; init; }

    /// <summary>Required by outcomes that withhold (不予公开).</summary>
    public ExemptionInput? Exemption { get; init; }
}

/// <summary>The person acting, the roles they hold and the department (科室) they belong to.</summary>
public sealed record Caller(Actor Actor, IReadOnlySet<string> Roles)
{
    /// <summary>The caller's department (their 公开主体), from the sign-in; null when unknown.</summary>
    public string? Department { get; init; }

    public static Caller System { get; } = new(Actor.System, new HashSet<string>(Definitions.Roles.All));

    public bool Has(string role) => Roles.Contains(role);
}
