using System.Net;
using Disclosure.Host.Operations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Disclosure.Host.Tests.Operations;

/// <summary>
/// Behind a reverse proxy every request arrives from the proxy's address. With the proxy named in
/// <c>Network:TrustedProxies</c> the public pages' rate limit counts each citizen by the address the
/// proxy saw; without it, a forwarded header changes nothing, so no client escapes the limit by
/// writing one.
/// </summary>
public sealed class TrustedProxyTests
{
    private const string Proxy = "10.0.0.7";

    [Fact]
    public async Task BehindANamedProxy_EachCitizenHasAnAllowanceOfTheirOwn()
    {
        using var factory = Host(trusted: "10.0.0.0/24");
        var client = factory.CreateClient();

        var first = await StatusesAsync(client, "203.0.113.5", 3);
        var second = await StatusesAsync(client, "203.0.113.6", 1);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], first);
        Assert.Equal([HttpStatusCode.OK], second);
    }

    [Fact]
    public async Task WithNoProxyNamed_AForwardedHeaderDoesNotBuyANewAllowance()
    {
        using var factory = Host(trusted: null);
        var client = factory.CreateClient();

        var first = await StatusesAsync(client, "203.0.113.5", 2);
        var second = await StatusesAsync(client, "203.0.113.6", 1);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], first);
        Assert.Equal([HttpStatusCode.TooManyRequests], second);
    }

    [Theory]
    [InlineData("10.0.0.5", "10.0.0.5/32")]
    [InlineData(" 10.1.0.0/16 ", "10.1.0.0/16")]
    [InlineData("::1", "::1/128")]
    public void AnEntryIsAnAddressOrANetwork(string entry, string expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [$"{TrustedProxies.Key}:0"] = entry }).Build();

        Assert.Equal(expected, Assert.Single(TrustedProxies.Read(configuration)).ToString());
    }

    [Fact]
    public void AnEntryThatIsNeither_StopsTheHostWithAMessageNamingIt()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [$"{TrustedProxies.Key}:0"] = "proxy.example" }).Build();

        var refused = Assert.Throws<TrustedProxyException>(() => TrustedProxies.Read(configuration));

        Assert.Contains("proxy.example", refused.Message, StringComparison.Ordinal);
    }

    private static DisclosureAppFactory Host(string? trusted)
    {
        var factory = new DisclosureAppFactory
        {
            Settings = { ["Applications:RateLimitPerMinute"] = "2", ["Jobs:RunServer"] = "false" },
            // The test server has no socket: every request is made to come from the proxy's address.
            ConfigureServices = services => services.AddSingleton<IStartupFilter, FromProxy>(),
        };
        if (trusted is not null)
        {
            factory.Settings[$"{TrustedProxies.Key}:0"] = trusted;
        }

        return factory;
    }

    private static async Task<List<HttpStatusCode>> StatusesAsync(HttpClient client, string citizen, int count)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/yishenqing/chaxun", UriKind.Relative));
            request.Headers.Add("X-Forwarded-For", citizen);
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }

    private sealed class FromProxy : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(Proxy);
                return following(context);
            });
            next(app);
        };
    }
}
