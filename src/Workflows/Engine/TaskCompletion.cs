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

/// <summary>The person acting and the roles they hold.</summary>
public sealed record Caller(Actor Actor, IReadOnlySet<string> Roles)
{
    public static Caller System { get; } = new(Actor.System, new HashSet<string>(Definitions.Roles.All));

    public bool Has(string role) => Roles.Contains(role);
}
