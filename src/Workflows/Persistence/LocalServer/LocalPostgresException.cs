namespace Disclosure.Workflows.Persistence.LocalServer;

/// <summary>The private cluster could not be created, started or stopped.</summary>
public sealed class LocalPostgresException : Exception
{
    public LocalPostgresException()
    {
    }

    public LocalPostgresException(string message) : base(message)
    {
    }

    public LocalPostgresException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
