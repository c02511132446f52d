namespace Disclosure.Workflows.Catalogue;

/// <summary>An operation is not allowed in the item's current state (maps to HTTP 409).</summary>
public sealed class CatalogueRuleException : Exception
{
    public CatalogueRuleException()
    {
    }

    public CatalogueRuleException(string message) : base(message)
    {
    }

    public CatalogueRuleException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
