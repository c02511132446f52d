using Disclosure.Jobs.Engine;
using Disclosure.Jobs.Monitoring;
using Disclosure.Testing;
using Disclosure.Workflows.Applications;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Engine;
using Disclosure.Workflows.Monitoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Disclosure.Jobs.Tests.Monitoring;

/// <summary>
/// The jobs that watch an application's time as Hangfire runs them, on real PostgreSQL and a clock
/// the test moves: clock-deadlines flags an answer period that ran out as an alert, once; the
/// deadline sweep takes a 补正 period that ended without a correction as a withdrawal, once.
/// </summary>
public sealed class ClockDeadlinesJobTests
{
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    private static readonly Caller Registrar = new(new Actor("u-registrar", "王登记"), new HashSet<string> { Roles.Drafter }) { Department = "党政办公室" };

    [Fact]
    public async Task AnAnswerPeriodThatRanOut_IsAnAlertOnce_AndACorrectionPeriodThatEnded_CountsAsWithdrawnOnce()
    {
        await using var harness = await HangfireJobs.HarnessAsync(new DateTimeOffset(2026, 3, 2, 9, 0, 0, Shanghai));
        var waiting = await SubmitAsync(harness);
        var unclear = await SubmitAsync(harness);
        Assert.Equal(("30 7 * * *", "Asia/Shanghai"), HangfireJobs.Schedule(harness, ClockDeadlinesJob.Id));
        Assert.Equal(("* * * * *", "Asia/Shanghai"), HangfireJobs.Schedule(harness, DeadlineSweepJob.Id));

        // Wednesday 4 March: the second applicant is asked to complete the application (补正).
        At(harness, 2026, 3, 4, 10);
        var register = await OpenTaskAsync(harness, unclear.Id);
        await harness.EngineAsync(e => e.CompleteAsync(register.Id, new TaskCompletion { Outcome = "ask-correction", Comment = "请写明小区名称" }, Registrar));

        // The correction period (15 working days) ends with 25 March; the next morning's sweeps take it once.
        At(harness, 2026, 3, 26, 8);
        await HangfireJobs.TriggerAsync(harness, DeadlineSweepJob.Id);
        await HangfireJobs.TriggerAsync(harness, DeadlineSweepJob.Id);
        await using (var db = harness.NewContext())
        {
            var withdrawn = await db.Applications.SingleAsync(a => a.Id == unclear.Id);
            Assert.Equal(ApplicationStatus.Withdrawn, withdrawn.Status);
            Assert.Equal((ReplyTypes.Other, ReplyTypes.NoCorrection), (withdrawn.Reply!.TypeCode, withdrawn.Reply.GroundCode));
            Assert.Equal(1, await db.Journal.CountAsync(j => j.ItemId == unclear.Id && j.Action == "deadline"));
            Assert.Equal(1, await db.Journal.CountAsync(j => j.ItemId == unclear.Id && j.Action == "ended"));
            Assert.Equal(InstanceStatus.Completed, (await db.Instances.SingleAsync(i => i.ItemId == unclear.Id)).Status);
        }

        // The first one's 20 working days end on Monday 30 March: that day a reminder (the last of the
        // five working days' window), the morning after an alert for the leaders, once.
        At(harness, 2026, 3, 30, 18);
        await HangfireJobs.TriggerAsync(harness, ClockDeadlinesJob.Id);
        At(harness, 2026, 3, 31, 7);
        await HangfireJobs.TriggerAsync(harness, ClockDeadlinesJob.Id);
        await HangfireJobs.TriggerAsync(harness, ClockDeadlinesJob.Id);
        // Weeks later the withdrawn one (its clock stopped) is still not flagged, the overdue one not flagged twice.
        At(harness, 2026, 5, 6, 7);
        await HangfireJobs.TriggerAsync(harness, ClockDeadlinesJob.Id);

        await using var check = harness.NewContext();
        var alert = await check.Alerts.SingleAsync();
        Assert.Equal((AlertKind.ClockOverdue, waiting.Id, new DateOnly(2026, 3, 30), Roles.Leader, "党政办公室", null),
            (alert.Kind, alert.ItemId, alert.DueOn, alert.Role, alert.ResponsibleBody, alert.ClearedAt));
        Assert.Contains(waiting.Number, alert.Reason, StringComparison.Ordinal);
        // An alert is seen by staff who may not see the applicant: the number, never the name.
        Assert.DoesNotContain("张三", alert.Reason, StringComparison.Ordinal);
        // Shown to the leaders as the application's flag (its screen, its number), on the task list and to administrators.
        var card = Assert.Single(await harness.InScopeAsync(sp => sp.GetRequiredService<AlertQueries>().ActiveForAsync(WorkflowHarness.Leader)));
        var entry = Assert.Single(await harness.InScopeAsync(sp => sp.GetRequiredService<AlertHistory>().ListAsync(new AlertFilter())));
        Assert.Equal((true, true, $"政府信息公开申请 {waiting.Number}"), (card.IsApplication, entry.IsApplication, entry.ItemTitle));
        Assert.Equal(1, await check.Notifications.CountAsync(n => n.DedupKey.StartsWith("clock-overdue:")));
        Assert.Equal(1, await check.Notifications.CountAsync(n => n.DedupKey.StartsWith("clock-remind:")));
        var runs = await check.JobRuns.Where(r => r.JobName == ClockDeadlinesJob.Id).OrderBy(r => r.Id).Select(r => r.Summary).ToListAsync();
        Assert.Equal(["clock-deadlines: raised 0, cleared 0, other 1", "clock-deadlines: raised 1, cleared 0, other 1",
            "clock-deadlines: raised 0, cleared 0", "clock-deadlines: raised 0, cleared 0"], runs);
    }

    private static Task<ApplicationReceipt> SubmitAsync(WorkflowHarness harness) =>
        harness.InScopeAsync(sp => sp.GetRequiredService<ApplicationService>().SubmitAsync(new ApplicationInput
        {
            ApplicantKind = "NaturalPerson", Name = "张三", IdentityNumber = "370306199001011234", Phone = "0533-6180000",
            Description = "2025年永安街道老旧小区改造项目的招标文件及中标结果", Delivery = "Pickup",
        }, []));

    private static async Task<WorkflowTask> OpenTaskAsync(WorkflowHarness harness, Guid applicationId)
    {
        await using var db = harness.NewContext();
        return await db.Tasks.SingleAsync(t => t.ItemId == applicationId && t.Status == WorkTaskStatus.Open);
    }

    private static void At(WorkflowHarness harness, int year, int month, int day, int hour) =>
        harness.Clock.SetUtcNow(new DateTimeOffset(year, month, day, hour, 0, 0, Shanghai).ToUniversalTime());
}
