namespace Disclosure.Workflows.Common;

// The catalogue's refusals: item input, versions and their states. Field-level messages take the
// field's Chinese label, so one message serves every field.
public static partial class Messages
{
    public static UserMessage Required(string label) => new("field.required", $"{label}不能为空。");

    public static UserMessage TooLong(string label, int length, int max) => new("field.too-long", $"{label}过长（{length} 字），最多 {max} 字。");

    public static UserMessage ControlCharacters(string label) =>
        new("field.control-characters", $"{label}含有不允许的控制字符（只可使用换行和制表符）。");

    public static UserMessage KeyInvalid(string label, int max) =>
        new("field.key-invalid", $"{label}只能由小写字母、数字和连字符组成，长度为 1 至 {max} 个字符。");

    public static UserMessage DateInvalid(string label, string value) =>
        new("field.date-invalid", $"{label}“{value}”格式不正确，应为 yyyy-MM-dd（如 2026-03-15）。");

    /// <summary><paramref name="choices"/> lists the accepted values as “名称（value）”.</summary>
    public static UserMessage ChoiceInvalid(string label, string value, IEnumerable<string> choices) =>
        new("field.choice-invalid", $"{label}“{value}”无效，可选：{List(choices)}。");

    public static UserMessage ItemInputEmpty { get; } = new("item.input-empty", "请求中没有事项内容。");

    public static UserMessage CategoryUnknown(string code) => new("item.category-unknown", $"没有编号为“{code}”的目录类别。");

    public static UserMessage CategoryNotLeaf(string category) => new("item.category-not-leaf", $"“{category}”下设子项，请选择具体子项。");

    public static UserMessage CadenceOnlyPeriodic { get; } = new("item.cadence-only-periodic", "只有定期公开事项才有公开频次。");

    public static UserMessage ReviewIntervalRange(int min, int max) => new("item.review-interval-range", $"复核周期应为 {min} 至 {max} 个月。");

    public static UserMessage AudienceNoteRequired { get; } = new("item.audience-note-required", "面向特定群体公开时须说明是哪一群体。");

    public static UserMessage ExemptionRequired { get; } = new("item.exemption-required", "不予公开必须说明理由类别和法律依据。");

    public static UserMessage TooManyRightsHolders(int max) => new("item.rights-holders-too-many", $"权利人不能超过 {max} 个。");

    public static UserMessage RightsHolderEmpty { get; } = new("item.rights-holder-empty", "权利人信息为空。");

    public static UserMessage PeriodOnlyPeriodic { get; } = new("item.period-only-periodic", "只有定期公开事项才注明所属期间。");

    public static UserMessage PeriodRequired { get; } =
        new("item.period-required", "定期公开事项必须注明本次公开所属期间（如 2026-10、2026-Q3、2026-H2、2026）。");

    public static UserMessage PeriodInvalid(string value) =>
        new("item.period-invalid", $"“{value}”不是有效的期间，应写作 2026-10、2026-Q3、2026-H2 或 2026。");

    public static UserMessage PeriodCadenceMismatch(string value, string cadence) =>
        new("item.period-cadence-mismatch", $"期间“{value}”与公开频次“{cadence}”不符。");

    public static UserMessage TimingFixedAfterPublication { get; } =
        new("item.timing-fixed", "已发布过的事项不能更改公开时限或公开频次。");

    public static UserMessage NewVersionNeedsPeriod { get; } = new("item.new-version-needs-period", "定期公开事项的新版本必须注明所属期间。");

    public static UserMessage ConfirmOnlyLongTerm { get; } = new("item.confirm-only-long-term", "只有长期公开事项需要确认仍然有效。");

    public static UserMessage WithdrawReasonRequired { get; } = new("item.withdraw-reason-required", "撤回必须说明理由。");

    public static UserMessage VersionNotInItem(Guid itemId, Guid versionId) => new("item.version-not-found", $"事项 {itemId} 没有版本 {versionId}。");

    public static UserMessage VersionStillOpen(int number, string status) =>
        new("item.version-open", $"第 {number} 版尚在办理中（{status}），不能同时再建新版本。");

    public static UserMessage ItemWithdrawn { get; } = new("item.withdrawn", "该事项已撤回。");

    public static UserMessage VersionNotEditable(int number, string status) =>
        new("item.version-not-editable", $"第 {number} 版当前状态为“{status}”，内容不能修改；请新建版本。");

    public static UserMessage VersionCannotMove(int number, string from, string to) =>
        new("item.version-transition", $"第 {number} 版不能从“{from}”变为“{to}”。");

    public static UserMessage OnlyDrafterEdits(int number, string drafter) =>
        new("item.only-drafter-edits", $"第 {number} 版由 {drafter} 起草，只能由其修改。");

    public static UserMessage VersionUnderReview(int number) => new("item.version-in-review", $"第 {number} 版正在审核中，不能修改。");

    public static UserMessage PublicItemNotFound { get; } = new("public.item-not-found", "没有这条已公开的信息。");

    public static UserMessage PageInvalid { get; } = new("public.page-invalid", "页码从 1 开始。");

    public static UserMessage PageSizeInvalid(int max) => new("public.page-size-invalid", $"每页 1 至 {max} 条。");
}
