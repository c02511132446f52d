using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Disclosure.Host.Api;

namespace Disclosure.Host.Tests.Api;

/// <summary>One malformed request body: what it is, its bytes, and the content type it claims.</summary>
internal sealed record FuzzBody(string Name, byte[] Bytes, string? ContentType = "application/json");

/// <summary>
/// Bad bodies for a route: every text leaf of a plausible body at its limit plus one (in Chinese
/// and in ASCII), with NUL and other control characters, a lone surrogate, the wrong JSON type or
/// null; then malformed, oversized, deeply nested, invalid UTF-8 and random bodies, and the
/// plausible body under odd content types. The plausible body itself comes last.
/// </summary>
internal static class FuzzBodies
{
    private const string Surrogate = "§lone-surrogate§";
    private const string BadUtf8 = "§invalid-utf8§";

    public static List<FuzzBody> For(Type? bodyType, JsonNode? baseline, int atLeast, Random random)
    {
        var bodies = new List<FuzzBody>();
        var limits = bodyType is null ? [] : InputPolicy.Describe(bodyType).ToDictionary(d => d.Path, d => d.Limit.Max, StringComparer.Ordinal);
        var leaves = baseline is null ? [] : Leaves(baseline, [], string.Empty).ToList();
        foreach (var leaf in leaves)
        {
            foreach (var (name, value) in Mutations(Limit(limits, leaf.Pattern)))
            {
                bodies.Add(new($"{leaf.Pattern}: {name}", Serialize(With(baseline!, leaf.Path, value))));
            }
        }

        bodies.AddRange(Generic(random));
        if (baseline is not null)
        {
            var plain = Serialize(baseline);
            bodies.Add(new("as text/plain", plain, "text/plain"));
            bodies.Add(new("as a form", "title=%00&reason=x"u8.ToArray(), "application/x-www-form-urlencoded"));
            bodies.Add(new("as multipart", plain, "multipart/form-data; boundary=fuzz"));
            bodies.Add(new("without a content type", plain, null));
            bodies.Add(new("as XML", "<item><title>x</title></item>"u8.ToArray(), "application/xml"));
            bodies.Add(new("labelled UTF-16", plain, "application/json; charset=utf-16"));
            if (leaves.FirstOrDefault(l => l.Value is JsonValue v && v.GetValueKind() == JsonValueKind.String) is { } text)
            {
                bodies.Add(new($"{text.Pattern}: invalid UTF-8", Serialize(With(baseline, text.Path, BadUtf8))));
                bodies.Add(new($"{text.Pattern}: 300,000 characters", Serialize(With(baseline, text.Path, new string('长', 300_000)))));
            }
        }

        // Pad with random combinations: two mutated leaves at once, or random bytes.
        var mutations = leaves.SelectMany(l => Mutations(Limit(limits, l.Pattern)).Select(m => (Leaf: l, m.Name, m.Value))).ToList();
        while (bodies.Count < atLeast)
        {
            if (mutations.Count > 1 && random.Next(3) > 0)
            {
                var first = mutations[random.Next(mutations.Count)];
                var second = mutations[random.Next(mutations.Count)];
                var node = With(With(baseline!, first.Leaf.Path, first.Value), second.Leaf.Path, second.Value);
                bodies.Add(new($"{first.Leaf.Pattern}: {first.Name} + {second.Leaf.Pattern}: {second.Name}", Serialize(node)));
            }
            else
            {
                bodies.Add(new("random bytes", [.. Enumerable.Range(0, random.Next(1, 4096)).Select(_ => (byte)random.Next(256))]));
            }
        }

        if (baseline is not null)
        {
            bodies.Add(new("plausible body", Serialize(baseline)));
        }

        return bodies;
    }

    private static IEnumerable<(string Name, JsonNode? Value)> Mutations(int? limit)
    {
        if (limit is { } max)
        {
            yield return ("limit + 1, Chinese", new string('长', max + 1));
            yield return ("limit + 1, ASCII", new string('x', max + 1));
        }

        yield return ("NUL", "前\u0000后");
        yield return ("control characters", "a\u0007b\u001bc\u0008");
        yield return ("DEL and C1", "a\u007fb\u0085c");
        yield return ("lone surrogate", Surrogate);
        yield return ("non-ASCII key-like", "Ünïcode-键");
        yield return ("number", 7);
        yield return ("boolean", true);
        yield return ("array", new JsonArray(1, "\u0000"));
        yield return ("object", new JsonObject { ["\u0000"] = "x" });
        yield return ("null", null);
    }

