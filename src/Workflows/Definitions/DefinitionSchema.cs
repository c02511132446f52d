using System.Text.Json;
using System.Text.RegularExpressions;
using Disclosure.Workflows.Common;
using Json.Schema;

namespace Disclosure.Workflows.Definitions;

/// <summary>
/// Checks a definition against <c>docs/process-definition.schema.json</c>, embedded in this
/// assembly from that very file, so the published schema is the one truth about a definition's
/// shape. Each schema error becomes a <see cref="DefinitionError"/> naming the node and field.
/// </summary>
public static partial class DefinitionSchema
{
    private const string ResourceName = "process-definition.schema.json";

    /// <summary>The schema text, exactly as shipped in <c>docs/</c>. Must stay above <see cref="Loaded"/>.</summary>
    public static string Text { get; } = ReadResource();

    private static readonly Lazy<JsonSchema> Loaded = new(() => JsonSchema.FromText(Text));

    /// <summary>What the schema refuses in the document as it would be stored.</summary>
    public static IReadOnlyList<DefinitionError> Check(ProcessDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var json = JsonDocument.Parse(document.ToJson());
        return Check(json.RootElement);
    }

    public static IReadOnlyList<DefinitionError> Check(JsonElement instance)
    {
        var results = Loaded.Value.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        var errors = new List<DefinitionError>();
        Visit(results, instance, errors);
        return errors;
    }

    // Walks the failed parts only: errors inside a part that passed (a failed "if", the other
    // branch of a oneOf that holds) say nothing about the document.
    private static void Visit(EvaluationResults result, JsonElement instance, List<DefinitionError> errors)
    {
        var path = result.EvaluationPath.ToString();
        if (result.IsValid || path.EndsWith("/if", StringComparison.Ordinal) || path.Contains("/if/", StringComparison.Ordinal))
        {
            return;
        }

        var segments = result.InstanceLocation.ToString().Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Unescape).ToList();
        var (nodeId, nodeName, field) = Locate(instance, segments);
        void Add(UserMessage message)
        {
            var error = new DefinitionError(nodeId, message.Code, message.Text);
            if (!errors.Contains(error))
            {
                errors.Add(error);
            }
        }

        var failed = (result.Details ?? []).Where(d => !d.IsValid).ToList();
        var noErrors = result.Errors is not { Count: > 0 };
        // A oneOf fails when no branch holds (its branches fail) or when several do (nothing fails inside).
        if (failed.Any(d => OneOfBranch().IsMatch(d.EvaluationPath.ToString())) || (noErrors && failed.Count == 0))
        {
            Add(Messages.SchemaOneOf(nodeName, field.Split('/')[0]));
            return;
        }

        foreach (var (keyword, text) in result.Errors ?? [])
        {
            Add(Describe(keyword, path, text, instance, segments, nodeName, field));
        }

        foreach (var detail in failed)
        {
            Visit(detail, instance, errors);
        }
    }

    private static UserMessage Describe(string keyword, string path, string text, JsonElement instance, List<string> segments, string? node, string field) => keyword switch
    {
        "required" => Messages.SchemaRequired(node, Kind(instance, segments), field, RequiredNames().Match(text) is { Success: true } m
            ? JsonSerializer.Deserialize<string[]>(m.Value) ?? [] : []),
        "pattern" => Messages.SchemaPattern(node, field),
        "enum" => Messages.SchemaEnum(node, field),
        "type" => Messages.SchemaType(node, field),
        "minLength" => Messages.SchemaEmpty(node, field),
        "maxLength" or "minimum" or "maximum" or "minItems" => Messages.SchemaRange(node, field),
        "" when path.EndsWith("/additionalProperties", StringComparison.Ordinal) => Messages.SchemaUnknownMember(node, field),
        _ => Messages.SchemaOther(node, field),
    };

    /// <summary>The node (id and name) an instance location is in, and the field path inside it.</summary>
    private static (string? NodeId, string? NodeName, string Field) Locate(JsonElement instance, List<string> segments)
    {
        if (segments.Count >= 2 && segments[0] == "nodes" && int.TryParse(segments[1], out var index)
            && instance.TryGetProperty("nodes", out var nodes) && nodes.ValueKind == JsonValueKind.Array && index < nodes.GetArrayLength())
        {
            var node = nodes[index];
            var id = node.ValueKind == JsonValueKind.Object && node.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
            var name = node.ValueKind == JsonValueKind.Object && node.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String && n.GetString() is { Length: > 0 } s ? s : id;
            return (id, name ?? $"第 {index + 1} 个节点", string.Join('/', segments.Skip(2)));
        }

        return (null, null, string.Join('/', segments));
    }

    private static string? Kind(JsonElement instance, List<string> segments)
    {
        var current = instance;
        foreach (var segment in segments)
        {
            current = current.ValueKind switch
            {
                JsonValueKind.Object when current.TryGetProperty(segment, out var child) => child,
                JsonValueKind.Array when int.TryParse(segment, out var i) && i < current.GetArrayLength() => current[i],
                _ => default,
            };
        }

        return current.ValueKind == JsonValueKind.Object && current.TryGetProperty("kind", out var kind) && kind.ValueKind == JsonValueKind.String ? kind.GetString() : null;
    }

    private static string Unescape(string segment) => segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);

    private static string ReadResource()
    {
        using var stream = typeof(DefinitionSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"/oneOf/[0-9]+$")]
    private static partial Regex OneOfBranch();

    // JsonSchema.Net reports a missing member as: Required properties ["role"] are not present.
    [GeneratedRegex(@"\[.*\]")]
    private static partial Regex RequiredNames();
}
