using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Disclosure.Host.Accounts;

/// <summary>
/// Remembers the ticket of each bearer token this node has read, so a client's next request with
/// the same token is not decrypted and deserialised again. A profile of the completion benchmark
/// found the token's decryption (data protection's MAC and AES, then the ticket's claims) at
/// 2–3 % of the Host's CPU per request (docs/benchmarks.md, "Seventh pass").
/// </summary>
/// <remarks>
/// Only tokens that decrypted are remembered, so a client sending made-up tokens fills nothing.
/// The handler still checks the ticket's expiry on every request, and the account check
/// (<see cref="AccountCheck"/>) still ends a disabled account or a changed password within its
/// interval: remembering changes neither. The principal is shared by the requests of one token;
/// the Host replaces a request's principal (AccountCheckMiddleware) and never changes one.
/// </remarks>
internal sealed class RememberedTickets(ISecureDataFormat<AuthenticationTicket> inner) : ISecureDataFormat<AuthenticationTicket>
{
    private const int MaxEntries = 10_000;
    private readonly ConcurrentDictionary<string, AuthenticationTicket> _tickets = new(StringComparer.Ordinal);

    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (protectedText is null || purpose is not null)
        {
            return inner.Unprotect(protectedText, purpose);
        }

        if (_tickets.TryGetValue(protectedText, out var known))
        {
            return known;
        }

        var ticket = inner.Unprotect(protectedText);
        if (ticket is not null)
        {
            if (_tickets.Count >= MaxEntries)
            {
                _tickets.Clear();
            }

            _tickets[protectedText] = ticket;
        }

        return ticket;
    }
}

/// <summary>Puts <see cref="RememberedTickets"/> in front of the bearer scheme's own token protector.</summary>
internal sealed class RememberBearerTickets : IPostConfigureOptions<BearerTokenOptions>
{
    public void PostConfigure(string? name, BearerTokenOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (name == IdentityConstants.BearerScheme && options.BearerTokenProtector is not RememberedTickets)
        {
            options.BearerTokenProtector = new RememberedTickets(options.BearerTokenProtector);
        }
    }
}
