using Disclosure.Testing;
using Disclosure.Workflows.Definitions;

namespace Disclosure.Workflows.Tests.Definitions;

public sealed class DiagramTests
{
    [Fact]
    public void CommittedDiagrams_MatchTheShippedDefinitions()
    {
        var folder = Path.Combine(RepositoryFiles.Root(), "docs", "process-diagrams");

        foreach (var definition in ShippedDefinitions.All)
        {
            var path = Path.Combine(folder, definition.Key + ".md");
            Assert.True(File.Exists(path), $"{path} is missing: run `dotnet run --project src/Host -- diagrams`");
            Assert.True(
                File.ReadAllText(path) == MermaidDiagram.RenderPage(definition),
                $"{path} is out of date: run `dotnet run --project src/Host -- diagrams` and commit the result");
        }
    }

    [Fact]
    public void Diagram_ShowsRolesDeadlinesAndOutcomeLabels()
    {
        var text = MermaidDiagram.Render(ShippedDefinitions.Get(ShippedDefinitions.Standard));

        Assert.StartsWith("flowchart TD", text, StringComparison.Ordinal);
        Assert.Contains("保密审查<br/>角色：保密审查员<br/>时限：5 个工作日", text, StringComparison.Ordinal);
        Assert.Contains("权利人意见征询<br/>每位权利人一份征询<br/>时限：15 个工作日", text, StringComparison.Ordinal);
        Assert.Contains("-->|\"退回修改\"|", text, StringComparison.Ordinal);
        Assert.Contains("-->|\"有人不同意或逾期未答复\"|", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagram_EscapesQuotesInNames()
    {
        var document = ShippedDefinitions.Get(ShippedDefinitions.Standard);
        var quoted = DefinitionValidatorTests.Replace(document, "review", n => n with { Name = "审查\"特别\"" });

        Assert.Contains("审查#quot;特别#quot;", MermaidDiagram.Render(quoted), StringComparison.Ordinal);
    }
}
