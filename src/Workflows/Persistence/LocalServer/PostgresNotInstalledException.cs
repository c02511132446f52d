namespace Disclosure.Workflows.Persistence.LocalServer;

/// <summary>The machine has no PostgreSQL server binaries to start a private cluster with.</summary>
public sealed class PostgresNotInstalledException : Exception
{
    public PostgresNotInstalledException()
        : base("PostgreSQL server binaries (initdb, pg_ctl) were not found. Install them with "
            + "'apt-get install postgresql', set Database:Local:BinDirectory to their folder, or set "
            + "ConnectionStrings:Disclosure to use an existing PostgreSQL server.")
    {
    }

    public PostgresNotInstalledException(string message) : base(message)
    {
    }

    public PostgresNotInstalledException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
