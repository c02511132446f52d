using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Disclosure.Host.Accounts;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Engine;

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
internal static class InputPolicy
{
    private const int DefaultMax = 1_000;

    /// <summary>Every text field of every request body, by the type and property it travels in.</summary>
    public static IReadOnlyList<TextLimit> Fields { get; } =
    [
        new(typeof(ItemInput), nameof(ItemInput.Title), ItemInputValidator.MaxTitle, "标题"),
        new(typeof(ItemInput), nameof(ItemInput.Body), ItemInputValidator.MaxBody, "正文"),
        new(typeof(ItemInput), nameof(ItemInput.Interpretation), ItemInputValidator.MaxBody, "政策解读"),
        new(typeof(ItemInput), nameof(ItemInput.CategoryCode), 8, "公开目录类别"),
        new(typeof(ItemInput), nameof(ItemInput.Timing), 16, "公开时限"),
        new(typeof(ItemInput), nameof(ItemInput.Cadence), 16, "公开频次"),
        new(typeof(ItemInput), nameof(ItemInput.Channels), 16, "公开渠道"),
        new(typeof(ItemInput), nameof(ItemInput.Audience), 16, "公开对象"),
        new(typeof(ItemInput), nameof(ItemInput.AudienceNote), ItemInputValidator.MaxShortText, "特定群体说明"),
        new(typeof(ItemInput), nameof(ItemInput.LegalBasis), ItemInputValidator.MaxShortText, "公开依据"),
        new(typeof(ItemInput), nameof(ItemInput.ResponsibleBody), ItemInputValidator.MaxTitle, "公开主体"),
        new(typeof(ItemInput), nameof(ItemInput.FormedOn), 10, "信息形成或变更日期"),
        new(typeof(ItemInput), nameof(ItemInput.Period), 8, "所属期间"),
        new(typeof(RightsHolderInput), nameof(RightsHolderInput.Name), ItemInputValidator.MaxTitle, "权利人名称"),
        new(typeof(RightsHolderInput), nameof(RightsHolderInput.Contact), ItemInputValidator.MaxTitle, "权利人联系方式"),
        new(typeof(RightsHolderInput), nameof(RightsHolderInput.Concern), 32, "涉及的权益类型"),
        new(typeof(RightsHolderInput), nameof(RightsHolderInput.Details), ItemInputValidator.MaxShortText, "涉及的具体内容"),
        new(typeof(ExemptionInput), nameof(ExemptionInput.Ground), 32, "不予公开的理由类别"),
        new(typeof(ExemptionInput), nameof(ExemptionInput.LegalBasis), ItemInputValidator.MaxShortText, "不予公开的法律依据"),
        new(typeof(ExemptionInput), nameof(ExemptionInput.Reason), ItemInputValidator.MaxShortText, "不予公开的具体说明"),
        new(typeof(TaskCompletion), nameof(TaskCompletion.Outcome), 64, "办理结果"),
        new(typeof(TaskCompletion), nameof(TaskCompletion.Comment), 4_000, "意见"),
        new(typeof(WithdrawRequest), nameof(WithdrawRequest.Reason), ItemInputValidator.MaxShortText, "撤回理由"),
        new(typeof(ConsentAnswer), nameof(ConsentAnswer.Decision), 16, "答复"),
        new(typeof(ConsentAnswer), nameof(ConsentAnswer.Reason), 2_000, "理由"),
        new(typeof(LoginRequest), nameof(LoginRequest.UserName), 256, "用户名"),
        new(typeof(LoginRequest), nameof(LoginRequest.Password), 128, "密码"),
        new(typeof(UserInput), nameof(UserInput.UserName), 64, "用户名"),
        new(typeof(UserInput), nameof(UserInput.DisplayName), 100, "姓名"),
        new(typeof(UserInput), nameof(UserInput.ResponsibleBody), 200, "所属部门"),
        new(typeof(UserInput), nameof(UserInput.Password), 128, "密码"),
        new(typeof(UserInput), nameof(UserInput.Roles), 32, "角色"),
        new(typeof(RolesInput), nameof(RolesInput.Roles), 32, "角色"),
        new(typeof(CalendarYearInput), nameof(CalendarYearInput.Holidays), 10, "节假日"),
        new(typeof(CalendarYearInput), nameof(CalendarYearInput.MakeUpWorkdays), 10, "调休上班日"),
        new(typeof(MigrationRequest), nameof(MigrationRequest.Mapping), 64, "节点映射"),
        new(typeof(ProcessDocument), nameof(ProcessDocument.Key), TextRules.MaxKey, "流程标识", IsKey: true),
        new(typeof(ProcessDocument), nameof(ProcessDocument.Name), 200, "流程名称"),
        new(typeof(ProcessDocument), nameof(ProcessDocument.EnglishName), 200, "流程英文名称"),
        new(typeof(NodeDocument), nameof(NodeDocument.Id), 64, "节点编号"),
        new(typeof(NodeDocument), nameof(NodeDocument.Name), 200, "节点名称"),
        new(typeof(NodeDocument), nameof(NodeDocument.Next), 64, "后续节点"),
        new(typeof(NodeDocument), nameof(NodeDocument.Role), 32, "候选角色"),
        new(typeof(NodeDocument), nameof(NodeDocument.DeadlineOutcome), 64, "到期自动结果"),
        new(typeof(NodeDocument), nameof(NodeDocument.OnAgreed), 64, "全部同意时的去向"),
        new(typeof(NodeDocument), nameof(NodeDocument.OnRefused), 64, "有人不同意时的去向"),
        new(typeof(NodeDocument), nameof(NodeDocument.OnNoReply), 64, "逾期未答复时的去向"),
        new(typeof(NodeDocument), nameof(NodeDocument.Otherwise), 64, "否则去向"),
        new(typeof(NodeDocument), nameof(NodeDocument.To), 64, "通知对象"),
        new(typeof(NodeDocument), nameof(NodeDocument.Message), 2_000, "通知内容"),
        new(typeof(DueTime), nameof(DueTime.Duration), 32, "办理时长"),
        new(typeof(OutcomeDocument), nameof(OutcomeDocument.Id), 64, "办理结果编号"),
        new(typeof(OutcomeDocument), nameof(OutcomeDocument.Label), 100, "办理结果名称"),
        new(typeof(OutcomeDocument), nameof(OutcomeDocument.Next), 64, "办理结果的去向"),
        new(typeof(BranchDocument), nameof(BranchDocument.Next), 64, "分支去向"),
        new(typeof(BranchDocument), nameof(BranchDocument.Label), 100, "分支名称"),
        new(typeof(ConditionDocument), nameof(ConditionDocument.EqualTo), 200, "条件取值"),
        new(typeof(ConditionDocument), nameof(ConditionDocument.In), 200, "条件取值"),
    ];

