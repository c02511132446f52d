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
            if (current is DatabaseUnavailableException or PostgresNotInstalledException or LocalPostgresException or Operations.PublicAddressException or Operations.TrustedProxyException)
            {
                message = current.Message;
                return true;
            }

            if (current is Microsoft.AspNetCore.Connections.AddressInUseException)
            {
                message = $"{ex.Message} Another program (or another copy of this Host) uses the port: stop it, or set Urls (e.g. Urls=http://localhost:5081).";
                return true;
            }
        }

        message = string.Empty;
        return false;
    }
}
