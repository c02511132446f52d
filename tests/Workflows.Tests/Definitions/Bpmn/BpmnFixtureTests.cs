using Disclosure.Testing;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Definitions.Bpmn;
using Disclosure.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Disclosure.Testing.WorkflowHarness;

namespace Disclosure.Workflows.Tests.Definitions.Bpmn;

/// <summary>A file written the way Camunda Modeler saves one imports, runs on PostgreSQL and exports again.</summary>
public sealed class BpmnFixtureTests
{
    public static string Fixture => File.ReadAllText(Path.Combine(RepositoryFiles.Root(), "tests", "Workflows.Tests", "Definitions", "Bpmn", "Fixtures", "joint-review.bpmn"));

    [Fact]
    public void Fixture_ImportsAsAValidDefinition_WithItsLayout()
    {
        var document = BpmnImporter.Import(Fixture, "joint-review");

        Assert.Empty(DefinitionValidator.Validate(document));
        Assert.Equal("重大事项联合审查流程", document.Name);
        var review = document.Node("Activity_1review")!;
        Assert.Equal((Roles.Reviewer, NodePurpose.ConfidentialityReview, 5), (review.Role, review.Purpose, review.Due!.WorkingDays));
        Assert.Equal(new NodeLayout { X = 400, Y = 180, Width = 100, Height = 80 }, review.Layout);
        Assert.Equal(NodeKind.ParallelSplit, document.Node("Gateway_0split1")!.Kind);
        Assert.Equal(NodeKind.ParallelJoin, document.Node("Gateway_1join01")!.Kind);
        var legal = document.Node("Activity_0legal1")!;
        Assert.Equal(("timeout", "PT48H"), (legal.DeadlineOutcome, legal.Due!.Duration));
        Assert.Equal(["财政所", "社会事务办公室"], document.Node("Activity_1csign")!.Countersign!.Departments);
        Assert.Equal(NodeKind.Consent, document.Node("Activity_0consnt")!.Kind);
        // A flow Camunda Modeler drew without our attributes: its id and name become the outcome.
        Assert.Equal(("Flow_0submit", "提交审查"), (document.Node("Activity_0draft1")!.Outcomes![0].Id, document.Node("Activity_0draft1")!.Outcomes![0].Label));
    }

    [Fact]
    public async Task Fixture_RunsAnItemToPublication_AndExportsAgain()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var (draft, errors) = await harness.InScopeAsync(sp => sp.GetRequiredService<DefinitionService>().ImportBpmnAsync("joint-review", Fixture, Admin.Actor));
        Assert.Empty(errors);
        await harness.InScopeAsync(sp => sp.GetRequiredService<DefinitionService>().PublishAsync("joint-review", draft.Number, Admin.Actor));
        var item = await harness.CreateItemAsync(SampleItems.DivisionOfDuties());

        var review = await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter));
        Assert.Equal("Activity_1review", review!.NodeId);
        var parallel = await harness.EngineAsync(e => e.CompleteStepAsync(review.Id, new TaskCompletion { Outcome = "approve" }, Reviewer));
        Assert.Equal(["Activity_0legal1", "Activity_1csign", "Activity_1csign"], parallel.OpenTasks.Select(t => t.NodeId).Order());
        var deputy = new Caller(new Actor("u-deputy", "刘分管"), new HashSet<string> { Roles.Deputy });
        await harness.EngineAsync(e => e.CompleteAsync(parallel.OpenTasks.Single(t => t.NodeId == "Activity_0legal1").Id, new TaskCompletion { Outcome = "no-objection" }, deputy));
        await harness.EngineAsync(e => e.CompleteAsync(parallel.OpenTasks.Single(t => t.Department == "财政所").Id, new TaskCompletion { Outcome = "agree" }, TestDefinitions.SectionHead("财政所")));
        var signOff = await harness.EngineAsync(e => e.CompleteAsync(parallel.OpenTasks.Single(t => t.Department == "社会事务办公室").Id,
            new TaskCompletion { Outcome = "object", Comment = "资金来源表述不清，已记录" }, TestDefinitions.SectionHead("社会事务办公室")));
        Assert.Equal("Activity_1signof", signOff!.NodeId);
        Assert.Null(await harness.EngineAsync(e => e.CompleteAsync(signOff.Id, new TaskCompletion { Outcome = "approve" }, Leader)));

        await using (var db = harness.NewContext())
        {
            Assert.Equal(VersionStatus.Published, (await db.ItemVersions.SingleAsync()).Status);
            Assert.Equal("joint-review", (await db.Instances.SingleAsync()).DefinitionKey);
        }

        var exported = await harness.InScopeAsync(sp => sp.GetRequiredService<DefinitionService>().ExportBpmnAsync("joint-review", draft.Number));
        Assert.Contains("id=\"Activity_1csign\"", exported, StringComparison.Ordinal);
        Assert.Equal(BpmnImporter.Import(Fixture, "joint-review").ToJson(), BpmnImporter.Import(exported, "joint-review").ToJson());
    }

    [Theory]
    [InlineData("bpmn:serviceTask", "bpmn:scriptTask", "Activity_0publsh", "scriptTask", "脚本")]
    [InlineData("<bpmn:receiveTask id=\"Activity_0consnt\" name=\"权利人意见征询\">", "<bpmn:boundaryEvent id=\"Event_0error1\" attachedToRef=\"Activity_1review\"><bpmn:errorEventDefinition /></bpmn:boundaryEvent><bpmn:receiveTask id=\"Activity_0consnt\" name=\"权利人意见征询\">", "Event_0error1", "boundaryEvent", "计时")]
    [InlineData("<bpmn:sequenceFlow id=\"Flow_1norh01\" name=\"否\" sourceRef=\"Gateway_0hasrh1\" targetRef=\"Activity_1signof\" />", "<bpmn:sequenceFlow id=\"Flow_1norh01\" name=\"否\" sourceRef=\"Gateway_0hasrh1\" targetRef=\"Activity_1signof\"><bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">${approved}</bpmn:conditionExpression></bpmn:sequenceFlow>", "Flow_1norh01", "sequenceFlow", "不会被执行")]
    [InlineData("camunda:candidateGroups=\"deputy\"", "camunda:candidateGroups=\"deputy\" camunda:assignee=\"${initiator}\"", "Activity_0legal1", "userTask", "指定办理人")]
    public void Import_RefusesWhatTheEngineCannotRun_NamingTheElement(string find, string replace, string id, string type, string why)
    {
        var xml = Fixture.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(Fixture, xml);

        var refused = Assert.Throws<BpmnImportException>(() => BpmnImporter.Import(xml, "joint-review"));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal((id, type), (problem.ElementId, problem.ElementType));
        Assert.Contains(why, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_RefusesADocumentTypeDeclaration_WithoutReadingAnyFile()
    {
        var xml = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">&x;</bpmn:definitions>";

        var refused = Assert.Throws<BpmnImportException>(() => BpmnImporter.Import(xml, "x"));

        Assert.Contains("文档类型声明", Assert.Single(refused.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_RefusesAFileTooLarge()
    {
        var xml = Fixture.Replace("</bpmn:definitions>", $"<!-- {new string('x', BpmnNames.MaxBytes)} --></bpmn:definitions>", StringComparison.Ordinal);

        Assert.Throws<BpmnImportException>(() => BpmnImporter.Import(xml, "joint-review"));
    }
}
