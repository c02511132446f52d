using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Disclosure.Host.Api;
using Disclosure.Testing;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Definitions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Disclosure.Host.Tests.Api;

/// <summary>
/// A Host for fuzzing: no job server (so nothing but the requests writes to the database) and no
/// consent rate limit (so the consent routes' bodies are read, not turned away at the door).
/// </summary>
public sealed class FuzzHost : IDisposable
{
    public DisclosureAppFactory Factory { get; } = new()
    {
        Settings = { ["Jobs:RunServer"] = "false", ["Consent:RateLimitPerMinute"] = "1000000" },
    };

    public void Dispose() => Factory.Dispose();
}

/// <summary>
/// The fuzz test sends about ten thousand requests; it runs alone, after the other test classes,
/// so its load does not slow their hosts and browsers past their time limits.
/// </summary>
[CollectionDefinition(nameof(FuzzRunsAlone), DisableParallelization = true)]
public sealed class FuzzRunsAlone : ICollectionFixture<FuzzHost>;

/// <summary>
/// Every POST/PUT/PATCH route of the OpenAPI document, with at least 200 bad bodies each and bad
/// route values, as each role and anonymously: no answer is a 5xx, and no row of any table of the
/// product's or the accounts' schema changes unless the answer was a success.
/// </summary>
[Collection(nameof(FuzzRunsAlone))]
public sealed partial class BadInputTests(FuzzHost host, ITestOutputHelper output)
{
    private const int BodiesPerRoute = 200;

    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    private DisclosureAppFactory Factory => host.Factory;

