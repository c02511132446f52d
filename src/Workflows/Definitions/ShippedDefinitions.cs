namespace Disclosure.Workflows.Definitions;

/// <summary>The definitions the product ships with, embedded from <c>Definitions/Shipped/*.json</c>.</summary>
public static class ShippedDefinitions
{
    public const string Standard = "standard-disclosure";
    public const string Immediate = "immediate-notice";

    /// <summary>The reply to an application for disclosure (依申请公开), run by the same engine.</summary>
    public const string ApplicationReply = "application-reply";

    public static IReadOnlyList<ProcessDocument> All { get; } = Load();

    public static ProcessDocument Get(string key) => All.Single(d => d.Key == key);

    private static List<ProcessDocument> Load()
    {
        var assembly = typeof(ShippedDefinitions).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.Contains(".Definitions.Shipped.", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                return ProcessDocument.FromJson(reader.ReadToEnd());
            })
            .ToList();
    }
}
