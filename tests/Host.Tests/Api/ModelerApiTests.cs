using System.Net;
using System.Text;
using Disclosure.Testing;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Disclosure.Host.Tests.Api;

/// <summary>The API a process modeler and the running-items overlay use, over HTTP on real PostgreSQL.</summary>
public sealed class ModelerApiTests(DisclosureAppFactory factory) : IClassFixture<DisclosureAppFactory>
{
    private static string Fixture => File.ReadAllText(Path.Combine(RepositoryFiles.Root(), "tests", "Workflows.Tests", "Definitions", "Bpmn", "Fixtures", "joint-review.bpmn"));

    private static StringContent Xml(string xml) => new(xml, Encoding.UTF8, "application/xml");

    [Fact]
    public async Task ImportedBpmn_RunsWithEachDepartmentsSigner_AndShowsActivityAndPath()
    {
        var office = await Office.SignInAsync(factory);
        var export = await office.Admin.GetAsync(new Uri("/api/process-definitions/standard-disclosure/versions/1/bpmn", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/xml", export.Content.Headers.ContentType!.MediaType);
        Assert.Contains("bpmndi:BPMNShape", await export.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var imported = await (await office.Admin.PostAsync(new Uri("/api/process-definitions/joint-review/import", UriKind.Relative), Xml(Fixture))).Json(HttpStatusCode.Created);
        Assert.True(imported.GetProperty("valid").GetBoolean());
        await office.Admin.PostJson("/api/process-definitions/joint-review/versions/1/publish", new { });
        var created = await office.Drafter.PostJson("/api/items", SampleItems.DivisionOfDuties(), HttpStatusCode.Created);
        var itemId = created.GetProperty("id").GetGuid();
        var submitted = await office.Drafter.PostJson($"/api/items/{itemId}/submit", new { });
        Assert.Equal("Activity_1review", submitted.GetProperty("nextTask").GetProperty("nodeId").GetString());
        var parallel = await office.Reviewer.CompleteTask(itemId, new { outcome = "approve" });
        Assert.Equal(3, parallel.GetProperty("openTasks").GetArrayLength());

        var finance = await factory.SignedInAsync("zhoufang", Roles.SectionHead, "周芳", "财政所");
        var social = await factory.SignedInAsync("wugang", Roles.SectionHead, "吴刚", "社会事务办公室");
        var deputy = await factory.SignedInAsync("liuyang", Roles.Deputy, "刘洋", "办事处领导");
        var financeInbox = (await finance.GetJson("/api/tasks")).EnumerateArray().Where(t => t.GetProperty("itemId").GetGuid() == itemId).ToList();
        Assert.Equal(("财政所", true), (Assert.Single(financeInbox).GetProperty("department").GetString(), financeInbox[0].GetProperty("countersign").GetBoolean()));

        var activity = await office.Admin.GetJson("/api/process-definitions/joint-review/versions/1/activity");
        var countersign = activity.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("nodeId").GetString() == "Activity_1csign");
        Assert.Equal((2, 1), (countersign.GetProperty("openTasks").GetInt32(), countersign.GetProperty("items").GetInt32()));

        await finance.CompleteTask(itemId, new { outcome = "agree" });
        await social.CompleteTask(itemId, new { outcome = "object", comment = "资金来源表述不清，已记录" });
        var signOff = await deputy.CompleteTask(itemId, new { outcome = "no-objection" });
        Assert.Equal("Activity_1signof", signOff.GetProperty("nextTask").GetProperty("nodeId").GetString());

        var path = Assert.Single((await office.Drafter.GetJson($"/api/items/{itemId}/path")).EnumerateArray());
        var edges = path.GetProperty("edges").EnumerateArray().Select(e => (e.GetProperty("from").GetString(), e.GetProperty("to").GetString())).ToList();
        Assert.Contains(("Gateway_0split1", "Activity_0legal1"), edges);
        Assert.Contains(("Activity_1csign", "Gateway_1join01"), edges);
        Assert.Equal(["Activity_1signof"], path.GetProperty("current").EnumerateArray().Select(c => c.GetString()));
        await office.Leader.CompleteTask(itemId, new { outcome = "approve" });
        Assert.Equal("Published", (await office.Drafter.GetJson($"/api/items/{itemId}")).GetProperty("versions")[0].GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("bpmn:serviceTask", "bpmn:scriptTask", "Activity_0publsh")]
    [InlineData("<bpmn:process ", "<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><bpmn:process ", null)]
    public async Task ImportTheEngineCannotRun_IsRefusedByElement_AndStoresNothing(string find, string replace, string? elementId)
    {
        var office = await Office.SignInAsync(factory);

        var refused = await (await office.Admin.PostAsync(new Uri("/api/process-definitions/refused-import/import", UriKind.Relative),
            Xml(Fixture.Replace(find, replace, StringComparison.Ordinal)))).Json(HttpStatusCode.BadRequest);

        Assert.Equal("bpmn.refused", refused.GetProperty("code").GetString());
        var error = refused.GetProperty("errors")[0];
        Assert.Equal(elementId, error.GetProperty("elementId").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        var keys = (await office.Admin.GetJson("/api/process-definitions")).EnumerateArray().Select(v => v.GetProperty("key").GetString());
        Assert.DoesNotContain("refused-import", keys);
    }

    [Fact]
    public async Task ImportedText_IsHeldToTheDefinitionsLimits_AndALongStepNameStoresNothing()
    {
        var office = await Office.SignInAsync(factory);
        var name = new string('审', 201);

        var refused = await (await office.Admin.PostAsync(new Uri("/api/process-definitions/long-import/import", UriKind.Relative),
            Xml(Fixture.Replace("name=\"保密审查\"", $"name=\"{name}\"", StringComparison.Ordinal)))).Json(HttpStatusCode.BadRequest);

        var field = Assert.Single(refused.GetProperty("errors").EnumerateObject());
        Assert.Matches(@"^nodes\[\d+\]\.name$", field.Name);
        Assert.Contains("节点名称", field.Value[0].GetString(), StringComparison.Ordinal);
        var keys = (await office.Admin.GetJson("/api/process-definitions")).EnumerateArray().Select(v => v.GetProperty("key").GetString());
        Assert.DoesNotContain("long-import", keys);
    }

    [Fact]
    public async Task DryRun_GivesStepsRolesAndDeadlines_AndWritesNoRow()
    {
        var office = await Office.SignInAsync(factory);
        var before = await RowsAsync();

        var run = await office.Admin.PostJson("/api/process-definitions/three-level-review/versions/1/dry-run", new
        {
            startOn = "2026-03-02", category = "3.4", timing = "Periodic", hasRightsHolders = false,
            departmentsConcerned = new[] { "社会事务办公室", "城市管理办公室" },
            choices = new object[]
            {
                new { outcome = "submit" },
                new { outcome = "approve" },
                new { node = "countersign", signers = new Dictionary<string, string> { ["社会事务办公室"] = "agree", ["城市管理办公室"] = "agree" } },
                new { outcome = "approve" },
                new { outcome = "approve" },
            },
        });
        var refused = await office.Admin.PostJson("/api/process-definitions/three-level-review/versions/1/dry-run",
            new { choices = new object[] { new { outcome = "submit" }, new { outcome = "publish-now" } } }, HttpStatusCode.BadRequest);

        Assert.Equal("published", run.GetProperty("endResult").GetString());
        var steps = run.GetProperty("steps").EnumerateArray().Where(s => s.GetProperty("kind").GetString() == "userTask")
            .Select(s => (s.GetProperty("nodeId").GetString(), s.GetProperty("role").GetString())).ToList();
        Assert.Equal([("draft", "drafter"), ("first-review", "section-head"), ("countersign", "section-head"), ("deputy-review", "deputy"), ("sign-off", "principal")], steps);
        Assert.True(refused.GetProperty("errors").TryGetProperty("choices[1]", out _));
        Assert.Equal(before, await RowsAsync());
    }

    /// <summary>Row counts of every table of the product's schema.</summary>
    private async Task<string> RowsAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DisclosureDbContext>();
        // One static statement: each table's count through query_to_xml, so no SQL is built from strings.
        var counts = await db.Database.SqlQueryRaw<string>("""
            SELECT table_name || '=' || (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM disclosure.%I', table_name), false, true, '')))[1]::text AS "Value"
            FROM information_schema.tables WHERE table_schema = 'disclosure' AND table_type = 'BASE TABLE' ORDER BY table_name
            """).ToListAsync();
        return string.Join(",", counts);
    }
}
