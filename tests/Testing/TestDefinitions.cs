using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace Disclosure.Testing;

/// <summary>Definitions with parallel paths and countersigns, built in code for tests.</summary>
public static class TestDefinitions
{
    private static readonly OutcomeDocument[] NoOutcomes = [];

    public static NodeDocument Task(string id, string name, string role, NodePurpose purpose, params (string Id, string Label, string Next, bool Comment)[] outcomes) => new()
    {
        Id = id, Kind = NodeKind.UserTask, Name = name, Role = role, Purpose = purpose,
        Outcomes = outcomes.Length == 0 ? NoOutcomes : [.. outcomes.Select(o => new OutcomeDocument { Id = o.Id, Label = o.Label, Next = o.Next, RequiresComment = o.Comment })],
    };

    /// <summary>Start and drafting, leading to <paramref name="first"/>.</summary>
    public static IEnumerable<NodeDocument> Head(string first) =>
    [
        new() { Id = "start", Kind = NodeKind.Start, Name = "开始", Next = "draft" },
        Task("draft", "拟稿", Roles.Drafter, NodePurpose.Drafting, ("submit", "提交", first, false)),
    ];

    /// <summary>From <c>rh</c>: consent when there are rights-holders, then sign-off and publication.</summary>
    public static IEnumerable<NodeDocument> Tail() =>
    [
        new() { Id = "rh", Kind = NodeKind.Decision, Name = "是否涉及权利人", Branches = [new BranchDocument { When = new ConditionDocument { Fact = Fact.HasRightsHolders, EqualTo = System.Text.Json.JsonSerializer.SerializeToElement(true) }, Next = "consent" }], Otherwise = "sign-off" },
        new() { Id = "consent", Kind = NodeKind.Consent, Name = "权利人意见征询", Due = new DueTime { WorkingDays = 15 }, OnAgreed = "sign-off", OnRefused = "public-interest" },
        Task("public-interest", "公共利益裁量", Roles.Leader, NodePurpose.PublicInterestDecision, ("publish-in-public-interest", "因公共利益决定公开", "sign-off", true)),
        Task("sign-off", "领导签发", Roles.Leader, NodePurpose.LeaderSignOff, ("approve", "同意发布", "publish", false), ("return", "退回修改", "draft", true)),
        new() { Id = "publish", Kind = NodeKind.Publish, Name = "发布", Next = "end" },
        new() { Id = "end", Kind = NodeKind.End, Name = "已发布", Result = EndResult.Published },
    ];

    /// <summary>Review and a legality check in parallel, joined before the tail; served for category 4.2.</summary>
    public static ProcessDocument ParallelReview(int extraPaths = 0) => Document("parallel-review", "并行审查流程",
    [
        .. Head("split"),
        new() { Id = "split", Kind = NodeKind.ParallelSplit, Name = "分头审查", Paths = ["review", "legal", .. Enumerable.Range(0, extraPaths).Select(i => $"check-{i}")] },
        Task("review", "保密审查", Roles.Reviewer, NodePurpose.ConfidentialityReview, ("approve", "审查通过", "join", false)),
        Task("legal", "合法性审核", Roles.Leader, NodePurpose.None, ("approve", "审核通过", "join", false)),
        .. Enumerable.Range(0, extraPaths).Select(i => Task($"check-{i}", $"核对 {i}", Roles.Deputy, NodePurpose.None, ("approve", "核对无误", "join", false))),
        new() { Id = "join", Kind = NodeKind.ParallelJoin, Name = "汇合", Next = "rh" },
        .. Tail(),
    ]);

    /// <summary>Review, then a countersign of the departments concerned by section heads; served for category 4.2.</summary>
    public static ProcessDocument CountersignOfConcerned(CompletionRule completion, RejectionRule onReject, int? atLeast = null) => Document("countersign-test", "会签测试流程",
    [
        .. Head("review"),
        Task("review", "保密审查", Roles.Reviewer, NodePurpose.ConfidentialityReview, ("approve", "审查通过", "countersign", false)),
        Task("countersign", "相关科室会签", Roles.SectionHead, NodePurpose.None, ("agree", "会签同意", "rh", false), ("return", "退回修改", "draft", true)) with
        {
            Countersign = new CountersignDocument { Signers = SignerSource.DepartmentsConcerned, Completion = completion, AtLeast = atLeast, OnReject = onReject, Approve = "agree", Reject = "return" },
        },
        .. Tail(),
    ]);

    /// <summary>The shipped immediate notice with its sign-off due <paramref name="duration"/> after it opens (its deadline outcome escalates): a timer that falls due within a test.</summary>
    public static ProcessDocument ImmediateWithSignOffDue(string duration)
    {
        var immediate = ShippedDefinitions.Get(ShippedDefinitions.Immediate);
        return immediate with
        {
            Nodes = [.. immediate.Nodes.Select(n => n.Id == "sign-off" ? n with { Due = new DueTime { Duration = duration } } : n)],
        };
    }

    public static ProcessDocument Document(string key, string name, IReadOnlyList<NodeDocument> nodes) => new()
    {
        Key = key,
        Name = name,
        EnglishName = key,
        Settings = new ProcessSettings { Selection = new SelectionDocument { When = new ConditionDocument { Fact = Fact.Category, EqualTo = System.Text.Json.JsonSerializer.SerializeToElement("4.2") }, Priority = 1000 } },
        Nodes = nodes,
    };

    /// <summary>Publishes the document as a new definition, so items of category 4.2 start on it.</summary>
    public static async Task PublishAsync(this WorkflowHarness harness, ProcessDocument document)
    {
        ArgumentNullException.ThrowIfNull(harness);
        await harness.InScopeAsync(async sp =>
        {
            var service = sp.GetRequiredService<DefinitionService>();
            var draft = await service.CreateDraftAsync(document.Key, document, WorkflowHarness.Admin.Actor);
            return await service.PublishAsync(document.Key, draft.Number, WorkflowHarness.Admin.Actor);
        });
    }

    /// <summary>Adds departments (the shipped ones are there already).</summary>
    public static async Task AddDepartmentsAsync(this WorkflowHarness harness, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(harness);
        await using var db = harness.NewContext();
        var order = 100;
        foreach (var name in names)
        {
            db.Departments.Add(new Department(name, order++));
        }

        await db.SaveChangesAsync();
    }

    /// <summary>A section head of a department.</summary>
    public static Caller SectionHead(string department, int n = 0) =>
        new(new Actor($"u-head-{department}-{n}", $"{department}负责人{n}"), new HashSet<string> { Roles.SectionHead }) { Department = department };
}
