using System.Text.Json;
using Disclosure.Testing;
using Disclosure.Workflows.Definitions;

namespace Disclosure.Workflows.Tests.Definitions;

/// <summary>The published JSON Schema names what the engine reads, and nothing else.</summary>
public sealed class SchemaTests
{
    private static readonly JsonElement Schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.Root(), "docs", "process-definition.schema.json"))).RootElement;

    [Fact]
    public void Schema_ListsEveryNodeKindAndMember()
    {
        var node = Schema.GetProperty("$defs").GetProperty("node").GetProperty("properties");
        var kinds = node.GetProperty("kind").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToList();
        var expectedKinds = Enum.GetNames<NodeKind>().Select(JsonNamingPolicy.CamelCase.ConvertName).ToList();
        var members = node.EnumerateObject().Select(p => p.Name).Order().ToList();
        var expectedMembers = typeof(NodeDocument).GetProperties().Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).Order().ToList();

        Assert.Equal(expectedKinds, kinds);
        Assert.Equal(expectedMembers, members);
    }

    [Fact]
    public void Schema_ListsEveryFactAndPurpose()
    {
        var defs = Schema.GetProperty("$defs");
        var facts = defs.GetProperty("condition").GetProperty("properties").GetProperty("fact").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!);
        var purposes = defs.GetProperty("node").GetProperty("properties").GetProperty("purpose").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!);

        Assert.Equal(Enum.GetNames<Fact>().Select(JsonNamingPolicy.CamelCase.ConvertName), facts);
        Assert.Equal(Enum.GetNames<NodePurpose>().Select(JsonNamingPolicy.CamelCase.ConvertName), purposes);
    }

    [Fact]
    public void Schema_ListsEveryCountersignMemberRoleAndRule()
    {
        var defs = Schema.GetProperty("$defs");
        var countersign = defs.GetProperty("countersign").GetProperty("properties");
        static List<string> Enum(JsonElement e) => [.. e.GetProperty("enum").EnumerateArray().Select(v => v.GetString()!)];
        static List<string> Camel<T>() where T : struct, System.Enum => [.. System.Enum.GetNames<T>().Select(JsonNamingPolicy.CamelCase.ConvertName)];

        Assert.Equal(Members<CountersignDocument>(), countersign.EnumerateObject().Select(p => p.Name).Order().ToList());
        Assert.Equal(Camel<SignerSource>(), Enum(countersign.GetProperty("signers")));
        Assert.Equal(Camel<CompletionRule>(), Enum(countersign.GetProperty("completion")));
        Assert.Equal(Camel<RejectionRule>(), Enum(countersign.GetProperty("onReject")));
        Assert.Equal(Roles.All, Enum(defs.GetProperty("role")));
        Assert.Equal(Members<NodeLayout>(), defs.GetProperty("layout").GetProperty("properties").EnumerateObject().Select(p => p.Name).Order().ToList());
        var settings = Schema.GetProperty("properties").GetProperty("settings").GetProperty("properties");
        Assert.Equal(Members<ProcessSettings>(), settings.EnumerateObject().Select(p => p.Name).Order().ToList());
        Assert.Equal(Members<SelectionDocument>(), settings.GetProperty("selection").GetProperty("properties").EnumerateObject().Select(p => p.Name).Order().ToList());
    }

    private static List<string> Members<T>() => [.. typeof(T).GetProperties().Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).Order()];
}
