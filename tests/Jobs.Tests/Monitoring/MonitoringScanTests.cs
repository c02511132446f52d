using Disclosure.Testing;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Catalogue.Attachments;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Engine;
using Disclosure.Workflows.Monitoring;
using Disclosure.Workflows.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Disclosure.Testing.WorkflowHarness;

namespace Disclosure.Jobs.Tests.Monitoring;

/// <summary>The recurring scans on real PostgreSQL with a clock the tests move.</summary>
public sealed class MonitoringScanTests
{
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    [Fact]
    public async Task AMonthlyItem_BecomesDue_IsFlaggedOnce_AndGetsOneDraftingTask()
    {
        await using var harness = await WorkflowHarness.CreateAsync(new DateTimeOffset(2026, 3, 2, 9, 0, 0, Shanghai));
        var item = await harness.CreateItemAsync(SampleItems.SubsistencePayout("2026-02"));
        var table = await harness.InScopeAsync(sp => sp.GetRequiredService<AttachmentService>()
            .AddAsync(item.Id, null, "低保金发放明细.xlsx", SampleFiles.Xlsx(), Drafter.Actor));
        await PublishAsync(harness, item.Id);
        DateOnly due;
        await using (var db = harness.NewContext())
        {
            var stored = await db.Items.SingleAsync();
            Assert.Equal("2026-03", stored.NextPeriodKey);
            due = stored.NextPeriodDueOn!.Value;
        }

        // 2026-03-31 + 20 working days: 04-06 (清明, Monday) is a holiday, so Wednesday 04-29.
        Assert.Equal(new DateOnly(2026, 4, 29), due);
        harness.Clock.SetUtcNow(new DateTimeOffset(2026, 4, 21, 8, 0, 0, Shanghai).ToUniversalTime());
        Assert.Equal(0, (await Scan(harness, s => s.PeriodicDueAsync())).Raised);

        harness.Clock.SetUtcNow(new DateTimeOffset(2026, 4, 22, 8, 0, 0, Shanghai).ToUniversalTime());
        var first = await Scan(harness, s => s.PeriodicDueAsync());
        var second = await Scan(harness, s => s.PeriodicDueAsync());
        var opened = await harness.Services.GetRequiredService<PeriodicDrafts>().OpenAsync();
        var openedAgain = await harness.Services.GetRequiredService<PeriodicDrafts>().OpenAsync();

        Assert.Equal((1, 0), (first.Raised, second.Raised));
        Assert.Equal((1, 0), (opened, openedAgain));
        await using var check = harness.NewContext();
        var alert = await check.Alerts.SingleAsync();
        Assert.Equal((AlertKind.PeriodicDue, "2026-03", due), (alert.Kind, alert.Subject, alert.DueOn));
        Assert.Contains("2026-03 期应于 2026-04-29 前公开", alert.Reason, StringComparison.Ordinal);
        var draft = await check.ItemVersions.SingleAsync(v => v.PeriodKey == "2026-03");
        Assert.Equal(VersionStatus.Draft, draft.Status);
        var task = await check.Tasks.SingleAsync(t => t.Status == WorkTaskStatus.Open);
        Assert.Equal(("draft", "drafter", draft.Id), (task.NodeId, task.Role, task.ItemVersionId));
        Assert.Equal("2026年3月 城乡低保金发放情况", draft.Title);
        var carried = await check.Attachments.SingleAsync(a => a.VersionId == draft.Id);
        Assert.Equal((table.FileName, table.Sha256), (carried.FileName, carried.Sha256));

        // The drafter takes the opened task through to publication; the flag clears itself.
        await PublishAsync(harness, item.Id);
        var afterPublication = await Scan(harness, s => s.PeriodicDueAsync());
        Assert.Equal((0, 1), (afterPublication.Raised, afterPublication.Cleared));
        await using var history = harness.NewContext();
        Assert.Equal("本期已发布或事项已撤回", (await history.Alerts.SingleAsync()).ClearedReason);
        Assert.Equal("2026-04", (await history.Items.SingleAsync()).NextPeriodKey);
    }

