using Disclosure.Workflows.Applications;
using Disclosure.Workflows.Calendar;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Engine;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Disclosure.Workflows.Demo;

/// <summary>
/// The year's record a newcomer can report on (Development only): applications for disclosure at
/// every stage (replied with several reply types, awaiting a correction, waiting for a third party,
/// being handled), and normative documents issued and repealed, all driven through the real engine.
/// Together with <see cref="DemoCatalogue"/> it gives the annual report something to count.
/// </summary>
public sealed class DemoRecord(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DemoRecord> logger)
{
    private const string RulesTitle = "永安街道办事处机关工作管理规定（试行）";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            // Seeded once: its first normative document marks it.
            if (await scope.ServiceProvider.GetRequiredService<DisclosureDbContext>().ItemVersions.AnyAsync(v => v.Title == RulesTitle, cancellationToken))
            {
                return;
            }
        }

        var today = WorkingDayCalendar.Today(clock);
        var rules = await PublishNormativeAsync(RulesTitle, "<p>第一条 为加强机关作风建设，制定本规定。</p>", today, cancellationToken);
        var old = await PublishNormativeAsync("永安街道辖区门前三包管理办法（2019年版）", "<p>第一条 为做好辖区门前三包工作，制定本办法。</p>", today, cancellationToken);
        await Scoped<CatalogueService, CatalogueItem>(s => s.WithdrawAsync(old, "已被《永安街道市容环境管理办法》替代，予以废止。", cancellationToken));
        _ = rules;

        var replied = await SubmitAsync(Person("刘某某", "NaturalPerson", "Electronic", "liu@example.cn", "2025年永安街道老旧小区改造项目的招标文件及中标结果"), cancellationToken);
        await RegisterAsync(replied, accept: true, cancellationToken);
        await ReplyAsync(replied, ReplyTypes.Disclose, null, "所申请的招标文件及中标结果已通过电子邮件提供，附件 2 份。", thirdParty: false, cancellationToken);
        await ApproveAsync(replied, cancellationToken);

        var inPerson = await Scoped<ApplicationService, ApplicationReceipt>(s => s.RegisterAsync(
            Person("陈某某", "NaturalPerson", "Pickup", null, "街道党工委会议关于辖区征收补偿的讨论记录") with { Channel = "InPerson" }, [], DemoPeople.Drafter, cancellationToken));
        await RegisterAsync(inPerson, accept: true, cancellationToken);
        await ReplyAsync(inPerson, ReplyTypes.Withhold, "process-information", "所申请的讨论记录属于过程性信息。", thirdParty: false, cancellationToken);
        await ApproveAsync(inPerson, cancellationToken);

        var business = await SubmitAsync(Person("淄博某商贸有限公司", "Business", "Electronic", "trade@example.cn", "本街道2024年度临街商铺租金评估报告") with { ContactPerson = "王经理" }, cancellationToken);
        await RegisterAsync(business, accept: true, cancellationToken);
        await ReplyAsync(business, ReplyTypes.Unavailable, "not-held", "经检索，本机关未制作该评估报告；该事项由周村区国有资产服务中心负责，联系电话 0533-6410000。", thirdParty: false, cancellationToken);
        await ApproveAsync(business, cancellationToken);

        var unclear = await SubmitAsync(Person("赵某某", "NaturalPerson", "Pickup", null, "关于我家的那个文件"), cancellationToken);
        await RegisterAsync(unclear, accept: false, cancellationToken);

        var lawFirm = await Scoped<ApplicationService, ApplicationReceipt>(s => s.RegisterAsync(
            Person("山东某律师事务所", "LegalService", "Paper", null, "永安街道2025年度低保审核公示名单及审批依据") with { Channel = "Post", ContactPerson = "孙律师", Address = "淄博市周村区正阳路 1 号", Postcode = "255300" },
            [], DemoPeople.Drafter, cancellationToken));
        await RegisterAsync(lawFirm, accept: true, cancellationToken);
        await ReplyAsync(lawFirm, ReplyTypes.Partial, null, "公示名单予以提供，其中身份证号码、家庭住址等个人信息已作区分处理。", thirdParty: true, cancellationToken);

        var handling = await SubmitAsync(Person("某公益协会", "NonProfit", "Electronic", "npo@example.cn", "永安街道2025年度养老服务补贴发放情况") with { ContactPerson = "周女士" }, cancellationToken);
        await RegisterAsync(handling, accept: true, cancellationToken);
        logger.LogInformation("Seeded the demo applications and normative documents of 永安街道 (Development)");
    }

    private static ApplicationInput Person(string name, string kind, string delivery, string? email, string description) => new()
    {
        ApplicantKind = kind, Name = name, IdentityNumber = kind == "NaturalPerson" ? "370306199001010000" : "91370306MA3C000000",
        Phone = "0533-6180000", Email = email, Description = description, Delivery = delivery,
        Address = delivery == "Paper" ? "淄博市周村区永安街 1 号" : null,
    };

    private Task<ApplicationReceipt> SubmitAsync(ApplicationInput input, CancellationToken cancellationToken) =>
        Scoped<ApplicationService, ApplicationReceipt>(s => s.SubmitAsync(input, [], cancellationToken));

    private async Task RegisterAsync(ApplicationReceipt receipt, bool accept, CancellationToken cancellationToken)
    {
        var task = await OpenTaskAsync(receipt.Id, cancellationToken);
        await Scoped<WorkflowEngine, WorkflowTask?>(e => e.CompleteAsync(task.Id, accept
            ? new TaskCompletion { Outcome = "accept" }
            : new TaskCompletion { Outcome = "ask-correction", Comment = "请写明所需文件的名称、文号或形成时间。" }, DemoPeople.Drafter, cancellationToken));
    }

    private async Task ReplyAsync(ApplicationReceipt receipt, string type, string? ground, string text, bool thirdParty, CancellationToken cancellationToken)
    {
        if (thirdParty)
        {
            await Scoped<ApplicationService, Application>(s => s.SetThirdPartiesAsync(receipt.Id, new ThirdPartiesInput
            {
                ThirdParties = [new RightsHolderInput { Name = "李某某（低保户）", Contact = "13953300000", Concern = "PersonalPrivacy", Details = "姓名及家庭收入情况" }],
            }, DemoPeople.Drafter, cancellationToken));
        }

        await Scoped<ApplicationService, Application>(s => s.DraftReplyAsync(receipt.Id, new ReplyInput { Type = type, Ground = ground, Text = text }, DemoPeople.Drafter, cancellationToken));
        var task = await OpenTaskAsync(receipt.Id, cancellationToken);
        await Scoped<WorkflowEngine, WorkflowTask?>(e => e.CompleteAsync(task.Id, new TaskCompletion { Outcome = "submit" }, DemoPeople.Drafter, cancellationToken));
    }

    private async Task ApproveAsync(ApplicationReceipt receipt, CancellationToken cancellationToken)
    {
        var review = await OpenTaskAsync(receipt.Id, cancellationToken);
        await Scoped<WorkflowEngine, WorkflowTask?>(e => e.CompleteAsync(review.Id, new TaskCompletion { Outcome = "approve", Comment = "经审核，答复意见适当。" }, DemoPeople.Reviewer, cancellationToken));
        var signOff = await OpenTaskAsync(receipt.Id, cancellationToken);
        await Scoped<WorkflowEngine, WorkflowTask?>(e => e.CompleteAsync(signOff.Id, new TaskCompletion { Outcome = "approve", Comment = "同意答复。" }, DemoPeople.Leader, cancellationToken));
    }

    private async Task<Guid> PublishNormativeAsync(string title, string body, DateOnly today, CancellationToken cancellationToken)
    {
        var item = await Scoped<CatalogueService, CatalogueItem>(s => s.CreateAsync(new ItemInput
        {
            Title = title, Body = body, CategoryCode = "1.1", Timing = "LongTerm", ReviewIntervalMonths = 24,
            Channels = ["BulletinBoard"], Audience = "Public", LegalBasis = "《中华人民共和国政府信息公开条例》第二十条第（一）项",
            ResponsibleBody = "城市管理办公室", FormedOn = today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        }, DemoPeople.Drafter.Actor, cancellationToken));
        await Scoped<WorkflowEngine, WorkflowTask?>(e => e.SubmitAsync(item.Id, DemoPeople.Drafter, cancellationToken));
        for (var step = 0; step < 20; step++)
        {
            WorkflowTask? task;
            await using (var scope = scopes.CreateAsyncScope())
            {
                task = await scope.ServiceProvider.GetRequiredService<DisclosureDbContext>().Tasks.AsNoTracking()
                    .Where(t => t.ItemId == item.Id && t.Status == WorkTaskStatus.Open && t.Kind == TaskKind.User)
                    .OrderBy(t => t.CreatedAt).ThenBy(t => t.Department).FirstOrDefaultAsync(cancellationToken);
            }

            if (task is null)
            {
                break;
            }

            var outcome = task.NodeId == "countersign" ? "agree" : "approve";
            await Scoped<WorkflowEngine, WorkflowTask?>(e => e.CompleteAsync(task.Id, new TaskCompletion { Outcome = outcome, Comment = "同意。" },
                DemoPeople.For(task.Role, task.Department), cancellationToken));
        }

        return item.Id;
    }

    private async Task<WorkflowTask> OpenTaskAsync(Guid subjectId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DisclosureDbContext>().Tasks.AsNoTracking()
            .Where(t => t.ItemId == subjectId && t.Status == WorkTaskStatus.Open && t.Kind == TaskKind.User)
            .OrderBy(t => t.CreatedAt).FirstAsync(cancellationToken);
    }

    private async Task<T> Scoped<TService, T>(Func<TService, Task<T>> work)
        where TService : notnull
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
