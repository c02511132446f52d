using Disclosure.Jobs.Monitoring;
using Disclosure.Testing;
using Disclosure.Workflows.Applications;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Catalogue.Attachments;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Engine;
using Disclosure.Workflows.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Disclosure.Testing.WorkflowHarness;

namespace Disclosure.Jobs.Tests.Monitoring;

/// <summary>
/// The annual-report job as Hangfire runs it, on real PostgreSQL and a clock the test moves: on
/// 2 January it opens the draft report of the year just ended once, however often it runs.
/// </summary>
public sealed class AnnualReportJobTests
{
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    [Fact]
    public async Task OnTheSecondOfJanuary_TheDraftReportOfTheYearJustEnded_IsOpenedOnce_OnTheNormalApprovalPath()
    {
        await using var harness = await HangfireJobs.HarnessAsync(new DateTimeOffset(2026, 12, 21, 9, 0, 0, Shanghai));
        // The year's record: one application received in December and still open at the year's end.
        await harness.InScopeAsync(sp => sp.GetRequiredService<ApplicationService>().SubmitAsync(new ApplicationInput
        {
            ApplicantKind = "NaturalPerson", Name = "张三", IdentityNumber = "370306199001011234", Phone = "0533-6180000",
            Description = "2026年永安街道老旧小区改造项目的招标文件", Delivery = "Pickup",
        }, []));
        Assert.Equal(("0 8 2 1 *", "Asia/Shanghai"), HangfireJobs.Schedule(harness, AnnualReportJob.Id));

        harness.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 2, 8, 0, 0, Shanghai).ToUniversalTime());
        await HangfireJobs.TriggerAsync(harness, AnnualReportJob.Id);
        await HangfireJobs.TriggerAsync(harness, AnnualReportJob.Id);
        // Run again days later (a server that was down on the 2nd catches up): still the one report.
        harness.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 5, 8, 0, 0, Shanghai).ToUniversalTime());
        await HangfireJobs.TriggerAsync(harness, AnnualReportJob.Id);

        Guid itemId;
        await using (var db = harness.NewContext())
        {
            var report = await db.AnnualReports.SingleAsync();
            itemId = report.ItemId;
            Assert.Equal(2026, report.Year);
            var item = await db.Items.Include(i => i.Versions).SingleAsync(i => i.Id == report.ItemId);
            var version = Assert.Single(item.Versions);
            Assert.Equal(("5", TimingClass.Immediate, new DateOnly(2027, 1, 31), VersionStatus.Draft),
                (item.CategoryCode, item.Timing, version.PublishBy, version.Status));
            Assert.Equal("永安街道办事处2026年政府信息公开工作年度报告", version.Title);
            Assert.Equal(AttachmentKind.Word, Assert.Single(version.Attachments).Kind);
            var cells = AnnualReports.Figures(report)!.Cells();
            Assert.Equal((1m, 1m, 1m), (cells["三.received.0"], cells["三.received.6"], cells["三.carried-out.6"]));

            // The standard path, waiting at drafting for the drafters, due in working days: not the
            // immediate-notice path's hours, which would call it overdue the morning it opened.
            var instance = await db.Instances.SingleAsync(i => i.ItemId == item.Id);
            Assert.Equal((ShippedDefinitions.Standard, InstanceStatus.Running), (instance.DefinitionKey, instance.Status));
            var task = await db.Tasks.SingleAsync(t => t.ItemId == item.Id && t.Status == WorkTaskStatus.Open);
            Assert.Equal((NodePurpose.Drafting, Roles.Drafter), (task.Purpose, task.Role));
            Assert.True(task.DueAt > task.CreatedAt.AddDays(3), $"drafting opened {task.CreatedAt}, due {task.DueAt}");
            var started = await db.Journal.SingleAsync(j => j.InstanceId == instance.Id && j.Action == "started");
            Assert.Contains("按该事项的法定期限指定流程", started.Details, StringComparison.Ordinal);
            Assert.Equal(1, await db.Items.CountAsync());

            var runs = await db.JobRuns.Where(r => r.JobName == AnnualReportJob.Id).OrderBy(r => r.StartedAt).ThenBy(r => r.Id).Select(r => r.Summary).ToListAsync();
            Assert.Equal(["opened the draft report for 2026", "the report for 2026 exists", "the report for 2026 exists"], runs);
        }

        // Submitted by a drafter, it goes to review as any item does: people review and sign it, not the clock.
        var review = await harness.EngineAsync(e => e.SubmitAsync(itemId, Drafter));
        Assert.Equal(Roles.Reviewer, review!.Role);
    }

    [Fact]
    public async Task TwoServersRunningTheJobAtOnce_OpenOneReport()
    {
        await using var harness = await HangfireJobs.HarnessAsync(new DateTimeOffset(2027, 1, 2, 8, 0, 0, Shanghai));

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => HangfireJobs.TriggerAsync(harness, AnnualReportJob.Id)));

        await using var db = harness.NewContext();
        Assert.Equal(2026, (await db.AnnualReports.SingleAsync()).Year);
        Assert.Equal(1, await db.Items.CountAsync());
        Assert.Equal(1, await db.Instances.CountAsync());
        Assert.Equal(1, await db.Attachments.CountAsync());
        Assert.Equal(1, await db.JobRuns.CountAsync(r => r.JobName == AnnualReportJob.Id && r.Summary == "opened the draft report for 2026"));
    }
}
