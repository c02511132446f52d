using System.Text.Json;
using Bunit;
using Disclosure.Host.Components.Admin.Modeler;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;

namespace Disclosure.Host.Tests.Screens;

/// <summary>
/// The modeler's properties panel turns what the administrator chooses into changes of the drawing
/// (ModelerOps, applied by the canvas as one undo step): roles, due times, countersigns, step ids
/// and branch conditions built from a form. The canvas is not needed: the panel's changes are caught.
/// </summary>
public sealed class ModelerPanelTests : IDisposable
{
    private static readonly TargetSnapshot[] Targets =
    [
        new("start", "start", "开始", "start"),
        new("review", "review", "保密审查", "userTask"),
        new("sign-off", "sign-off", "领导签发", "userTask"),
        new("draft", "draft", "拟稿", "userTask"),
    ];

    private static readonly ElementSnapshot Step = new()
    {
        ElementId = "check", NodeId = "check", Kind = "userTask", BpmnType = "bpmn:UserTask", Name = "科室会签",
        Flows =
        [
            new FlowSnapshot { FlowId = "Flow_1", Label = "同意", Outcome = "agree", Target = Targets[2] },
            new FlowSnapshot { FlowId = "Flow_2", Label = "退回", Outcome = "back", Target = Targets[3] },
        ],
        Targets = Targets,
    };

    private readonly BunitContext _context = new();
    private readonly List<PanelChange> _changes = [];

    [Fact]
    public async Task TheRolePicker_OffersTheEnginesRoles_AndSetsTheCandidateGroup()
    {
        var panel = Render(Step);

        Assert.Contains("科室负责人", panel.FindAll("#p-role option").Select(o => o.TextContent));
        Assert.DoesNotContain("管理员", panel.FindAll("#p-role option").Select(o => o.TextContent));
        await panel.Find("#p-role").ChangeAsync(new() { Value = Roles.SectionHead });

        var change = Assert.Single(_changes);
        Assert.Equal("check", change.ElementId);
        Assert.Equal("""[{"op":"attr","name":"camunda:candidateGroups","value":"section-head"}]""", Json(change));
    }

    [Fact]
    public async Task ADueInWorkingDays_DrawsTheTimer_AndAValueOutOfRangeIsRefusedBesideTheField()
    {
        var panel = Render(Step);

        await panel.Find("#p-due-unit").ChangeAsync(new() { Value = "days" });
        await panel.Find("#p-due").ChangeAsync(new() { Value = "300" });
        Assert.Empty(_changes);
        Assert.Equal(Messages.ModelerDueInvalid.Text, panel.Find(".field-error").TextContent);

        await panel.Find("#p-due").ChangeAsync(new() { Value = "5" });
        Assert.Equal("""[{"op":"due","workingDays":5,"duration":null,"label":"5 个工作日"}]""", Json(Assert.Single(_changes)));
    }

    [Fact]
    public async Task TheDeadlineOutcome_CanBeChosenOnlyOnceThereIsADueTime()
    {
        Assert.True(Render(Step).Find("#p-deadline").HasAttribute("disabled"));

        var panel = Render(Step with { Due = new DueSnapshot("Timer_check", 3, null, false) });
        await panel.Find("#p-deadline").ChangeAsync(new() { Value = "Flow_2" });
        Assert.Equal("""[{"op":"deadline","flowId":"Flow_2"}]""", Json(Assert.Single(_changes)));
    }

    [Fact]
    public async Task TurningOnACountersign_StartsFromTheStepsOwnOutcomes_AndEveryRuleIsAChoice()
    {
        var panel = Render(Step);

        await panel.Find("#p-countersign").ChangeAsync(new() { Value = true });
        using var first = JsonDocument.Parse(Json(Assert.Single(_changes)));
        var value = first.RootElement[0].GetProperty("value");
        Assert.Equal(("roles", "all", "returnStep", "agree", "back"), (value.GetProperty("signers").GetString(), value.GetProperty("completion").GetString(),
            value.GetProperty("onReject").GetString(), value.GetProperty("approve").GetString(), value.GetProperty("reject").GetString()));

        var countersign = new CountersignSnapshot { MultiInstance = true, Signers = "departments", Completion = "all", OnReject = "returnStep", Approve = "agree", Reject = "back" };
        _changes.Clear();
        panel = Render(Step with { Countersign = countersign }, departments: ["财政所", "社会事务办公室"]);
        await panel.FindAll("[data-testid=countersign] input[type=checkbox]").Single(c => c.ParentElement!.TextContent.Contains("财政所", StringComparison.Ordinal)).ChangeAsync(new() { Value = true });
        await panel.FindAll("input[name=p-completion]")[2].ChangeAsync(new() { Value = true });
        // Each choice changes only its own rule, so a second choice made before the panel is drawn again keeps the first.
        Assert.Equal("""[{"op":"countersignPatch","list":"departments","item":"财政所","on":true}]""", Json(_changes[0]));
        Assert.Equal("""[{"op":"countersignPatch","fields":{"completion":"atLeast","atLeast":1}}]""", Json(_changes[1]));
        await panel.Find("#p-approve").ChangeAsync(new() { Value = "back" });
        Assert.Equal("""[{"op":"countersignPatch","fields":{"approve":"back"}}]""", Json(_changes[2]));
    }

