using System.Collections;
using System.Text.Json;

namespace Disclosure.Host.Api;

// The policy described rather than applied: the text fields of each body type as JSON paths, for
// docs/api-input-limits.md and for the tests that send every field at its limit plus one.
internal static partial class InputPolicy
{
    /// <summary>Every text field a body type holds, as JSON paths (<c>rightsHolders[].name</c>) with its limit.</summary>
    public static IEnumerable<(string Path, TextLimit Limit)> Describe(Type type) => Describe(type, string.Empty, []);

    private static IEnumerable<(string Path, TextLimit Limit)> Describe(Type type, string prefix, HashSet<Type> seen)
    {
        if (!seen.Add(type))
        {
            // A condition holds conditions; its fields are described once.
            yield break;
        }

        foreach (var property in TextCarrying(type))
        {
            var path = Join(prefix, JsonName(property));
            var shape = Shape(property.PropertyType);
            if (shape.Text)
            {
                var limit = ByProperty.TryGetValue((type, property.Name), out var found) ? found
                    : throw new InvalidOperationException($"{type.Name}.{property.Name} carries text but has no limit in InputPolicy.Fields");
                yield return (path + shape.Suffix, limit);
            }
            else if (shape.Element is { } element && IsBodyPart(element))
            {
                foreach (var inner in Describe(element, path + shape.Suffix, seen))
                {
                    yield return inner;
                }
            }
        }

        seen.Remove(type);
    }

    /// <summary>Whether a property holds text (a string, a list of them, a string map, raw JSON) or parts to walk into.</summary>
    private static (bool Text, string Suffix, Type? Element) Shape(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string) || type == typeof(JsonElement))
        {
            return (true, string.Empty, null);
        }

        if (typeof(IDictionary).IsAssignableFrom(type) || type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)))
        {
            return (true, "{}", null);
        }

        var enumerable = type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        if (enumerable?.GetGenericArguments()[0] is { } item)
        {
            return item == typeof(string) || item == typeof(JsonElement) ? (true, "[]", null) : (false, "[]", item);
        }

        return (false, string.Empty, type);
    }
}