    private static IEnumerable<FuzzBody> Generic(Random random)
    {
        yield return new("malformed", "{\"title\": \"未闭合"u8.ToArray());
        yield return new("array", "[1, 2, 3]"u8.ToArray());
        yield return new("null", "null"u8.ToArray());
        yield return new("empty", []);
        yield return new("whitespace", "   \n"u8.ToArray());
        yield return new("a string", "\"\\u0000\""u8.ToArray());
        yield return new("empty object", "{}"u8.ToArray());
        yield return new("invalid UTF-8", [.. "{\"title\": \""u8, 0xC3, 0x28, 0xFF, 0xFE, .. "\"}"u8]);
        yield return new("BOM then JSON", [0xEF, 0xBB, 0xBF, .. "{\"title\": \"x\"}"u8]);
        yield return new("nested 10,000 deep", Encoding.ASCII.GetBytes(new string('[', 10_000) + new string(']', 10_000)));
        yield return new("10,000 members", Encoding.ASCII.GetBytes("{" + string.Join(",", Enumerable.Range(0, 10_000).Select(i => $"\"m{i}\":{i}")) + "}"));
        yield return new("duplicate members", "{\"title\": \"a\", \"title\": \"\\u0000\"}"u8.ToArray());
        yield return new("oversized", Encoding.UTF8.GetBytes("{\"title\": \"" + new string('长', 300_000) + "\", \"body\": \"" + new string('x', 300_000) + "\"}"));
        yield return new("wrong types", """{"title": 7, "timing": [], "outcome": {"x": 1}, "decision": 5, "holidays": "2027", "mapping": 3, "fromVersion": "one", "userName": [], "roles": "admin", "key": 1}"""u8.ToArray());
        yield return new("NUL everywhere", """{"title": "\u0000", "reason": "\u0000", "comment": "\u0000", "displayName": "\u0000", "name": "\u0000", "key": "\u0000", "userName": "\u0000", "decision": "\u0000"}"""u8.ToArray());
        for (var i = 0; i < 3; i++)
        {
            yield return new("random bytes", [.. Enumerable.Range(0, 2048).Select(_ => (byte)random.Next(256))]);
        }
    }

    /// <summary>The limit of a leaf, by its pattern (<c>rightsHolders[].name</c>), or of the map it is a value of.</summary>
    private static int? Limit(Dictionary<string, int> limits, string pattern)
    {
        if (limits.TryGetValue(pattern, out var max))
        {
            return max;
        }

        var dot = pattern.LastIndexOf('.');
        return dot > 0 && limits.TryGetValue(pattern[..dot] + "{}", out var mapped) ? mapped : null;
    }

    private sealed record Leaf(IReadOnlyList<object> Path, string Pattern, JsonNode? Value);

    private static IEnumerable<Leaf> Leaves(JsonNode node, List<object> path, string pattern)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    var childPattern = pattern.Length == 0 ? name : $"{pattern}.{name}";
                    foreach (var leaf in child is null ? [new Leaf([.. path, name], childPattern, null)] : Leaves(child, [.. path, name], childPattern))
                    {
                        yield return leaf;
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var leaf in array[i] is null ? [new Leaf([.. path, i], pattern + "[]", null)] : Leaves(array[i]!, [.. path, i], pattern + "[]"))
                    {
                        yield return leaf;
                    }
                }

                break;
            default:
                yield return new Leaf(path, pattern, node);
                break;
        }
    }

    private static JsonNode With(JsonNode root, IReadOnlyList<object> path, JsonNode? value)
    {
        var copy = root.DeepClone();
        JsonNode parent = copy;
        foreach (var step in path.Take(path.Count - 1))
        {
            parent = step is int index ? parent[index]! : parent[(string)step]!;
        }

        if (path[^1] is int at)
        {
            parent.AsArray()[at] = value?.DeepClone();
        }
        else
        {
            parent.AsObject()[(string)path[^1]] = value?.DeepClone();
        }

        return copy;
    }

    private static byte[] Serialize(JsonNode node)
    {
        var text = node.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var bytes = Encoding.UTF8.GetBytes(text.Replace(Surrogate, "\\ud800", StringComparison.Ordinal));
        var marker = Encoding.UTF8.GetBytes(BadUtf8);
        var at = bytes.AsSpan().IndexOf(marker);
        return at < 0 ? bytes : [.. bytes[..at], 0xC3, 0x28, 0xFF, .. bytes[(at + marker.Length)..]];
    }
}
