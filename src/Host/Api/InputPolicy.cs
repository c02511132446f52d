using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Disclosure.Workflows.Common;

namespace Disclosure.Host.Api;

/// <summary>A text a request body may carry: the property it travels in, its most characters, and its name for people.</summary>
public sealed record TextLimit(Type Owner, string Property, int Max, string Label, bool IsKey = false);

/// <summary>A route or query value that is text, by parameter name.</summary>
public sealed record ParameterLimit(string Name, int Max, string Label, bool IsKey = false);

/// <summary>
/// One input policy at the edge (docs/api-input-limits.md): every text of every request, body,
/// route and query alike, has a maximum length and holds no control character but tab and line
/// breaks (<see cref="TextRules"/>); definition keys are <c>[a-z0-9-]{1,64}</c>. An endpoint filter
/// checks each request before its handler runs, so a refused request has written nothing; the
/// answer is a 400 naming every offending field. The domain validates again, and the database's
/// constraints stay the last line.
/// </summary>
internal static partial class InputPolicy
{
    private const int DefaultMax = 1_000;

    /// <summary>The endpoint filter: checks the text route and query values and the body of each request.</summary>
    public static EndpointFilterDelegate Filter(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.ApplicationServices.GetService<IServiceProviderIsService>();
        var checks = context.MethodInfo.GetParameters()
            .Select((parameter, index) => (Parameter: parameter, Index: index))
            .Where(p => p.Parameter.ParameterType == typeof(string) || IsBody(p.Parameter.ParameterType, services))
            .ToList();
        if (checks.Count == 0)
        {
            return next;
        }

        return invocation =>
        {
            var errors = new FieldErrors();
            foreach (var (parameter, index) in checks)
            {
                var value = invocation.Arguments[index];
                if (value is string text)
                {
                    CheckParameter(parameter.Name!, text, errors);
                }
                else if (value is not null)
                {
                    Walk(value, string.Empty, errors);
                }
            }

            errors.ThrowIfAny();
            return next(invocation);
        };
    }

    /// <summary>
    /// A parameter the framework binds from the body: one of ours (a request record), not a service.
    /// The known body types are listed in <see cref="BodyTypes"/>; a new one is walked too, with a
    /// default limit for fields nobody listed (a test insists every field is listed).
    /// </summary>
    private static bool IsBody(Type type, IServiceProviderIsService? services) =>
        BodyTypes.Contains(type) || (IsBodyPart(type) && services?.IsService(type) != true);

    /// <summary>Checks a body read by the endpoint itself (a definition document); throws the 400.</summary>
    public static void Enforce(object? body)
    {
        var errors = new FieldErrors();
        if (body is not null)
        {
            Walk(body, string.Empty, errors);
        }

        errors.ThrowIfAny();
    }

    /// <summary>The JSON name of a property, as clients send it.</summary>
    public static string JsonName(PropertyInfo property)
    {
        ArgumentNullException.ThrowIfNull(property);
        return property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
    }

    public static IEnumerable<PropertyInfo> TextCarrying(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0);

    private static bool IsBodyPart(Type type) => type.IsClass && type.Namespace?.StartsWith("Disclosure.", StringComparison.Ordinal) == true;

    private static void Walk(object value, string prefix, FieldErrors errors)
    {
        var type = value.GetType();
        foreach (var property in TextCarrying(type))
        {
            var item = property.GetValue(value);
            if (item is null)
            {
                continue;
            }

            var path = Join(prefix, JsonName(property));
            var limit = ByProperty.GetValueOrDefault((property.DeclaringType!, property.Name));
            switch (item)
            {
                case string text:
                    Check(text, limit, path, errors);
                    break;
                case JsonElement element:
                    CheckJson(element, limit, path, errors);
                    break;
                case IEnumerable<KeyValuePair<string, string>> map:
                    foreach (var (key, mapped) in map)
                    {
                        Check(key, limit, path, errors);
                        Check(mapped, limit, path, errors);
                    }

                    break;
                case IEnumerable list:
                    var index = 0;
                    foreach (var element in list)
                    {
                        var at = $"{path}[{index++}]";
                        switch (element)
                        {
                            case null:
                                break;
                            case string text:
                                Check(text, limit, at, errors);
                                break;
                            case JsonElement json:
                                CheckJson(json, limit, at, errors);
                                break;
                            default:
                                if (IsBodyPart(element.GetType()))
                                {
                                    Walk(element, at, errors);
                                }

                                break;
                        }
                    }

                    break;
                default:
                    if (IsBodyPart(item.GetType()))
                    {
                        Walk(item, path, errors);
                    }

                    break;
            }
        }
    }

    private static void CheckJson(JsonElement element, TextLimit? limit, string path, FieldErrors errors)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                string text;
                try
                {
                    text = element.GetString()!;
                }
                catch (InvalidOperationException)
                {
                    // An escaped unpaired surrogate (\ud800) cannot even be read as text.
                    errors.Add(path, Messages.ControlCharacters(limit?.Label ?? "内容"));
                    break;
                }

                Check(text, limit, path, errors);
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    CheckJson(item, limit, $"{path}[{index++}]", errors);
                }

                break;
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    Check(member.Name, limit, path, errors);
                    CheckJson(member.Value, limit, path, errors);
                }

                break;
        }
    }

    private static void Check(string text, TextLimit? limit, string path, FieldErrors errors)
    {
        if (errors.Has(path))
        {
            return;
        }

        var problem = limit is { IsKey: true } ? TextRules.CheckKey(text, limit.Label) : TextRules.Check(text, limit?.Max ?? DefaultMax, limit?.Label ?? "内容");
        if (problem is not null)
        {
            errors.Add(path, problem);
        }
    }

    private static void CheckParameter(string name, string value, FieldErrors errors)
    {
        var limit = ByParameter.GetValueOrDefault(name);
        var problem = limit is { IsKey: true } ? TextRules.CheckKey(value, limit.Label) : TextRules.Check(value, limit?.Max ?? DefaultMax, limit?.Label ?? "参数");
        if (problem is not null)
        {
            errors.Add(name, problem);
        }
    }

    private static string Join(string prefix, string name) => prefix.Length == 0 ? name : $"{prefix}.{name}";
}
