using System.Text.Json;
using Disclosure.Testing;
using Disclosure.Workflows.Definitions;
using static Disclosure.Workflows.Tests.Definitions.DefinitionValidatorTests;

namespace Disclosure.Workflows.Tests.Definitions;

/// <summary>The schema checked on every write is the one published in docs/, and its errors name node and field.</summary>
public sealed class DefinitionSchemaTests
{
    private static ProcessDocument Standard => ShippedDefinitions.Get(ShippedDefinitions.Standard);

    [Fact]
    public void TheEmbeddedSchema_IsTheDocsSchema()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryFiles.Root(), "docs", "process-definition.schema.json"));

        Assert.Equal(docs, DefinitionSchema.Text);
    }

    public static TheoryData<string, string, string, string> Breaches() => new()
    {
        { "review", "role", "schema.required", "候选角色" },
        { "sign-off", "outcomes", "schema.required", "办理结果" },
        { "consent", "onAgreed", "schema.required", "全部同意时的去向" },
        { "notify-drafter", "message", "schema.required", "通知内容" },
        { "end-published", "result", "schema.required", "结束结果" },
    };

    [Theory]
    [MemberData(nameof(Breaches))]
    public void AMissingRequiredMember_IsNamedWithItsNode(string node, string member, string rule, string words)
    {
        var json = JsonSerializer.SerializeToNode(JsonDocument.Parse(Standard.ToJson()).RootElement)!;
        var target = json["nodes"]!.AsArray().Single(n => (string?)n!["id"] == node)!.AsObject();
        target.Remove(member);

        var errors = DefinitionSchema.Check(JsonDocument.Parse(json.ToJsonString()).RootElement);

        var error = Assert.Single(errors);
        Assert.Equal((node, rule), (error.NodeId, error.Rule));
        Assert.Contains(words, error.Message, StringComparison.Ordinal);
        Assert.Contains(Standard.Node(node)!.Name!, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ADueTime_WithBothOrNeitherForm_AndAnEmptyLabel_AreRefused()
    {
        var document = Replace(Standard, "review", n => n with
        {
            Due = new DueTime { WorkingDays = 5, Duration = "PT4H" },
            Outcomes = [.. n.Outcomes!.Select(o => o.Id == "approve" ? o with { Label = string.Empty } : o)],
        });
        document = Replace(document, "sign-off", n => n with { Due = new DueTime { WorkingDays = 0 } });

        var errors = DefinitionSchema.Check(document);

        Assert.Contains(errors, e => e.NodeId == "review" && e.Rule == "schema.one-of");
        Assert.Contains(errors, e => e.NodeId == "review" && e.Rule == "schema.empty");
        Assert.Contains(errors, e => e.NodeId == "sign-off" && e.Rule == "schema.one-of");
    }

    [Fact]
    public void AKey_OutsideTheSchemasPattern_IsRefused()
    {
        var error = Assert.Single(DefinitionSchema.Check(Standard with { Key = "Ünïcode" }));

        Assert.Equal((null, "schema.pattern"), (error.NodeId, error.Rule));
    }
}
