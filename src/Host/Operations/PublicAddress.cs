using System.Net;
using Disclosure.Workflows.Notifications;

namespace Disclosure.Host.Operations;

/// <summary>
/// The address consent links in letters and messages point to: <c>Notifications:PublicBaseUrl</c>,
/// or, when it is not set, the address the Host listens on. A link to <c>localhost</c> opens
/// nothing on a rights-holder's phone, so in Production such an address stops the start.
/// </summary>
internal static class PublicAddress
{
    public const string Key = "Notifications:PublicBaseUrl";

    /// <summary>The notification options with the public address resolved; registered in place of the plain ones.</summary>
    public static IHostApplicationBuilder AddPublicAddress(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(sp =>
        {
            var configuration = sp.GetRequiredService<IConfiguration>();
            var options = configuration.GetSection(NotificationOptions.Section).Get<NotificationOptions>() ?? new NotificationOptions();
            options.PublicBaseUrl = Resolve(configuration, sp.GetRequiredService<IHostEnvironment>());
            return options;
        });
        // First of all hosted services: a Host that would send useless links fails before it
        // migrates, schedules or sends anything.
        builder.Services.Insert(0, ServiceDescriptor.Singleton<IHostedService, PublicAddressCheck>());
        return builder;
    }

    public static string Resolve(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var configured = configuration[Key];
        var (address, source) = string.IsNullOrWhiteSpace(configured)
            ? (FromListenAddress(configuration), "the address the Host listens on")
            : (configured.Trim(), Key);
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new PublicAddressException($"{Key} '{address}' is not an absolute http(s) address. Set it to the address the public reaches this Host at, e.g. https://gongkai.example.gov.cn.");
        }

        if (environment.IsProduction() && IsLoopback(uri))
        {
            throw new PublicAddressException(
                $"Consent letters would link to {uri.GetLeftPart(UriPartial.Authority)} ({source}), which no rights-holder can open. Set {Key} (environment Notifications__PublicBaseUrl) to the address the public reaches this Host at, e.g. https://gongkai.example.gov.cn.");
        }

        return address.TrimEnd('/');
    }

    /// <summary>The first address of <c>Urls</c>; a wildcard host becomes this machine's name.</summary>
    private static string FromListenAddress(IConfiguration configuration)
    {
        var urls = configuration["urls"];
        if (!string.IsNullOrWhiteSpace(urls))
        {
            var first = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0];
            return WithMachineName(first);
        }

        if (configuration["https_ports"] is { Length: > 0 } httpsPorts)
        {
            return $"https://{Dns.GetHostName()}:{httpsPorts.Split(';')[0].Trim()}";
        }

        return configuration["http_ports"] is { Length: > 0 } httpPorts
            ? $"http://{Dns.GetHostName()}:{httpPorts.Split(';')[0].Trim()}"
            : "http://localhost:5000";
    }

    private static string WithMachineName(string url)
    {
        foreach (var wildcard in new[] { "://*", "://+", "://0.0.0.0", "://[::]" })
        {
            var at = url.IndexOf(wildcard, StringComparison.Ordinal);
            if (at >= 0)
            {
                return url[..(at + 3)] + Dns.GetHostName() + url[(at + wildcard.Length)..];
            }
        }

        return url;
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback
        || uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || uri.Host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    /// <summary>Asks for the options when the Host starts, so a bad address fails the start, not the first letter.</summary>
    private sealed class PublicAddressCheck(NotificationOptions options, ILogger<PublicAddressCheck> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            logger.LogInformation("Consent links point to {PublicBaseUrl}", options.PublicBaseUrl);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

/// <summary>The public address is missing or unusable; the message says which key to set.</summary>
public sealed class PublicAddressException : Exception
{
    public PublicAddressException()
    {
    }

    public PublicAddressException(string message) : base(message)
    {
    }

    public PublicAddressException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
