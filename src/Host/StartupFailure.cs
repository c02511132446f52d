using Disclosure.Workflows.Persistence;
using Disclosure.Workflows.Persistence.LocalServer;

namespace Disclosure.Host;

/// <summary>Start-up errors a person can fix from a one-line message, without a stack trace.</summary>
internal static class StartupFailure
{
    public static bool IsExplained(Exception ex, out string message)
    {
        // DI wraps constructor failures; look through the chain for one of ours.
        for (var current = ex; current is not null; current = current.InnerException)
        {
            if (current is DatabaseUnavailableException or PostgresNotInstalledException or LocalPostgresException)
            {
                message = current.Message;
                return true;
            }
        }

        message = string.Empty;
        return false;
    }
}
