using Disclosure.Workflows.Common;

namespace Disclosure.Workflows.Applications;

/// <summary>One specific situation of a reply type (a row of table 三), with the article it rests on.</summary>
public sealed record ReplyGround(string Code, string TypeCode)
{
    public string Label => Messages.ReplyGroundLabel(Code).Text;

    public string Basis => Messages.ReplyBasis(Code).Text;

    public string Statement => Messages.ReplyStatement(Code).Text;

    /// <summary>Recorded by the system only (a correction never came), never chosen by staff.</summary>
    public bool SystemOnly => Code == ReplyTypes.NoCorrection;
}

/// <summary>A reply type of the 2021 annual report's table 三, and its grounds in the table's order.</summary>
public sealed record ReplyType(string Code, IReadOnlyList<ReplyGround> Grounds)
{
    public string Label => Messages.ReplyTypeLabel(Code).Text;

    public string Row => Messages.ReplyTypeRow(Code).Text;

    public bool HasGrounds => Grounds.Count > 0;

    public ReplyGround? Ground(string? code) => Grounds.FirstOrDefault(g => g.Code == code);

    /// <summary>The article the reply rests on: the ground's, else the type's own.</summary>
    public string BasisOf(ReplyGround? ground) => ground?.Basis ?? Messages.ReplyBasis(Code).Text;

    public string StatementOf(ReplyGround? ground) => ground?.Statement ?? Messages.ReplyStatement(Code).Text;
}

/// <summary>
/// The reply types and grounds, in the one place they are listed: the reply form, the letter,
/// the report's table 三 and the tracking page all read them from here (labels from the catalogue).
/// </summary>
public static class ReplyTypes
{
    public const string Disclose = "disclose";
    public const string Partial = "partial";
    public const string Withhold = "withhold";
    public const string Unavailable = "unavailable";
    public const string NotProcessed = "not-processed";
    public const string Other = "other";

    public const string ThirdPartyRights = "third-party-rights";
    public const string NoCorrection = "no-correction";

    public static IReadOnlyList<ReplyType> All { get; } =
    [
        new(Disclose, []),
        new(Partial, []),
        Of(Withhold, "state-secret", "prohibited-by-law", "security-stability", ThirdPartyRights, "internal-affairs", "process-information",
            "law-enforcement-file", "administrative-inquiry"),
        Of(Unavailable, "not-held", "needs-creation", "unclear-after-correction"),
        Of(NotProcessed, "petition", "repeated", "publication", "excessive", "already-obtained"),
        Of(Other, NoCorrection, "fee-unpaid", "other-reason"),
    ];

    public static ReplyType? Find(string? code) => All.FirstOrDefault(t => t.Code == code);

    public static ReplyType Get(string code) => Find(code) ?? throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown reply type.");

    private static ReplyType Of(string type, params string[] grounds) => new(type, [.. grounds.Select(g => new ReplyGround(g, type))]);
}
