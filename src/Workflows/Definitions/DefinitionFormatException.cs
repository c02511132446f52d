namespace Disclosure.Workflows.Definitions;

/// <summary>A definition document that cannot even be read (maps to HTTP 400).</summary>
public sealed class DefinitionFormatException : Exception
{
    public DefinitionFormatException()
    {
    }

    public DefinitionFormatException(string message) : base(message)
    {
    }

    public DefinitionFormatException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