    [Fact]
    public async Task RenamingAnOutcome_KeepsTheCountersignPointingAtIt()
    {
        var countersign = new CountersignSnapshot { MultiInstance = true, Signers = "roles", Roles = ["deputy"], Completion = "any", OnReject = "recordOnly", Approve = "agree", Reject = "back" };
        var panel = Render(Step with { Countersign = countersign });

        await panel.Find("[aria-label='结果编号 1']").ChangeAsync(new() { Value = "agreed-all" });

        Assert.Equal(
            """[{"op":"flowAttr","flowId":"Flow_1","name":"gk:outcome","value":"agreed-all"},{"op":"countersignPatch","renamed":{"from":"agree","to":"agreed-all"}}]""",
            Json(Assert.Single(_changes)));
    }

    [Fact]
    public async Task AStepId_MustBeOneTheFileKeeps_AndFreeInTheDrawing()
    {
        var taken = new HashSet<string> { "review" };
        var panel = Render(Step, idTaken: taken.Contains);

        await panel.Find("#p-id").ChangeAsync(new() { Value = "Flow_3" });
        Assert.Equal(Messages.ModelerStepIdInvalid(64, "Flow_、Timer_、Node_").Text, panel.Find("[data-testid=id-error]").TextContent);
        await panel.Find("#p-id").ChangeAsync(new() { Value = "review" });
        Assert.Equal(Messages.ModelerStepIdTaken("review").Text, panel.Find("[data-testid=id-error]").TextContent);
        Assert.Empty(_changes);

        await panel.Find("#p-id").ChangeAsync(new() { Value = "初审" });
        Assert.Equal("""[{"op":"attr","name":"gk:nodeId","value":null},{"op":"id","value":"初审"}]""", Json(Assert.Single(_changes)));
    }

    [Fact]
    public async Task AChangeChosenRightAfterARename_NamesTheNewId_UntilTheDrawingsSnapshotArrives()
    {
        var panel = Render(Step);

        // The drawing renamed the step, but its snapshot under the new id has not reached the panel yet.
        await panel.Find("#p-id").ChangeAsync(new() { Value = "deputy-review" });
        await panel.Find("#p-role").ChangeAsync(new() { Value = Roles.Deputy });
        panel.Render(ps => ps.Add(p => p.Snapshot, Step with { Name = "分管领导审核" }));
        await panel.Find("#p-name").ChangeAsync(new() { Value = "分管领导审核" });

        Assert.Equal(["check", "deputy-review", "deputy-review"], _changes.Select(c => c.ElementId));
        Assert.Equal("""[{"op":"attr","name":"camunda:candidateGroups","value":"deputy"}]""", Json(_changes[1]));

        // The snapshot under the new id arrives: the panel follows the drawing again.
        panel.Render(ps => ps.Add(p => p.Snapshot, Step with { ElementId = "deputy-review", NodeId = "deputy-review" }));
        await panel.Find("#p-role").ChangeAsync(new() { Value = Roles.Leader });
        // Another element selected: its own id.
        panel.Render(ps => ps.Add(p => p.Snapshot, Step with { ElementId = "review", NodeId = "review" }));
        await panel.Find("#p-role").ChangeAsync(new() { Value = Roles.Reviewer });

        Assert.Equal(["deputy-review", "review"], _changes.Skip(3).Select(c => c.ElementId));
    }

