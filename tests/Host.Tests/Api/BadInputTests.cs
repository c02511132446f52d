using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Disclosure.Host.Tests.Api;

/// <summary>
/// Every route of the OpenAPI document, with malformed, oversized, wrongly typed and random bodies,
/// as an anonymous caller, a drafter and an administrator: no 5xx and nothing stored.
/// </summary>
public sealed partial class BadInputTests(DisclosureAppFactory factory) : IClassFixture<DisclosureAppFactory>
{
    private static readonly string[] Tables =
    [
        "items", "item_versions", "workflow_instances", "tasks", "consent_requests", "journal", "definition_versions",
        "calendar_years", "alerts", "notifications", "notification_reads", "outbox", "attachments", "attachment_contents",
    ];

    [Fact]
    public async Task EveryRoute_AnswersBadBodiesWithoutA500_AndStoresNothing()
    {
        var office = await Office.SignInAsync(factory);
        var document = await office.Anonymous.GetJson("/openapi/v1.json");
        var before = await CountsAsync();
        var random = new Random(20261127);
        var bodies = new List<(string Name, byte[] Bytes)>
        {
            ("malformed", "{\"title\": \"未闭合"u8.ToArray()),
            ("array", "[1, 2, 3]"u8.ToArray()),
            ("wrong types", """{"title": 7, "timing": [], "outcome": {"x": 1}, "decision": 5, "holidays": "2027", "mapping": 3, "fromVersion": "one", "userName": []}"""u8.ToArray()),
            ("oversized", Encoding.UTF8.GetBytes("{\"title\": \"" + new string('长', 300_000) + "\", \"body\": \"" + new string('x', 300_000) + "\"}")),
            ("random bytes", Enumerable.Range(0, 2048).Select(_ => (byte)random.Next(256)).ToArray()),
            ("empty", []),
            ("null", "null"u8.ToArray()),
        };
        var failures = new List<string>();
        var requests = 0;

        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            var url = Parameter().Replace(path.Name, match => match.Groups[1].Value switch
            {
                "key" => "standard-disclosure",
                "n" => "1",
                "year" => "2027",
                "token" => "bm90LWEtcmVhbC10b2tlbi1hdC1hbGwtMTIzNDU2",
                _ => Guid.NewGuid().ToString(),
            });
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "post" or "put"))
            {
                foreach (var (name, bytes) in bodies)
                {
                    foreach (var (who, client) in new[] { ("anonymous", office.Anonymous), ("drafter", office.Drafter), ("admin", office.Admin) })
                    {
                        using var content = new ByteArrayContent(bytes);
                        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
                        using var request = new HttpRequestMessage(new HttpMethod(operation.Name.ToUpperInvariant()), url) { Content = content };
                        using var response = await client.SendAsync(request);
                        requests++;
                        if ((int)response.StatusCode >= 500)
                        {
                            failures.Add($"{operation.Name.ToUpperInvariant()} {url} [{name}, {who}] → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                        }
                        else if (response.StatusCode is HttpStatusCode.BadRequest && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                        {
                            failures.Add($"{operation.Name.ToUpperInvariant()} {url} [{name}, {who}] → 400 without a problem document");
                        }
                    }
                }
            }
        }

        Assert.True(requests > 200, $"only {requests} requests were sent");
        Assert.Empty(failures);
        var after = await CountsAsync();
        Assert.True(before.SequenceEqual(after), "stored: " + string.Join(", ", after.Where(a => before[a.Key] != a.Value).Select(a => $"{a.Key} {before[a.Key]} → {a.Value}")));
    }

    private async Task<Dictionary<string, long>> CountsAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DisclosureDbContext>();
        var counts = new Dictionary<string, long>();
        foreach (var table in Tables)
        {
            // The table names are this class's own constants.
#pragma warning disable EF1002
            counts[table] = await db.Database.SqlQueryRaw<long>($"SELECT count(*) AS \"Value\" FROM disclosure.{table}").SingleAsync();
#pragma warning restore EF1002
        }

        return counts;
    }

    [GeneratedRegex(@"\{(\w+)(:[^}]*)?\}")]
    private static partial Regex Parameter();
}