    [Fact]
    public async Task AQuarterlyItem_IsDueAcrossTheYearEnd_AndAnExistingDraftIsNotDuplicated()
    {
        await using var harness = await WorkflowHarness.CreateAsync(new DateTimeOffset(2026, 12, 1, 9, 0, 0, Shanghai));
        var input = SampleItems.SubsistencePayout("2026-Q4") with { Cadence = "Quarterly", FormedOn = "2026-12-01" };
        var item = await harness.CreateItemAsync(input);

        // 2026-12-31 + 20 working days, counted weekends-only in 2027 (no schedule yet): 2027-01-28.
        harness.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 25, 8, 0, 0, Shanghai).ToUniversalTime());
        await Scan(harness, s => s.PeriodicDueAsync());
        await harness.Services.GetRequiredService<PeriodicDrafts>().OpenAsync();

        await using var db = harness.NewContext();
        var alert = await db.Alerts.SingleAsync();
        Assert.Equal(("2026-Q4", new DateOnly(2027, 1, 28)), (alert.Subject, alert.DueOn));
        Assert.NotNull(alert.TaskOpenedAt);
        Assert.Equal(1, await db.ItemVersions.CountAsync(v => v.ItemId == item.Id));
    }

    [Fact]
    public async Task AStaleLongTermItem_IsFlaggedForReview_AndTheFlagClearsWhenConfirmed()
    {
        await using var harness = await WorkflowHarness.CreateAsync(new DateTimeOffset(2026, 3, 2, 9, 0, 0, Shanghai));
        var item = await harness.CreateItemAsync(SampleItems.DivisionOfDuties());
        await PublishAsync(harness, item.Id);

        harness.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 1, 9, 0, 0, Shanghai).ToUniversalTime());
        Assert.Equal(0, (await Scan(harness, s => s.LongTermStaleAsync())).Raised);
        harness.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 3, 9, 0, 0, Shanghai).ToUniversalTime());
        Assert.Equal(1, (await Scan(harness, s => s.LongTermStaleAsync())).Raised);
        Assert.Equal(0, (await Scan(harness, s => s.LongTermStaleAsync())).Raised);

        await harness.InScopeAsync(sp => sp.GetRequiredService<CatalogueService>().ConfirmCurrentAsync(item.Id));
        var after = await Scan(harness, s => s.LongTermStaleAsync());

        Assert.Equal((0, 1), (after.Raised, after.Cleared));
        await using var db = harness.NewContext();
        var alert = await db.Alerts.SingleAsync();
        Assert.Equal(("drafter", new DateOnly(2027, 3, 2)), (alert.Role, alert.DueOn));
        Assert.NotNull(alert.ClearedAt);
        Assert.Contains("复核期限 2027-03-02 已过", alert.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALateImmediateItem_AcrossNationalDay_IsFlaggedAndToldOnce_ThenClearsWhenPublished()
    {
        await using var harness = await WorkflowHarness.CreateAsync(new DateTimeOffset(2026, 9, 24, 9, 0, 0, Shanghai));
        var item = await harness.CreateItemAsync(SampleItems.EmergencyNotice() with { FormedOn = "2026-09-24" });

        // 2026-09-24 + 20 working days skips 09-25..09-27 and 10-01..10-07 and counts Saturday 10-10: 2026-10-29.
        harness.Clock.SetUtcNow(new DateTimeOffset(2026, 10, 29, 18, 0, 0, Shanghai).ToUniversalTime());
        Assert.Equal(0, (await Scan(harness, s => s.LatePublicationAsync())).Raised);
        harness.Clock.SetUtcNow(new DateTimeOffset(2026, 10, 30, 8, 0, 0, Shanghai).ToUniversalTime());
        var first = await Scan(harness, s => s.LatePublicationAsync());
        var second = await Scan(harness, s => s.LatePublicationAsync());

        Assert.Equal((1, 2), (first.Raised, first.Other));
        Assert.Equal((0, 0), (second.Raised, second.Other));
        var drafterSees = await harness.InScopeAsync(sp => sp.GetRequiredService<NotificationService>().ListAsync(Drafter));
        var leaderSees = await harness.InScopeAsync(sp => sp.GetRequiredService<NotificationService>().ListAsync(Leader));
        Assert.Contains("逾期未公开", Assert.Single(drafterSees).Subject, StringComparison.Ordinal);
        Assert.Equal("逾期未公开：新增 1 项", Assert.Single(leaderSees).Subject);
        Assert.Contains("应于 2026-10-29 前公开", leaderSees[0].Body, StringComparison.Ordinal);

        await PublishAsync(harness, item.Id);
        var cleared = await Scan(harness, s => s.LatePublicationAsync());
        Assert.Equal(1, cleared.Cleared);
    }

    [Fact]
    public async Task ATask_IsRemindedOnce_ThenEscalatedOnce()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var item = await harness.CreateItemAsync(SampleItems.EmergencyNotice());
        await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter));

        var reminded = await Scan(harness, s => s.TaskRemindersAsync());
        var again = await Scan(harness, s => s.TaskRemindersAsync());
        harness.Clock.Advance(TimeSpan.FromHours(3));
        var escalated = await Scan(harness, s => s.TaskRemindersAsync());
        var escalatedAgain = await Scan(harness, s => s.TaskRemindersAsync());

        Assert.Equal((1, 0), (reminded.Raised, reminded.Other));
        Assert.Equal((0, 0), (again.Raised, again.Other));
        Assert.Equal((0, 1), (escalated.Raised, escalated.Other));
        Assert.Equal((0, 0), (escalatedAgain.Raised, escalatedAgain.Other));
        var reviewerSees = await harness.InScopeAsync(sp => sp.GetRequiredService<NotificationService>().ListAsync(Reviewer));
        var leaderSees = await harness.InScopeAsync(sp => sp.GetRequiredService<NotificationService>().ListAsync(Leader));
        Assert.StartsWith("任务即将到期", Assert.Single(reviewerSees).Subject, StringComparison.Ordinal);
        Assert.StartsWith("任务已超期", Assert.Single(leaderSees).Subject, StringComparison.Ordinal);

        await harness.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<NotificationService>().MarkReadAsync(Leader, leaderSees[0].Id);
            return true;
        });
        var unread = await harness.InScopeAsync(sp => sp.GetRequiredService<NotificationService>().ListAsync(Leader, unreadOnly: true));
        Assert.Empty(unread);
        await Assert.ThrowsAsync<NotFoundException>(() => harness.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<NotificationService>().MarkReadAsync(Drafter, leaderSees[0].Id);
            return true;
        }));
    }

    [Fact]
    public async Task ConcurrentRuns_OfEveryScan_RaiseEachFlagAndMessageOnce()
    {
        await using var harness = await WorkflowHarness.CreateAsync(new DateTimeOffset(2026, 3, 2, 9, 0, 0, Shanghai));
        var monthly = await harness.CreateItemAsync(SampleItems.SubsistencePayout("2026-02"));
        await PublishAsync(harness, monthly.Id);
        var longTerm = await harness.CreateItemAsync(SampleItems.DivisionOfDuties());
        await PublishAsync(harness, longTerm.Id);
        await harness.CreateItemAsync(SampleItems.EmergencyNotice() with { FormedOn = "2026-03-02" });
        harness.Clock.SetUtcNow(new DateTimeOffset(2027, 4, 1, 9, 0, 0, Shanghai).ToUniversalTime());

        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            await Scan(harness, s => s.PeriodicDueAsync());
            await Scan(harness, s => s.LongTermStaleAsync());
            await Scan(harness, s => s.LatePublicationAsync());
            await Scan(harness, s => s.TaskRemindersAsync());
        })));
        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => harness.Services.GetRequiredService<PeriodicDrafts>().OpenAsync())));

        await using var db = harness.NewContext();
        var alerts = await db.Alerts.Where(a => a.ClearedAt == null).ToListAsync();
        Assert.Equal(1, alerts.Count(a => a.Kind == AlertKind.PeriodicDue));
        Assert.Equal(1, alerts.Count(a => a.Kind == AlertKind.LongTermStale));
        Assert.Equal(1, alerts.Count(a => a.Kind == AlertKind.LatePublication));
        Assert.Equal(2, await db.Notifications.CountAsync(n => n.DedupKey.StartsWith("late:")));
        Assert.Equal(1, await db.ItemVersions.CountAsync(v => v.ItemId == monthly.Id && v.PeriodKey == "2026-03"));
        Assert.Equal(1, await db.Instances.CountAsync(i => i.ItemId == monthly.Id && i.Status == InstanceStatus.Running));
    }

    [Fact]
    public async Task APeriodThatCannotBeOpened_LeavesNothingHalfDone_IsAnErrorAndAnAlertForAdministrators_AndOpensOnceFixed()
    {
        var logs = new CapturedLogs();
        await using var harness = await WorkflowHarness.CreateAsync(new DateTimeOffset(2026, 3, 2, 9, 0, 0, Shanghai),
            s => s.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(logs));
        var item = await harness.CreateItemAsync(SampleItems.SubsistencePayout("2026-02"));
        await PublishAsync(harness, item.Id);
        harness.Clock.SetUtcNow(new DateTimeOffset(2026, 4, 22, 8, 0, 0, Shanghai).ToUniversalTime());
        await Scan(harness, s => s.PeriodicDueAsync());
        await using (var db = harness.NewContext())
        {
            // No published approval path to start the draft on.
            await db.Database.ExecuteSqlAsync($"UPDATE disclosure.definition_versions SET status = 'Draft' WHERE key = 'standard-disclosure'");
        }

        Assert.Equal(0, await harness.Services.GetRequiredService<PeriodicDrafts>().OpenAsync());

        await using (var db = harness.NewContext())
        {
            Assert.Equal(1, await db.ItemVersions.CountAsync());
            Assert.Equal(0, await db.Instances.CountAsync(i => i.Status == InstanceStatus.Running));
            var alerts = await db.Alerts.ToListAsync();
            Assert.Null(alerts.Single(a => a.Kind == AlertKind.PeriodicDue).TaskOpenedAt);
            var failed = alerts.Single(a => a.Kind == AlertKind.PeriodicDraftFailed);
            Assert.Equal(("2026-03", "admin", null), (failed.Subject, failed.Role, failed.ClearedAt));
            Assert.Contains("2026-03 期的起草任务未能自动生成", failed.Reason, StringComparison.Ordinal);
            Assert.Contains("没有适用于该事项的已发布流程", failed.Reason, StringComparison.Ordinal);
            await db.Database.ExecuteSqlAsync($"UPDATE disclosure.definition_versions SET status = 'Published' WHERE key = 'standard-disclosure'");
        }

        Assert.Single(logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Error && e.Category.EndsWith(nameof(PeriodicDrafts), StringComparison.Ordinal));
        Assert.Equal(1, await harness.Services.GetRequiredService<PeriodicDrafts>().OpenAsync());
        await using var check = harness.NewContext();
        Assert.NotNull((await check.Alerts.SingleAsync(a => a.Kind == AlertKind.PeriodicDraftFailed)).ClearedAt);
        Assert.Equal("draft", (await check.Tasks.SingleAsync(t => t.Status == WorkTaskStatus.Open)).NodeId);
    }

    private static Task<ScanResult> Scan(WorkflowHarness harness, Func<MonitoringScans, Task<ScanResult>> scan) =>
        harness.InScopeAsync(sp => scan(sp.GetRequiredService<MonitoringScans>()));

    private static async Task PublishAsync(WorkflowHarness harness, Guid itemId)
    {
        var review = await harness.EngineAsync(e => e.SubmitAsync(itemId, Drafter));
        var signOff = await harness.EngineAsync(e => e.CompleteAsync(review!.Id, new TaskCompletion { Outcome = "approve" }, Reviewer));
        await harness.EngineAsync(e => e.CompleteAsync(signOff!.Id, new TaskCompletion { Outcome = "approve" }, Leader));
    }
}
