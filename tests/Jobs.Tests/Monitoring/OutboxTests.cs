using System.Text.RegularExpressions;
using Disclosure.Testing;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Engine;
using Disclosure.Workflows.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Disclosure.Testing.WorkflowHarness;

namespace Disclosure.Jobs.Tests.Monitoring;

public sealed partial class OutboxTests
{
    [Fact]
    public async Task ConsentLetters_AreSentOnceEach_EvenWhenDeliveryRunsConcurrently_AndTheirLinksWork()
    {
        var channel = new RecordingChannel();
        await using var harness = await WorkflowHarness.CreateAsync(configure: s => s.AddSingleton<IMessageChannel>(channel));
        await ToConsentAsync(harness);

        var sent = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() =>
            harness.InScopeAsync(sp => sp.GetRequiredService<OutboxDelivery>().DeliverDueAsync()))));

        Assert.Equal(2, sent.Sum());
        Assert.Equal(2, channel.Sent.Count);
        Assert.Equal(2, channel.Sent.Select(m => m.Address).Distinct().Count());
        await using (var db = harness.NewContext())
        {
            Assert.All(await db.Outbox.ToListAsync(), m => Assert.Equal((OutboxStatus.Sent, 1), (m.Status, m.Attempts)));
        }

        foreach (var (_, body) in channel.Sent)
        {
            var token = ConsentLink().Match(body).Groups[1].Value;
            await harness.EngineAsync(async e =>
            {
                await e.AnswerConsentAsync(token, agree: true, reason: null);
                return true;
            });
        }

        await using var check = harness.NewContext();
        Assert.Equal("sign-off", (await check.Tasks.SingleAsync(t => t.Status == WorkTaskStatus.Open)).NodeId);
    }

    [Fact]
    public async Task SendingTheMessage_DoesNotVoidALetterAlreadyPrinted()
    {
        var channel = new RecordingChannel();
        await using var harness = await WorkflowHarness.CreateAsync(configure: s => s.AddSingleton<IMessageChannel>(channel));
        await ToConsentAsync(harness);
        Guid requestId;
        await using (var db = harness.NewContext())
        {
            requestId = await db.ConsentRequests.OrderBy(r => r.HolderName).Select(r => r.Id).FirstAsync();
        }

        var (_, printed) = await harness.EngineAsync(e => e.IssueConsentTokenAsync(requestId));
        await harness.InScopeAsync(sp => sp.GetRequiredService<OutboxDelivery>().DeliverDueAsync());
        string? emailed = null;
        foreach (var token in channel.Sent.Select(m => ConsentLink().Match(m.Body).Groups[1].Value))
        {
            if ((await harness.EngineAsync(e => e.FindByTokenAsync(token)))?.Id == requestId)
            {
                emailed = token;
            }
        }

        // Both links lead to the request until it is answered through either.
        Assert.NotNull(emailed);
        Assert.Equal(requestId, (await harness.EngineAsync(e => e.FindByTokenAsync(printed)))?.Id);
        await harness.EngineAsync(async e =>
        {
            await e.AnswerConsentAsync(printed, agree: true, reason: null);
            return true;
        });
        await Assert.ThrowsAsync<ConsentLinkInvalidException>(() => harness.EngineAsync(async e =>
        {
            await e.AnswerConsentAsync(emailed, agree: false, reason: "改主意");
            return true;
        }));
    }

    [Fact]
    public async Task AFailingChannel_IsRetriedWithBackoff_ThenGivenUp()
    {
        var channel = new FailingChannel();
        await using var harness = await WorkflowHarness.CreateAsync(configure: s =>
        {
            s.AddSingleton<IMessageChannel>(channel);
            s.AddSingleton(new NotificationOptions { MaxAttempts = 3 });
        });
        await ToConsentAsync(harness);

        Assert.Equal(0, await Deliver(harness));
        Assert.Equal(0, await Deliver(harness));
        await using (var db = harness.NewContext())
        {
            // Not due again yet: the first retry waits a minute.
            Assert.All(await db.Outbox.ToListAsync(), m => Assert.Equal((OutboxStatus.Pending, 1), (m.Status, m.Attempts)));
        }

        for (var i = 0; i < 3; i++)
        {
            harness.Clock.Advance(TimeSpan.FromMinutes(10));
            await Deliver(harness);
        }

        await using var check = harness.NewContext();
        Assert.All(await check.Outbox.ToListAsync(), m => Assert.Equal((OutboxStatus.Failed, 3, "网关不可用"), (m.Status, m.Attempts, m.LastError)));
        Assert.Equal(6, channel.Attempts);
    }

    [Fact]
    public async Task AConsentLetter_WhoseRequestClosedMeanwhile_IsCancelledOnceWithAReason_NeverSentOrRetried()
    {
        var channel = new RecordingChannel();
        var logs = new CapturedLogs();
        await using var harness = await WorkflowHarness.CreateAsync(configure: s =>
        {
            s.AddSingleton<IMessageChannel>(channel);
            s.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(logs);
        });
        await ToConsentAsync(harness);
        // The consent period (15 working days) passes before the letters go out: silence is refusal.
        harness.Clock.Advance(TimeSpan.FromDays(30));
        Assert.Equal(1, await harness.EngineAsync(e => e.SweepDeadlinesAsync()));

        Assert.Equal(0, await Deliver(harness));
        harness.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await Deliver(harness));

        Assert.Empty(channel.Sent);
        await using var db = harness.NewContext();
        Assert.All(await db.Outbox.ToListAsync(), m => Assert.Equal((OutboxStatus.Cancelled, 0, "征询已结束，不再发送征求意见书。", null),
            (m.Status, m.Attempts, m.CancelReason, m.LastError)));
        var told = logs.Entries.Where(e => e.Category.EndsWith(nameof(OutboxDelivery), StringComparison.Ordinal)).ToList();
        Assert.Equal(2, told.Count);
        Assert.All(told, e => Assert.Equal((Microsoft.Extensions.Logging.LogLevel.Information, null), (e.Level, e.Exception)));
    }

    private static Task<int> Deliver(WorkflowHarness harness) =>
        harness.InScopeAsync(sp => sp.GetRequiredService<OutboxDelivery>().DeliverDueAsync());

    private static async Task ToConsentAsync(WorkflowHarness harness)
    {
        var item = await harness.CreateItemAsync(SampleItems.TenderResults());
        var review = await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter));
        await harness.EngineAsync(e => e.CompleteAsync(review!.Id, new TaskCompletion { Outcome = "approve" }, Reviewer));
    }

    [GeneratedRegex(@"/consent/([A-Za-z0-9_\-]+)")]
    private static partial Regex ConsentLink();

    private sealed class RecordingChannel : IMessageChannel
    {
        public List<(string Address, string Body)> Sent { get; } = [];

        public bool CanSend(OutboxChannel channel) => true;

        public Task SendAsync(OutboxMessage message, string body, CancellationToken cancellationToken)
        {
            lock (Sent)
            {
                Sent.Add((message.Address, body));
            }

            return Task.CompletedTask;
        }
    }

    private sealed class FailingChannel : IMessageChannel
    {
        private int _attempts;

        public int Attempts => _attempts;

        public bool CanSend(OutboxChannel channel) => true;

        public Task SendAsync(OutboxMessage message, string body, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _attempts);
            throw new InvalidOperationException("网关不可用");
        }
    }
}
