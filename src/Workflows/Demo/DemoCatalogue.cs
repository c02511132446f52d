using Disclosure.Workflows.Calendar;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Engine;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Disclosure.Workflows.Demo;

/// <summary>
/// A living catalogue for a newcomer (Development only): items at every stage of the approval
/// path, driven there through the real engine so the journal tells a true story.
/// </summary>
public sealed class DemoCatalogue(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DemoCatalogue> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            if (await scope.ServiceProvider.GetRequiredService<DisclosureDbContext>().Items.AnyAsync(cancellationToken))
            {
                return;
            }
        }

        var today = WorkingDayCalendar.Today(clock);
        var year = today.Year;
        var lastMonth = today.AddMonths(-1);
        var monthBefore = today.AddMonths(-2);

        // Budgets and final accounts (3.4) and normative documents (1.x) take the three-level review
        // (see the definitions' selections); the budget names the departments that countersign.
        await PublishAsync(Budget(year), cancellationToken);
        await PublishAsync(FinalAccounts(year - 1), cancellationToken);
        await PublishAsync(Subsistence(monthBefore), cancellationToken);
        var payout = await CreateAsync(Subsistence(lastMonth), cancellationToken);
        await SubmitAsync(payout.Id, cancellationToken);
        await PublishAsync(DivisionOfDuties(today), cancellationToken);
        var tender = await CreateAsync(TenderResults(today), cancellationToken);
        await SubmitAsync(tender.Id, cancellationToken);
        await DriveAsync(tender.Id, steps: 1, cancellationToken);
        await CreateAsync(NormativeDocument(today), cancellationToken);
        await PublishAsync(EmergencyNotice(today), cancellationToken);
        var returned = await CreateAsync(ProcurementCatalogue(year), cancellationToken);
        var review = await SubmitAsync(returned.Id, cancellationToken);
        await Engine(e => e.CompleteAsync(review!.Id, new TaskCompletion { Outcome = "return", Comment = "请补充采购限额标准的文件依据。" }, DemoPeople.Reviewer), cancellationToken);
        // A budget execution report halfway through its countersign: one department has signed.
        var execution = await CreateAsync(BudgetExecution(today), cancellationToken);
        await SubmitAsync(execution.Id, cancellationToken);
        await DriveAsync(execution.Id, steps: 2, cancellationToken);
        logger.LogInformation("Seeded the demo catalogue of 永安街道 (Development)");
    }

    private async Task PublishAsync(ItemInput input, CancellationToken cancellationToken)
    {
        var item = await CreateAsync(input, cancellationToken);
        await SubmitAsync(item.Id, cancellationToken);
        await DriveAsync(item.Id, steps: 50, cancellationToken);
    }

    /// <summary>
    /// Approves the item's open tasks one at a time, as whoever of the demo office may act on each,
    /// for at most <paramref name="steps"/> tasks: works for any definition the item starts on.
    /// </summary>
    private async Task DriveAsync(Guid itemId, int steps, CancellationToken cancellationToken)
    {
        for (var done = 0; done < steps; done++)
        {
            WorkflowTask? task;
            await using (var scope = scopes.CreateAsyncScope())
            {
                task = await scope.ServiceProvider.GetRequiredService<DisclosureDbContext>().Tasks.AsNoTracking()
                    .Where(t => t.ItemId == itemId && t.Status == WorkTaskStatus.Open && t.Kind == TaskKind.User)
                    .OrderBy(t => t.CreatedAt).ThenBy(t => t.Department).FirstOrDefaultAsync(cancellationToken);
            }

            if (task is null)
            {
                return;
            }

            var outcome = task.Role == Definitions.Roles.Drafter ? "submit" : task.NodeId == "countersign" ? "agree" : "approve";
            var comment = task.Role switch
            {
                Definitions.Roles.Reviewer or Definitions.Roles.SectionHead when task.CountersignGroup is null => "经审查，不涉及国家秘密。",
                Definitions.Roles.Leader or Definitions.Roles.Principal => "同意发布。",
                _ => "同意。",
            };
            await Engine(e => e.CompleteAsync(task.Id, new TaskCompletion { Outcome = outcome, Comment = comment }, DemoPeople.For(task.Role, task.Department)), cancellationToken);
        }
    }

    private Task<WorkflowTask?> SubmitAsync(Guid itemId, CancellationToken cancellationToken) =>
        Engine(e => e.SubmitAsync(itemId, DemoPeople.Drafter, cancellationToken), cancellationToken);

    private async Task<CatalogueItem> CreateAsync(ItemInput input, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CatalogueService>().CreateAsync(input, DemoPeople.Drafter.Actor, cancellationToken);
    }

    private async Task<T> Engine<T>(Func<WorkflowEngine, Task<T>> work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<WorkflowEngine>());
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static ItemInput Budget(int year) => new()
    {
        Title = $"永安街道办事处{year}年部门预算",
        Body = $"<p>{year}年本街道一般公共预算支出安排 4,862.3 万元，其中：一般公共服务 1,215.6 万元，社会保障和就业 1,508.2 万元，城乡社区 1,337.9 万元。</p><table><tr><th>科目</th><th>金额（万元）</th></tr><tr><td>一般公共服务</td><td>1,215.6</td></tr><tr><td>社会保障和就业</td><td>1,508.2</td></tr></table>",
        Interpretation = "<p>今年预算较上年增长 3.2%，主要用于老旧小区改造和养老服务。</p>",
        CategoryCode = "3.4", Timing = "Periodic", Cadence = "Yearly", Period = $"{year}",
        Channels = ["BulletinBoard"], Audience = "Public",
        LegalBasis = "《中华人民共和国预算法》第十四条；《中华人民共和国政府信息公开条例》第二十条",
        ResponsibleBody = "财政所", FormedOn = $"{year}-02-10",
        DepartmentsConcerned = ["社会事务办公室", "城市管理办公室"],
    };

    private static ItemInput BudgetExecution(DateOnly today)
    {
        var period = DisclosurePeriod.Containing(Cadence.Quarterly, today.AddMonths(-3));
        return new()
        {
            Title = $"永安街道{period.Label}预算执行情况",
            Body = $"<p>{period.Label}一般公共预算支出执行 1,102.4 万元，占年度预算的 22.7%。其中社会保障和就业支出 386.1 万元，城乡社区支出 297.5 万元。</p>",
            CategoryCode = "3.4", Timing = "Periodic", Cadence = "Quarterly", Period = period.Key,
            Channels = ["BulletinBoard"], Audience = "Public",
            LegalBasis = "《中华人民共和国预算法》第十四条", ResponsibleBody = "财政所", FormedOn = Day(period.End),
            DepartmentsConcerned = ["社会事务办公室", "城市管理办公室"],
        };
    }

    private static ItemInput FinalAccounts(int year) => new()
    {
        Title = $"永安街道办事处{year}年度部门决算",
        Body = $"<p>{year}年度本街道一般公共预算支出决算 4,711.8 万元，完成预算的 98.6%。</p>",
        CategoryCode = "3.4", Timing = "Periodic", Cadence = "Yearly", Period = $"{year}",
        Channels = ["BulletinBoard"], Audience = "Public",
        LegalBasis = "《中华人民共和国预算法》第十四条", ResponsibleBody = "财政所", FormedOn = $"{year + 1}-01-20",
    };

    private static ItemInput Subsistence(DateOnly month)
    {
        var period = DisclosurePeriod.Containing(Cadence.Monthly, month);
        return new()
        {
            Title = $"永安街道{period.Label}城乡低保金发放情况",
            Body = $"<p>{period.Label}共发放城乡最低生活保障金 12.64 万元，保障 158 户 231 人。分社区明细见附表。</p>",
            CategoryCode = "2.3", Timing = "Periodic", Cadence = "Monthly", Period = period.Key,
            Channels = ["BulletinBoard", "WeChat"], Audience = "Public",
            LegalBasis = "《社会救助暂行办法》第九条；《山东省最低生活保障办法》",
            ResponsibleBody = "社会事务办公室", FormedOn = Day(period.End),
        };
    }

    private static ItemInput DivisionOfDuties(DateOnly today) => new()
    {
        Title = "永安街道办事处领导班子成员职责分工",
        Body = "<p>张志强（主任）：主持办事处全面工作，分管财政所、党政办公室。</p><p>刘洋（副主任）：分管社会事务办公室、应急管理办公室。</p><p>陈静（副主任）：分管城市管理办公室、经济发展办公室。</p>",
        CategoryCode = "4.2", Timing = "LongTerm", ReviewIntervalMonths = 12,
        Channels = ["BulletinBoard"], Audience = "Public",
        LegalBasis = "《中华人民共和国政府信息公开条例》第二十条第（一）项",
        ResponsibleBody = "党政办公室", FormedOn = Day(today.AddMonths(-3)),
    };

    private static ItemInput TenderResults(DateOnly today) => new()
    {
        Title = "永安街道老旧小区改造工程（二期）中标结果及工程进度",
        Body = "<p>项目经公开招标，中标单位为淄博鲁中建设有限公司，中标价 386.5 万元，工期 180 日历天。截至上月底，完成管网改造 62%。</p>",
        CategoryCode = "3.1", Timing = "LongTerm", ReviewIntervalMonths = 3,
        Channels = ["BulletinBoard"], Audience = "Public",
        LegalBasis = "《中华人民共和国招标投标法实施条例》第五十四条",
        ResponsibleBody = "城市管理办公室", FormedOn = Day(today.AddDays(-5)),
        RightsHolders =
        [
            new RightsHolderInput { Name = "淄博鲁中建设有限公司", Contact = "zbluzhong@example.cn", Concern = "CommercialSecret", Details = "投标报价分项明细" },
            new RightsHolderInput { Name = "周村恒信工程监理有限公司", Contact = "0533-6418000 周村区丝绸路 18 号", Concern = "CommercialSecret", Details = "监理费用构成" },
        ],
    };

    private static ItemInput NormativeDocument(DateOnly today) => new()
    {
        Title = "永安街道居民小区停车管理暂行办法",
        Body = "<p>第一条 为规范居民小区停车秩序，制定本办法。</p><p>第二条 本办法适用于本街道辖区内无物业管理的老旧小区。</p>",
        Interpretation = "<p>《办法》明确了停车位分配以先登记、后分配为原则，并对收费标准作出限定。</p>",
        CategoryCode = "1.1", Timing = "LongTerm", ReviewIntervalMonths = 24,
        Channels = ["BulletinBoard", "Meeting"], Audience = "SpecificGroup", AudienceNote = "辖区老旧小区居民",
        LegalBasis = "《中华人民共和国政府信息公开条例》第二十条第（一）项",
        ResponsibleBody = "城市管理办公室", FormedOn = Day(today.AddDays(-2)),
        RightsHolders = [new RightsHolderInput { Name = "张某某（车位承包人）", Contact = "13853300000", Concern = "PersonalPrivacy", Details = "附件所列承包人姓名及联系电话" }],
    };

    private static ItemInput EmergencyNotice(DateOnly today) => new()
    {
        Title = "关于做好寒潮大风天气防范工作的紧急通知",
        Body = "<p>据气象部门预报，未来三天我区将出现寒潮大风天气，请各社区做好独居老人走访、临时建筑加固等工作。</p>",
        CategoryCode = "2.1", Timing = "Immediate",
        Channels = ["WeChat", "BulletinBoard"], Audience = "Public",
        LegalBasis = "《中华人民共和国突发事件应对法》第四十四条",
        ResponsibleBody = "应急管理办公室", FormedOn = Day(today),
    };

    private static ItemInput ProcurementCatalogue(int year) => new()
    {
        Title = $"永安街道{year}年政府集中采购目录及限额标准",
        Body = "<p>集中采购目录以内或限额标准以上的货物、工程和服务，按规定实行政府采购。</p>",
        CategoryCode = "3.2", Timing = "LongTerm", ReviewIntervalMonths = 12,
        Channels = [], Audience = "Public",
        LegalBasis = "《中华人民共和国政府采购法》第七条",
        ResponsibleBody = "财政所", FormedOn = $"{year}-01-15",
    };
}
