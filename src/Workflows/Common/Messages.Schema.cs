namespace Disclosure.Workflows.Common;

/// <summary>What the published JSON Schema of a process definition refuses, in the administrator's words.</summary>
public static partial class Messages
{
    private static readonly Dictionary<string, string> FieldNames = new(StringComparer.Ordinal)
    {
        ["key"] = "流程标识", ["name"] = "名称", ["nodes"] = "节点", ["id"] = "编号", ["kind"] = "节点类型", ["next"] = "后续节点",
        ["result"] = "结束结果", ["role"] = "候选角色", ["purpose"] = "法定用途", ["due"] = "办理时限", ["workingDays"] = "工作日数",
        ["duration"] = "时长", ["outcomes"] = "办理结果", ["label"] = "名称", ["onAgreed"] = "全部同意时的去向",
        ["onRefused"] = "有人不同意时的去向", ["onNoReply"] = "逾期未答复时的去向", ["branches"] = "分支", ["when"] = "条件",
        ["otherwise"] = "否则去向", ["to"] = "通知对象", ["message"] = "通知内容", ["settings"] = "设置", ["consentSilence"] = "逾期未答复的处理",
        ["in"] = "取值列表", ["deadlineOutcome"] = "到期自动采用的结果",
        // Members added with parallel paths, countersigns, selection and layout (issue 12): never shown by their JSON names.
        ["countersign"] = "会签", ["signers"] = "签署人", ["roles"] = "角色", ["departments"] = "科室", ["completion"] = "通过规则",
        ["atLeast"] = "同意人数", ["onReject"] = "有人退回时的处理", ["approve"] = "表示同意的结果", ["reject"] = "表示退回的结果",
        ["paths"] = "并行分支", ["byResponsibleBody"] = "仅由公开主体部门办理", ["selection"] = "适用范围", ["priority"] = "优先级",
        ["englishName"] = "英文名称", ["requiresComment"] = "须填写意见", ["requiresExemption"] = "须选择不予公开理由",
        ["all"] = "全部条件", ["any"] = "任一条件", ["not"] = "否定条件", ["fact"] = "事项信息", ["equals"] = "取值",
        ["layout"] = "图形位置", ["x"] = "横坐标", ["y"] = "纵坐标", ["width"] = "宽度", ["height"] = "高度",
    };

    public static UserMessage SchemaRequired(string? node, string? kind, string field, IReadOnlyList<string> missing)
    {
        if (kind == "userTask" && missing.Contains("role"))
        {
            return new("schema.required", $"{Where(node)}人工任务必须指定候选角色（拟稿人、保密审查员、领导、管理员）。");
        }

        var names = string.Join("、", missing.Select(FieldName));
        return new("schema.required", $"{Where(node)}{Inside(field)}缺少必填项：{names}。");
    }

    public static UserMessage SchemaPattern(string? node, string field) => field == "key"
        ? new("schema.pattern", "流程标识只能由小写字母、数字和连字符组成，长 1 至 64 个字符。")
        : new("schema.pattern", $"{Where(node)}{Describe(field)}的写法不对（时长按 ISO 8601 书写，如 4 小时写作 PT4H）。");

    public static UserMessage SchemaEnum(string? node, string field) => new("schema.enum", $"{Where(node)}{Describe(field)}不是允许的取值之一。");

    public static UserMessage SchemaType(string? node, string field) => new("schema.type", $"{Where(node)}{Describe(field)}的类型不对。");

    public static UserMessage SchemaEmpty(string? node, string field) => new("schema.empty", $"{Where(node)}{Describe(field)}不能为空。");

    public static UserMessage SchemaRange(string? node, string field) => new("schema.range", $"{Where(node)}{Describe(field)}超出允许的范围或长度。");

    public static UserMessage SchemaUnknownMember(string? node, string field) => new("schema.unknown-member", $"{Where(node)}不认识的字段 {field}。");

    public static UserMessage SchemaOneOf(string? node, string field) => field == "due"
        ? new("schema.one-of", $"{Where(node)}办理时限须在工作日数（1 至 250）和时长（如 4 小时写作 PT4H）中二选一。")
        : new("schema.one-of", $"{Where(node)}{Describe(field)}须满足且只满足一种写法。");

    public static UserMessage SchemaOther(string? node, string field) => new("schema.invalid", $"{Where(node)}{Describe(field)}不符合流程定义的格式。");

    private static string Where(string? node) => node is null ? string.Empty : $"节点“{node}”：";

    private static string Inside(string field) => field.Length == 0 ? string.Empty : $"{Describe(field)}中";

    /// <summary>A field path in words: <c>outcomes/0/label</c> is 第 1 个办理结果的名称.</summary>
    private static string Describe(string field)
    {
        if (field.Length == 0)
        {
            return "定义";
        }

        var words = new List<string>();
        var parts = field.Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i + 1 < parts.Length && int.TryParse(parts[i + 1], out var index))
            {
                words.Add($"第 {index + 1} 个{FieldName(parts[i])}");
                i++;
            }
            else
            {
                words.Add(FieldName(parts[i]));
            }
        }

        return string.Join("的", words);
    }

    private static string FieldName(string member) => FieldNames.GetValueOrDefault(member, member);
}