    [Fact]
    public async Task ABranchCondition_IsBuiltFromAFormOverTheItemsFacts()
    {
        var decision = new ElementSnapshot
        {
            ElementId = "rh", NodeId = "rh", Kind = "decision", Name = "是否公共资金",
            Flows = [new FlowSnapshot { FlowId = "Flow_9", Label = "公共资金", Target = Targets[1] }, new FlowSnapshot { FlowId = "Flow_10", Target = Targets[2], IsDefault = true }],
            Targets = Targets,
        };
        var panel = Render(decision);

        await panel.Find("[data-testid=p-branch1-condition] button.ant-btn-dashed").ClickAsync(new());
        await panel.Find("#p-branch1-row1-fact").ChangeAsync(new() { Value = nameof(Fact.Category) });
        var three = panel.FindAll("[data-testid=p-branch1-condition] .values label").Single(l => l.TextContent.Trim().StartsWith("3 ", StringComparison.Ordinal));
        await three.QuerySelector("input")!.ChangeAsync(new() { Value = true });

        Assert.Equal("""[{"op":"condition","flowId":"Flow_9","value":"{\"fact\":\"category\",\"equals\":\"3\"}"}]""", Json(_changes[^1]));
        Assert.Equal("Flow_10", panel.Find("#p-otherwise option[selected]").GetAttribute("value"));
    }

    [Fact]
    public async Task AConditionOnTheLastOutcome_ShowsEachOutcomesLabel_AndWritesItsId()
    {
        var decision = new ElementSnapshot
        {
            ElementId = "after-review", NodeId = "after-review", Kind = "decision", Name = "审查结果",
            Flows = [new FlowSnapshot { FlowId = "Flow_9", Target = Targets[2] }, new FlowSnapshot { FlowId = "Flow_10", Target = Targets[3], IsDefault = true }],
            Targets = Targets,
            Outcomes = [new("approve", "审查通过", "保密审查"), new("return", "退回修改", "保密审查"), new("return", "退回修改", "领导签发")],
        };
        var panel = Render(decision);

        await panel.Find("[data-testid=p-branch1-condition] button.ant-btn-dashed").ClickAsync(new());
        await panel.Find("#p-branch1-row1-fact").ChangeAsync(new() { Value = nameof(Fact.LastOutcome) });
        var labels = panel.FindAll("[data-testid=p-branch1-condition] .values label");
        Assert.Equal(["审查通过（保密审查）", "退回修改（保密审查、领导签发）"], labels.Select(l => l.TextContent.Trim()));
        await labels[1].QuerySelector("input")!.ChangeAsync(new() { Value = true });

        Assert.Equal("""[{"op":"condition","flowId":"Flow_9","value":"{\"fact\":\"lastOutcome\",\"equals\":\"return\"}"}]""", Json(_changes[^1]));
    }

    [Fact]
    public async Task AParallelGatewayWithOnePath_OffersASecondPath_WhileAJoinOffersOnlyItsNextStep()
    {
        var oneWay = new ElementSnapshot
        {
            ElementId = "split", NodeId = "split", Kind = "parallelJoin", Incoming = 1,
            Flows = [new FlowSnapshot { FlowId = "Flow_4", Target = Targets[1] }],
            Targets = Targets,
        };

        var panel = Render(oneWay);
        await panel.Find("#p-new-next").ChangeAsync(new() { Value = "sign-off" });
        Assert.Equal("""[{"op":"connect","targetId":"sign-off","label":null,"attrs":{}}]""", Json(Assert.Single(_changes)));
        Assert.Empty(Render(oneWay with { Incoming = 2 }).FindAll("#p-new-next"));
    }

    public void Dispose() => _context.Dispose();

    private IRenderedComponent<PropertiesPanel> Render(ElementSnapshot snapshot, IReadOnlyList<string>? departments = null, Func<string, bool>? idTaken = null) =>
        _context.Render<PropertiesPanel>(ps => ps
            .Add(p => p.Snapshot, snapshot)
            .Add(p => p.Departments, departments ?? [])
            .Add(p => p.Changed, change =>
            {
                _changes.Add(change);
                return Task.CompletedTask;
            })
            .Add(p => p.IdTaken, (id, _) => Task.FromResult(idTaken?.Invoke(id) ?? false)));

    // As the canvas receives them (JSInterop writes camelCase); Chinese kept readable.
    private static readonly JsonSerializerOptions AsSent = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Json(PanelChange change) => JsonSerializer.Serialize(change.Ops, AsSent);
}
