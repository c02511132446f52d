using System.Net;
using System.Text.Json;
using Disclosure.Testing;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Engine;
using Disclosure.Workflows.Persistence;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;
using static Disclosure.Testing.WorkflowHarness;

namespace Disclosure.Host.Tests.Operations;

/// <summary>What a crash or an outage leaves behind does not stall deadlines, and users get a clear answer meanwhile.</summary>
public sealed class FaultTests
{
    [Fact]
    public async Task LocksLeftByAKilledJobServer_DoNotHoldBackTheNextSweep_ItFiresALostDeadlineWithinTwoMinutes()
    {
        await using var factory = new DisclosureAppFactory();
        _ = factory.CreateClient();
        var immediate = ShippedDefinitions.Get(ShippedDefinitions.Immediate);
        var signOff = await InScope(factory, async sp =>
        {
            var item = await sp.GetRequiredService<CatalogueService>().CreateAsync(SampleItems.EmergencyNotice(), Drafter.Actor);
            var engine = sp.GetRequiredService<WorkflowEngine>();
            var review = await engine.SubmitAsync(item.Id, Drafter);
            return (await engine.CompleteAsync(review!.Id, new TaskCompletion { Outcome = "approve" }, Reviewer))!;
        });
        Assert.Equal("sign-off", signOff.NodeId);
        await InScope(factory, async sp =>
        {
            var db = sp.GetRequiredService<DisclosureDbContext>();
            // The deadline passed while its delayed job was lost with the server that held it...
            await db.Database.ExecuteSqlAsync($"UPDATE disclosure.tasks SET due_at = now() - interval '1 minute' WHERE id = {signOff.Id}");
            // ...and that server was killed holding the locks it takes: the old sweep's, the schedule
            // poller's, the recurring scheduler's (what kill -9 left in hangfire.lock before).
            foreach (var resource in new[] { "hangfire:DeadlineSweepJob.RunAsync", "hangfire:locks:schedulepoller", "hangfire:recurring-jobs:lock" })
            {
                await db.Database.ExecuteSqlAsync($"INSERT INTO hangfire.lock (resource, updatecount, acquired) VALUES ({resource}, 0, now()) ON CONFLICT (resource) DO UPDATE SET acquired = now()");
            }

            return true;
        });

        var node = await Eventually.WaitAsync(
            () => InScope(factory, sp => sp.GetRequiredService<DisclosureDbContext>().Instances.Where(i => i.Id == signOff.InstanceId).Select(i => i.CurrentNodeId).SingleAsync()),
            n => n == "principal-sign-off", TimeSpan.FromMinutes(2), "the sweep firing the lost deadline");

        Assert.Equal("principal-sign-off", node);
        var fired = await InScope(factory, sp => sp.GetRequiredService<DisclosureDbContext>().Journal.SingleAsync(j => j.InstanceId == signOff.InstanceId && j.Action == "deadline"));
        Assert.Equal(("escalate", "system"), (fired.Outcome, fired.ActorId));
    }

    [Fact]
    public async Task ADatabaseOutage_Answers503WithRetryAfterAndACode_LoggedOnce_ThenRecovers()
    {
        using var cluster = LocalCluster.Start();
        var sink = new CapturingSink();
        await using var factory = DisclosureAppFactory.For(cluster.Server.ConnectionString).WithSink(sink);
        // A web-only node: the job server's own retries during the outage are Hangfire's to log.
        factory.Settings["Jobs:RunServer"] = "false";
        var drafter = await factory.SignedInAsync("wangmin", Roles.Drafter, "王敏");
        Assert.Equal(HttpStatusCode.OK, (await drafter.GetAsync(new Uri("/api/tasks", UriKind.Relative))).StatusCode);

        cluster.Server.Stop();
        var answers = new List<HttpResponseMessage>();
        foreach (var url in new[] { "/api/tasks", "/api/items", "/api/tasks", "/api/notifications" })
        {
            answers.Add(await drafter.GetAsync(new Uri(url, UriKind.Relative)));
        }

        foreach (var answer in answers)
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(10), answer.Headers.RetryAfter?.Delta);
            var problem = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("operations.database-unavailable", problem.GetProperty("code").GetString());
            Assert.Contains("数据库", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        // Hangfire's log provider is process-wide (static): other tests' job servers, stopping beside
        // this one, log through the Host configured last, which may be this one. This node runs no
        // job server, so its own events are the others.
        var own = sink.Events.Where(e => !(e.Properties.TryGetValue("SourceContext", out var source)
            && source.ToString().StartsWith("\"Hangfire", StringComparison.Ordinal))).ToList();
        Assert.Single(own, e => e.Level >= LogEventLevel.Error);
        Assert.DoesNotContain(own, e => e.Exception is not null && e.Level >= LogEventLevel.Warning);

        cluster.Restart();
        var recovered = await Eventually.WaitAsync(async () => (await drafter.GetAsync(new Uri("/api/tasks", UriKind.Relative))).StatusCode,
            s => s == HttpStatusCode.OK, TimeSpan.FromMinutes(2), "the API answering again after the database came back");
        Assert.Equal(HttpStatusCode.OK, recovered);
        await Eventually.WaitAsync(() => Task.FromResult(sink.Events.Count(e => e.MessageTemplate.Text.Contains("reachable again", StringComparison.Ordinal))),
            n => n == 1, TimeSpan.FromMinutes(1), "the end of the outage being logged");
    }

    private static async Task<T> InScope<T>(DisclosureAppFactory factory, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>Keeps the Host's Serilog events (the Host reads sinks from its services).</summary>
    internal sealed class CapturingSink : ILogEventSink
    {
        private readonly List<LogEvent> _events = [];

        public IReadOnlyList<LogEvent> Events
        {
            get
            {
                lock (_events)
                {
                    return [.. _events];
                }
            }
        }

        public void Emit(LogEvent logEvent)
        {
            lock (_events)
            {
                _events.Add(logEvent);
            }
        }
    }
}

internal static class SinkExtensions
{
    public static DisclosureAppFactory WithSink(this DisclosureAppFactory factory, ILogEventSink sink)
    {
        factory.ConfigureServices += services => services.AddSingleton(sink);
        return factory;
    }
}
