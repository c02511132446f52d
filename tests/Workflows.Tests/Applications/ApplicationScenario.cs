using Disclosure.Testing;
using Disclosure.Workflows.Applications;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Disclosure.Workflows.Tests.Applications;

/// <summary>An application driven through its process the way the screens and the tracking page do, on the harness's clock.</summary>
internal sealed class ApplicationScenario(WorkflowHarness harness, ApplicationReceipt receipt)
{
    public static Caller Registrar { get; } = new(new Actor("u-registrar", "王登记"), new HashSet<string> { Roles.Drafter }) { Department = "党政办公室" };

    public static Caller Handler { get; } = new(new Actor("u-handler", "陈承办"), new HashSet<string> { Roles.Drafter }) { Department = "党政办公室" };

    public static Caller Reviewer { get; } = WorkflowHarness.Reviewer;

    public static Caller Leader { get; } = WorkflowHarness.Leader;

    public ApplicationReceipt Receipt => receipt;

    public static ApplicationInput Input(string? email = "zhang@example.cn") => new()
    {
        ApplicantKind = "NaturalPerson",
        Name = "张三",
        IdentityNumber = "370306199001011234",
        Phone = "0533-6180000",
        Email = email,
        Description = "2025年永安街道老旧小区改造项目的招标文件及中标结果",
        Purpose = "了解本小区改造情况",
        Delivery = email is null ? "Pickup" : "Electronic",
    };

    public static async Task<ApplicationScenario> SubmitAsync(WorkflowHarness harness, ApplicationInput? input = null)
    {
        var receipt = await harness.InScopeAsync(sp => sp.GetRequiredService<ApplicationService>().SubmitAsync(input ?? Input(), []));
        return new ApplicationScenario(harness, receipt);
    }

    public void At(int year, int month, int day, int hour = 10) =>
        harness.Clock.SetUtcNow(new DateTimeOffset(year, month, day, hour, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime());

    public async Task<WorkflowInstance> InstanceAsync()
    {
        await using var db = harness.NewContext();
        return await db.Instances.SingleAsync(i => i.ItemId == receipt.Id);
    }

    public async Task<Application> ApplicationAsync()
    {
        await using var db = harness.NewContext();
        return await db.Applications.SingleAsync(a => a.Id == receipt.Id);
    }

    public async Task<WorkflowTask> OpenTaskAsync()
    {
        await using var db = harness.NewContext();
        return await db.Tasks.SingleAsync(t => t.ItemId == receipt.Id && t.Status == WorkTaskStatus.Open);
    }

    public async Task<List<JournalEntry>> JournalAsync()
    {
        await using var db = harness.NewContext();
        return await db.Journal.Where(j => j.ItemId == receipt.Id).OrderBy(j => j.Id).ToListAsync();
    }

    public async Task<WorkflowTask?> CompleteAsync(string node, string outcome, Caller caller, string? comment = null, ExemptionInput? exemption = null)
    {
        var task = await OpenTaskAsync();
        Assert.Equal(node, task.NodeId);
        return await harness.EngineAsync(e => e.CompleteAsync(task.Id, new TaskCompletion { Outcome = outcome, Comment = comment, Exemption = exemption }, caller));
    }

    public Task AskForCorrectionAsync() => CompleteAsync("register", "ask-correction", Registrar, "请写明所需信息对应的小区名称");

    public Task CorrectAsync(string text = "小区名称：永安街道和平小区") =>
        harness.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<ApplicationService>().CorrectAsync(receipt.Number, receipt.TrackingCode, text, []);
            return true;
        });

    public Task DraftReplyAsync(string type = ReplyTypes.Disclose, string? ground = null) =>
        harness.InScopeAsync(sp => sp.GetRequiredService<ApplicationService>().DraftReplyAsync(receipt.Id,
            new ReplyInput { Type = type, Ground = ground, Text = "所申请的招标文件及中标结果见附件。" }, Handler));

    public Task SetThirdPartyAsync() =>
        harness.InScopeAsync(sp => sp.GetRequiredService<ApplicationService>().SetThirdPartiesAsync(receipt.Id, new ThirdPartiesInput
        {
            ThirdParties = [new RightsHolderInput { Name = "淄博某建设有限公司", Contact = "13800000000", Concern = "CommercialSecret", Details = "投标报价明细" }],
        }, Handler));

    public Task<ProcessClock> ExtendAsync(int days, string reason, Caller caller) =>
        harness.InScopeAsync(sp => sp.GetRequiredService<ApplicationService>().ExtendAsync(receipt.Id, new ExtensionInput { WorkingDays = days, Reason = reason }, caller));

    /// <summary>The third party answers through a letter's link (a fresh one, as staff print it).</summary>
    public async Task ThirdPartyAnswersAsync(bool agree)
    {
        Guid requestId;
        await using (var db = harness.NewContext())
        {
            requestId = (await db.ConsentRequests.SingleAsync(r => r.ItemId == receipt.Id && r.Status == ConsentStatus.Pending)).Id;
        }

        var (_, token) = await harness.EngineAsync(e => e.IssueConsentTokenAsync(requestId));
        await harness.EngineAsync(async e =>
        {
            await e.AnswerConsentAsync(token, agree, agree ? null : "报价明细属于商业秘密");
            return true;
        });
    }
}