    /// <summary>Every text route or query value, by parameter name.</summary>
    public static IReadOnlyList<ParameterLimit> Parameters { get; } =
    [
        new("key", TextRules.MaxKey, "流程标识", IsKey: true),
        new("id", 64, "用户编号"),
        new("token", 200, "链接"),
        new("category", 8, "目录类别"),
        new("timing", 16, "公开时限"),
        new("q", 100, "检索词"),
    ];

    /// <summary>The request body types (a definition document is read from raw JSON and checked by its endpoint).</summary>
    public static IReadOnlySet<Type> BodyTypes { get; } = new HashSet<Type>
    {
        typeof(ItemInput), typeof(TaskCompletion), typeof(WithdrawRequest), typeof(ConsentAnswer), typeof(LoginRequest),
        typeof(UserInput), typeof(RolesInput), typeof(CalendarYearInput), typeof(MigrationRequest), typeof(ProcessDocument),
    };

    private static readonly Dictionary<(Type, string), TextLimit> ByProperty = Fields.ToDictionary(f => (f.Owner, f.Property));

    private static readonly Dictionary<string, ParameterLimit> ByParameter = Parameters.ToDictionary(p => p.Name, StringComparer.Ordinal);

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

    /// <summary>Every text field a body type holds, as JSON paths (<c>rightsHolders[].name</c>) with its limit.</summary>
    public static IEnumerable<(string Path, TextLimit Limit)> Describe(Type type) => Describe(type, string.Empty, []);

    /// <summary>The JSON name of a property, as clients send it.</summary>
    public static string JsonName(PropertyInfo property)
    {
        ArgumentNullException.ThrowIfNull(property);
        return property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
    }

    public static IEnumerable<PropertyInfo> TextCarrying(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0);

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
