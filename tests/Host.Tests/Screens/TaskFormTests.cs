using Bunit;
using Disclosure.Host.Components.Tasks;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Engine;

namespace Disclosure.Host.Tests.Screens;

/// <summary>
/// The task form is built from whatever node it is given: a node made up here, with outcomes no
/// screen has ever seen, gets its buttons, its fields and the engine's own field errors.
/// </summary>
public sealed class TaskFormTests : IDisposable
{
    private readonly BunitContext _context = new();
    private readonly List<TaskCompletion> _completed = [];

    /// <summary>A step an administrator might add: three outcomes, one needing a comment, one an exemption.</summary>
    private static readonly NodeDocument Node = ProcessDocument.FromJson("""
        {
          "key": "made-up", "name": "测试流程", "englishName": "made up",
          "nodes": [
            { "id": "start", "kind": "start", "next": "check" },
            { "id": "check", "kind": "userTask", "name": "档案核对", "role": "leader",
              "outcomes": [
                { "id": "matches", "label": "与档案一致", "next": "end" },
                { "id": "mismatch", "label": "退回核实", "next": "start", "requiresComment": true },
                { "id": "sealed", "label": "涉密不公开", "next": "end", "requiresComment": true, "requiresExemption": true }
              ] },
            { "id": "end", "kind": "end", "result": "published" }
          ]
        }
        """).Node("check")!;

    [Fact]
    public void EachOutcome_IsAButtonWithItsLabel_AndTheCommentRuleIsExplained()
    {
        var form = Render();

        Assert.Equal(["与档案一致", "退回核实", "涉密不公开"], form.FindAll("[role=group] button").Select(b => b.TextContent.Trim()));
        Assert.Equal(["matches", "mismatch", "sealed"], form.FindAll("[role=group] button").Select(b => b.GetAttribute("data-outcome")));
        Assert.Equal("选择“退回核实”“涉密不公开”时必须填写意见。", form.Find("[data-field=comment] .field-hint").TextContent);
        Assert.Empty(form.FindAll("[data-testid=exemption]"));
    }

    [Fact]
    public async Task AnOutcomeWithoutRules_CompletesAtOnce()
    {
        var form = Render();

        await form.Find("[data-outcome=matches]").ClickAsync(new());

        Assert.Equal("matches", Assert.Single(_completed).Outcome);
    }

    [Fact]
    public async Task AnOutcomeNeedingAComment_ShowsTheEnginesErrorAtTheCommentField_UntilOneIsWritten()
    {
        var form = Render();

        await form.Find("[data-outcome=mismatch]").ClickAsync(new());
        Assert.Empty(_completed);
        Assert.Equal(Messages.CommentRequired("退回核实").Text, form.Find("[data-field=comment] .field-error").TextContent);

        await form.Find("#comment").InputAsync(new() { Value = "档案号与正文不符" });
        await form.Find("[data-outcome=mismatch]").ClickAsync(new());
        var completion = Assert.Single(_completed);
        Assert.Equal(("mismatch", "档案号与正文不符", null), (completion.Outcome, completion.Comment, completion.Exemption));
    }

    [Fact]
    public async Task AnOutcomeNeedingAnExemption_AsksForItsFields_AndNamesEachOneMissing()
    {
        var form = Render();

        await form.Find("[data-outcome=sealed]").ClickAsync(new());
        Assert.NotNull(form.Find("[data-testid=exemption]"));
        Assert.Equal(["请选择", "国家秘密", "商业秘密", "个人隐私", "法律、行政法规禁止公开", "危及国家安全、公共安全、经济安全、社会稳定", "内部事务信息", "过程性信息", "行政执法案卷信息"],
            form.FindAll("#exemption-ground option").Select(o => o.TextContent));

        await form.Find("#comment").InputAsync(new() { Value = "涉及档案密级" });
        await form.Find("[data-outcome=sealed]").ClickAsync(new());
        Assert.Empty(_completed);
        Assert.NotEmpty(form.Find("[data-field='exemption.ground'] .field-error").TextContent);
        Assert.NotEmpty(form.Find("[data-field='exemption.legalBasis'] .field-error").TextContent);
        Assert.NotEmpty(form.Find("[data-field='exemption.reason'] .field-error").TextContent);

        await form.Find("#exemption-ground").ChangeAsync(new() { Value = "StateSecret" });
        await form.Find("#exemption-basis").InputAsync(new() { Value = "《保守国家秘密法》第九条" });
        await form.Find("#exemption-reason").InputAsync(new() { Value = "档案定密为秘密级" });
        await form.Find("[data-outcome=sealed]").ClickAsync(new());
        var completion = Assert.Single(_completed);
        Assert.Equal(("sealed", "StateSecret", "档案定密为秘密级"), (completion.Outcome, completion.Exemption?.Ground, completion.Exemption?.Reason));
    }

    [Fact]
    public async Task WhatTheEngineRefusesWhenCompleting_IsShownAtTheFieldOrOverTheForm()
    {
        var refusals = new Queue<Exception>([
            new ValidationFailedException("comment", Messages.TooLong("意见", 4001, 4000)),
            new ConflictException(Messages.TaskClaimedByOther("李审查")),
        ]);
        var form = _context.Render<TaskForm>(ps => ps
            .Add(p => p.Node, Node)
            .Add(p => p.Complete, _ => Task.FromException(refusals.Dequeue())));

        await form.Find("[data-outcome=matches]").ClickAsync(new());
        Assert.Equal(Messages.TooLong("意见", 4001, 4000).Text, form.Find("[data-field=comment] .field-error").TextContent);
        await form.Find("[data-outcome=matches]").ClickAsync(new());
        Assert.Equal(Messages.TaskClaimedByOther("李审查").Text, form.Find(".form-error").TextContent);
    }

    public void Dispose() => _context.Dispose();

    private IRenderedComponent<TaskForm> Render() => _context.Render<TaskForm>(ps => ps
        .Add(p => p.Node, Node)
        .Add(p => p.Complete, completion =>
        {
            WorkflowEngine.CheckCompletion(Node, completion);
            _completed.Add(completion);
            return Task.CompletedTask;
        }));
}