    [Fact]
    public async Task EveryWritingRoute_AnswersBadInputWithoutA500_AndStoresNothing_UnlessItSucceeded()
    {
        var office = await Office.SignInAsync(Factory);
        var callers = new (string Who, HttpClient Client)[]
        {
            ("anonymous", office.Anonymous), ("drafter", office.Drafter), ("reviewer", office.Reviewer), ("leader", office.Leader), ("admin", office.Admin),
        };
        var fixtures = await FixturesAsync(office);
        var document = await office.Anonymous.GetJson("/openapi/v1.json");
        var bodyTypes = InputLimitsDocument.BodyRoutes(Factory.Services.GetRequiredService<EndpointDataSource>())
            .ToDictionary(r => Normalize(r.Route), r => r.Body, StringComparer.Ordinal);
        var snapshot = new DatabaseSnapshot(Factory.ConnectionString);
        var state = await snapshot.TakeAsync();
        var lastXid = await snapshot.NextTransactionIdAsync();
        var fullComparisons = 0;
        var random = new Random(20261127);
        var failures = new List<string>();
        var perRoute = new Dictionary<string, int>(StringComparer.Ordinal);

        async Task SendAsync(string route, string method, string url, FuzzBody body, string who, HttpClient client)
        {
            using var content = new ByteArrayContent(body.Bytes);
            if (body.ContentType is not null)
            {
                content.Headers.TryAddWithoutValidation("Content-Type", body.ContentType);
            }

            using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = content };
            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            var label = $"{method} {url[..Math.Min(url.Length, 120)]} [{body.Name}, {who}] → {status}";
            perRoute[route] = perRoute.GetValueOrDefault(route) + 1;
            if (status >= 500)
            {
                failures.Add($"{label}: {await response.Content.ReadAsStringAsync()}");
            }
            else if (status == 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                failures.Add($"{label} without a problem document");
            }
            else if (status >= 400 && (await response.Content.ReadAsStringAsync()).Contains("\"code\":\"db.", StringComparison.Ordinal))
            {
                // The database's refusal is the safety net; reaching it means the input policy let a value through.
                failures.Add($"{label} was refused by the database, not by the input policy: {await response.Content.ReadAsStringAsync()}");
            }

            // Only a transaction that was given an id can have written a row; compare the tables then.
            var xid = await snapshot.NextTransactionIdAsync();
            if (xid != lastXid)
            {
                fullComparisons++;
                var after = await snapshot.TakeAsync();
                var changed = DatabaseSnapshot.Changed(state, after);
                if (changed.Count > 0 && status is < 200 or > 299)
                {
                    failures.Add($"{label} changed {string.Join(", ", changed)}");
                }

                state = after;
                lastXid = await snapshot.NextTransactionIdAsync();
            }
        }

        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "post" or "put" or "patch"))
            {
                var method = operation.Name.ToUpperInvariant();
                var route = $"{method} {path.Name}";
                var bodyType = bodyTypes.GetValueOrDefault($"{method} {Normalize(path.Name)}");
                var owner = callers.Single(c => c.Who == Owner(path.Name));
                var url = Url(path.Name, fixtures, bad: null);
                var bodies = FuzzBodies.For(bodyType, Baseline(bodyType), BodiesPerRoute, random);
                for (var i = 0; i < bodies.Count; i++)
                {
                    await SendAsync(route, method, url, bodies[i], owner.Who, owner.Client);
                    if (i % 8 == 0)
                    {
                        foreach (var (who, client) in callers.Where(c => c.Who != owner.Who))
                        {
                            await SendAsync(route, method, url, bodies[i], who, client);
                        }
                    }
                }

                foreach (var bad in BadRouteValues(path.Name))
                {
                    foreach (var (who, client) in new[] { owner, callers[0] }.Distinct())
                    {
                        await SendAsync(route, method, Url(path.Name, fixtures, bad), bodies[^1], who, client);
                    }
                }
            }
        }

        output.WriteLine($"{perRoute.Values.Sum()} requests to {perRoute.Count} routes (fewest to one route: {perRoute.Values.Min()}), {fullComparisons} full table comparisons");
        Assert.True(perRoute.Count >= 15, $"only {perRoute.Count} routes were fuzzed");
        Assert.All(perRoute, r => Assert.True(r.Value >= BodiesPerRoute, $"{r.Key}: only {r.Value} requests"));
        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join("\n", failures.Take(40).Select(f => f[..Math.Min(f.Length, 600)])));
    }

    [Fact]
    public async Task EightParallelRoleUpdates_OnOneUser_AllSucceed_AndTheLastWriterWins()
    {
        var office = await Office.SignInAsync(Factory);
        var user = await office.Admin.PostJson("/api/users", new { userName = "eightfold", displayName = "八路并发", password = "Strong@Pass1", roles = new[] { "drafter" } }, HttpStatusCode.Created);
        var id = user.GetProperty("id").GetString();
        string[][] sets = [["drafter"], ["reviewer"], ["leader"], ["drafter", "reviewer"], ["reviewer", "leader"], ["admin"], ["drafter", "leader", "admin"], ["leader", "leader"]];

        for (var round = 0; round < 5; round++)
        {
            var responses = await Task.WhenAll(sets.Select(roles => office.Admin.PutAsJsonAsync($"/api/users/{id}/roles", new { roles })));

            // The row lock queues them: every one succeeds in turn, and the last one's roles stay.
            Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
            var roles = (await office.Admin.GetJson("/api/users")).EnumerateArray().Single(u => u.GetProperty("id").GetString() == id)
                .GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).Order().ToList();
            Assert.Contains(sets, set => set.Distinct().Order().SequenceEqual(roles));
        }
    }

    /// <summary>Real things for the routes to work on: an item in review, its task, a user, the shipped definition.</summary>
    private async Task<Dictionary<string, string>> FixturesAsync(Office office)
    {
        await Factory.SignedInAsync("fuzztarget", Roles.Drafter, "模糊登录");
        var roles = await Factory.SignedInAsync("fuzzroles", Roles.Drafter, "模糊角色");
        var me = await roles.GetJson("/api/auth/me");
        var item = await office.Drafter.PostJson("/api/items", SampleItems.DivisionOfDuties("模糊测试事项"), HttpStatusCode.Created);
        var itemId = item.GetProperty("id").GetGuid();
        await office.Drafter.PostJson($"/api/items/{itemId}/submit", new { });
        var task = (await office.Reviewer.GetJson("/api/tasks")).EnumerateArray().Single(t => t.GetProperty("itemId").GetGuid() == itemId);
        return new(StringComparer.Ordinal)
        {
            ["item"] = itemId.ToString(),
            ["task"] = task.GetProperty("id").GetString()!,
            ["user"] = me.GetProperty("id").GetString()!,
        };
    }

    /// <summary>Who may act on a route; the bodies are sent as them (and every eighth as everyone).</summary>
    private static string Owner(string path) => path switch
    {
        _ when path.StartsWith("/api/consent", StringComparison.Ordinal) || path == "/api/auth/login" => "anonymous",
        _ when path.EndsWith("/withdraw", StringComparison.Ordinal) => "leader",
        _ when path.StartsWith("/api/tasks", StringComparison.Ordinal) => "reviewer",
        _ when path.StartsWith("/api/process-definitions", StringComparison.Ordinal) || path.StartsWith("/api/users", StringComparison.Ordinal)
            || path.StartsWith("/api/calendar", StringComparison.Ordinal) => "admin",
        _ => "drafter",
    };

    /// <summary>A plausible body for the route, so each mutation is the only thing wrong with it.</summary>
    private static JsonNode? Baseline(Type? body)
    {
        object? value = body?.Name switch
        {
            nameof(ItemInput) => SampleItems.TenderResults() with
            {
                Interpretation = "<p>解读</p>", AudienceNote = "辖区居民", Period = null,
                Exemption = new ExemptionInput { Ground = "PersonalPrivacy", LegalBasis = "《条例》第十五条", Reason = "含个人信息" },
            },
            "TaskCompletion" => new { outcome = "withhold", comment = "涉及个人信息", exemption = new { ground = "PersonalPrivacy", legalBasis = "《条例》第十五条", reason = "含个人信息" } },
            "WithdrawRequest" => new { reason = "信息已过时" },
            "ConsentAnswer" => new { decision = "refuse", reason = "涉及商业秘密" },
            "LoginRequest" => new { userName = "fuzztarget", password = "not-the-password" },
            "UserInput" => new { userName = "fuzzuser", displayName = "模糊用户", responsibleBody = "党政办公室", password = "Strong@Pass1", roles = new[] { "drafter" } },
            "RolesInput" => new { roles = new[] { "drafter", "reviewer" } },
            "ProfileInput" => new { displayName = "模糊角色", responsibleBody = "财政所" },
            "PasswordInput" => new { password = "Another@Pass2" },
            "CalendarYearInput" => new { holidays = new[] { "2031-01-01", "2031-10-01" }, makeUpWorkdays = new[] { "2031-10-11" } },
            "MigrationRequest" => new { fromVersion = 1, toVersion = 2, mapping = new Dictionary<string, string> { ["draft"] = "draft", ["review"] = "review" } },
            nameof(ProcessDocument) => JsonNode.Parse(ShippedDefinitions.Get(ShippedDefinitions.Standard).ToJson()),
            _ => null,
        };
        return value switch
        {
            null => null,
            JsonNode node => node,
            _ => JsonSerializer.SerializeToNode(value, WebJson),
        };
    }

    private static string Url(string path, Dictionary<string, string> fixtures, (string Name, string Value)? bad) =>
        Parameter().Replace(path, match =>
        {
            var name = match.Groups[1].Value;
            if (bad is { } b && b.Name == name)
            {
                return b.Value;
            }

            return name switch
            {
                "key" => ShippedDefinitions.Standard,
                "n" => "1",
                "year" => "2031",
                "token" => "bm90LWEtcmVhbC10b2tlbi1hdC1hbGwtMTIzNDU2",
                "id" when path.StartsWith("/api/users", StringComparison.Ordinal) => fixtures["user"],
                "id" when path.StartsWith("/api/tasks", StringComparison.Ordinal) => fixtures["task"],
                "id" when path.StartsWith("/api/items", StringComparison.Ordinal) => fixtures["item"],
                _ => Guid.NewGuid().ToString(),
            };
        });

    /// <summary>
    /// Route values that name nothing: non-ASCII, over-long, control characters, wrong type. (A NUL
    /// in the path itself never reaches the application: the server refuses the request line.)
    /// </summary>
    private static IEnumerable<(string Name, string Value)> BadRouteValues(string path)
    {
        foreach (Match match in Parameter().Matches(path))
        {
            var name = match.Groups[1].Value;
            var values = name switch
            {
                "key" => [Uri.EscapeDataString("Ünïcode"), new string('a', 65), "bad%01key", "UPPER", "%E2%80%AE"],
                "n" => ["0", "2147483648", "-1"],
                "year" => ["1999", "99999", "abc"],
                "token" => ["%01", new string('x', 201), Uri.EscapeDataString("令牌")],
                "id" when path.StartsWith("/api/users", StringComparison.Ordinal) => ["%01", new string('x', 65), Uri.EscapeDataString("不存在"), "%7F"],
                _ => new[] { "not-a-guid", Guid.Empty.ToString(), "%01" },
            };
            foreach (var value in values)
            {
                yield return (name, value);
            }
        }
    }

    private static string Normalize(string route)
    {
        var space = route.IndexOf(' ', StringComparison.Ordinal);
        var (method, template) = space < 0 ? (string.Empty, route) : (route[..(space + 1)], route[(space + 1)..]);
        return method + Constraint().Replace(template, "{$1}").TrimEnd('/');
    }

    [GeneratedRegex(@"\{(\w+)(:[^}]*)?\}")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"\{(\w+):[^}]*\}")]
    private static partial Regex Constraint();
}
