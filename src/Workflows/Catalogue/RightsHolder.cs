namespace Disclosure.Workflows.Catalogue;

/// <summary>
/// A third party whose commercial secrets or privacy an item touches (权利人). Not a user: they are
/// asked for consent by letter or link.
/// </summary>
public sealed record RightsHolder(string Name, string Contact, RightsConcern Concern, string Details);

/// <summary>Why an item is not disclosed (免予公开) and the law that allows it.</summary>
public sealed record Exemption(ExemptionGround Ground, string LegalBasis, string Reason);
