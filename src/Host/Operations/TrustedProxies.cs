using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Disclosure.Host.Operations;

/// <summary>
/// The reverse proxies whose <c>X-Forwarded-For</c> the Host believes: <c>Network:TrustedProxies</c>,
/// a list of addresses (<c>10.0.0.5</c>) or networks (<c>10.0.0.0/24</c>). Behind a proxy every
/// request comes from the proxy's address, so the public pages' per-address rate limit would put
/// every citizen in one allowance; with the proxy named, the client's address is the one the proxy
/// saw. Nothing is believed when the list is empty (the default): a client could otherwise pick its
/// own address with a header and escape the limit.
/// </summary>
internal static class TrustedProxies
{
    public const string Key = "Network:TrustedProxies";

    /// <summary>First in the pipeline, so logs, the rate limit and links all see the client's address.</summary>
    public static WebApplication UseTrustedProxies(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var networks = Read(app.Configuration);
        if (networks.Count == 0)
        {
            return app;
        }

        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        // Only the configured proxies, not the framework's default of loopback.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var network in networks)
        {
            options.KnownIPNetworks.Add(network);
        }

        app.UseForwardedHeaders(options);
        return app;
    }

    /// <summary>The configured proxies; an entry that is neither an address nor a network stops the Host.</summary>
    internal static IReadOnlyList<System.Net.IPNetwork> Read(IConfiguration configuration) =>
        (configuration.GetSection(Key).Get<string[]>() ?? []).Where(e => !string.IsNullOrWhiteSpace(e)).Select(Parse).ToList();

    private static System.Net.IPNetwork Parse(string entry)
    {
        var text = entry.Trim();
        if (System.Net.IPNetwork.TryParse(text, out var network))
        {
            return network;
        }

        if (IPAddress.TryParse(text, out var address))
        {
            return new System.Net.IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
        }

        throw new TrustedProxyException($"{Key} holds '{entry}', which is neither an address (10.0.0.5) nor a network (10.0.0.0/24). Correct or remove it.");
    }
}

/// <summary>A proxy entry the Host cannot read; the Host stops with this message instead of guessing.</summary>
public sealed class TrustedProxyException(string message) : Exception(message);
