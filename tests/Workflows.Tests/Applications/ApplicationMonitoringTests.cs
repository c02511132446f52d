using Disclosure.Testing;
using Disclosure.Workflows.Monitoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Disclosure.Workflows.Tests.Applications;

/// <summary>Reminders before the answer period runs out, and the overdue flag, on PostgreSQL.</summary>
public sealed class ApplicationMonitoringTests
{
    [Fact]
    public async Task TheAnswerPeriod_IsRemindedOnce_FlaggedOnceWhenOverdue_AndTheFlagClearsWhenExtended()
    {
        await using var harness = await WorkflowHarness.CreateAsync(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8)));
        var application = await ApplicationScenario.SubmitAsync(harness);
        Task<ScanResult> Scan() => harness.InScopeAsync(sp => sp.GetRequiredService<ClockScans>().RunAsync());

        // Due Monday 30 March; the reminder comes 5 working days before: from Monday 23 March.
        application.At(2026, 3, 20, 8);
        Assert.Equal(0, (await Scan()).Other);
        application.At(2026, 3, 23, 8);
        var reminded = await Scan();
        var remindedAgain = await Scan();
        Assert.Equal((1, 0), (reminded.Other, remindedAgain.Other));

        application.At(2026, 3, 31, 8);
        var overdue = await Scan();
        var again = await Scan();
        Assert.Equal((1, 1), (overdue.Raised, overdue.Other));
        Assert.Equal((0, 0), (again.Raised, again.Other));
        await using (var db = harness.NewContext())
        {
            var alert = await db.Alerts.SingleAsync(a => a.Kind == AlertKind.ClockOverdue);
            Assert.Equal((application.Receipt.Id, new DateOnly(2026, 3, 30), "党政办公室"), (alert.ItemId, alert.DueOn, alert.ResponsibleBody));
            Assert.Contains(application.Receipt.Number, alert.Reason, StringComparison.Ordinal);
            Assert.DoesNotContain("张三", alert.Reason, StringComparison.Ordinal);
            Assert.Equal(1, await db.Notifications.CountAsync(n => n.DedupKey.StartsWith("clock-remind:")));
            Assert.Equal(1, await db.Notifications.CountAsync(n => n.DedupKey.StartsWith("clock-overdue:")));
        }

        await application.ExtendAsync(10, "需调取历史档案", ApplicationScenario.Leader);
        Assert.Equal(1, (await Scan()).Cleared);
        await using var check = harness.NewContext();
        Assert.NotNull((await check.Alerts.SingleAsync(a => a.Kind == AlertKind.ClockOverdue)).ClearedAt);
    }

    [Fact]
    public async Task TheTasksOfAnApplication_AreRemindedLikeAnItems_ButTheApplicantsOwnStepIsNot()
    {
        await using var harness = await WorkflowHarness.CreateAsync(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8)));
        var application = await ApplicationScenario.SubmitAsync(harness);
        Task<ScanResult> Reminders() => harness.InScopeAsync(sp => sp.GetRequiredService<MonitoringScans>().TaskRemindersAsync());

        // 登记 is due at the end of 11 March (7 working days); the reminder lead is a day.
        application.At(2026, 3, 11, 8);
        Assert.Equal(1, (await Reminders()).Raised);
        application.At(2026, 3, 11, 9);
        await application.AskForCorrectionAsync();
        application.At(2026, 4, 30, 9);
        var late = await Reminders();

        Assert.Equal((0, 0), (late.Raised, late.Other));
        await using var db = harness.NewContext();
        var reminder = await db.Notifications.SingleAsync(n => n.DedupKey.StartsWith("remind:"));
        Assert.Contains($"政府信息公开申请 {application.Receipt.Number}", reminder.Body, StringComparison.Ordinal);
    }
}
