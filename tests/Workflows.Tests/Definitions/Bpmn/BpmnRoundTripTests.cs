using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Definitions.Bpmn;

namespace Disclosure.Workflows.Tests.Definitions.Bpmn;

public sealed class BpmnRoundTripTests
{
    [Fact]
    public void JsonToBpmnToJson_IsLossless_ForGeneratedValidDefinitions()
    {
        var seen = new List<NodeDocument>();
        for (var seed = 1; seed <= 300; seed++)
        {
            var document = new DefinitionGenerator(seed).Next();
            seen.AddRange(document.Nodes);
            var errors = DefinitionValidator.Validate(document);
            Assert.True(errors.Count == 0, $"seed {seed}: the generator made an invalid definition: {string.Join("; ", errors.Select(e => e.Message))}");

            var xml = BpmnExporter.Export(document);
            var problems = Record.Exception(() => BpmnImporter.Import(xml, document.Key)) is BpmnImportException refused ? string.Join("; ", refused.Problems) : null;
            Assert.True(problems is null, $"seed {seed}: {problems}\n{xml}");
            var again = BpmnImporter.Import(xml, document.Key);

            Assert.True(document.ToJson() == again.ToJson(), $"seed {seed}: the round trip changed the definition.\nbefore: {document.ToJson()}\nafter: {again.ToJson()}");
        }

        // The generator reached every shape the mapping has to carry.
        Assert.All(Enum.GetValues<NodeKind>(), kind => Assert.Contains(seen, n => n.Kind == kind));
        Assert.All(Enum.GetValues<SignerSource>(), source => Assert.Contains(seen, n => n.Countersign?.Signers == source));
        Assert.Contains(seen, n => n.DeadlineOutcome is not null);
        Assert.Contains(seen, n => n.Layout is not null);
        Assert.Contains(seen, n => !BpmnExporter.IsOwnId(n.Id));
        Assert.Contains(seen, n => n.Kind == NodeKind.ParallelSplit && n.Paths!.Any(p => seen.Any(x => x.Id == p && x.Kind == NodeKind.ParallelSplit)));
    }

    [Fact]
    public void ShippedDefinitions_RoundTrip_AndExportWithoutPositionsGetsALayout()
    {
        foreach (var document in ShippedDefinitions.All)
        {
            var xml = BpmnExporter.Export(document);
            var problems = Record.Exception(() => BpmnImporter.Import(xml, document.Key)) is BpmnImportException refused ? string.Join("; ", refused.Problems) : null;
            Assert.True(problems is null, $"{document.Key}: {problems}\n{xml}");

            Assert.Equal(document.ToJson(), BpmnImporter.Import(xml, document.Key).ToJson());
            Assert.Equal(document.Nodes.Count + document.Nodes.Count(n => n.Due is not null), System.Xml.Linq.XDocument.Parse(xml).Descendants(BpmnNames.Di + "BPMNShape").Count());
        }
    }

    [Fact]
    public void ImportKeepsPositionsAModelerChanged()
    {
        var document = ShippedDefinitions.Get(ShippedDefinitions.Standard);
        var xml = BpmnExporter.Export(document).Replace("<dc:Bounds x=\"", "<dc:Bounds x=\"1", StringComparison.Ordinal);

        var moved = BpmnImporter.Import(xml, document.Key);

        Assert.All(moved.Nodes, n => Assert.NotNull(n.Layout));
        Assert.Equal(1000 + BpmnLayout.Generate(document)["review"].X, moved.Node("review")!.Layout!.X);
    }
}
