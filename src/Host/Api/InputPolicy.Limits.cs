using Disclosure.Host.Accounts;
using Disclosure.Workflows.Applications;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Engine;

namespace Disclosure.Host.Api;

// The policy's table: every text a request may carry and its limit. docs/api-input-limits.md is
// generated from it; each limit is at most the column the text ends up in.
internal static partial class InputPolicy
{
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
        new(typeof(ItemInput), nameof(ItemInput.DepartmentsConcerned), OfficeDepartments.MaxName, "会签部门"),
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
        new(typeof(UserInput), nameof(UserInput.UserName), AppUser.MaxUserName, "用户名"),
        new(typeof(UserInput), nameof(UserInput.DisplayName), AppUser.MaxDisplayName, "姓名"),
        new(typeof(UserInput), nameof(UserInput.ResponsibleBody), AppUser.MaxResponsibleBody, "所属部门"),
        new(typeof(UserInput), nameof(UserInput.Password), 128, "密码"),
        new(typeof(UserInput), nameof(UserInput.Roles), 32, "角色"),
        new(typeof(RolesInput), nameof(RolesInput.Roles), 32, "角色"),
        new(typeof(ProfileInput), nameof(ProfileInput.DisplayName), AppUser.MaxDisplayName, "姓名"),
        new(typeof(ProfileInput), nameof(ProfileInput.ResponsibleBody), AppUser.MaxResponsibleBody, "所属部门"),
        new(typeof(PasswordInput), nameof(PasswordInput.Password), 128, "密码"),
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
        new(typeof(NodeDocument), nameof(NodeDocument.Paths), 64, "并行分支的首个节点"),
        new(typeof(CountersignDocument), nameof(CountersignDocument.Roles), 32, "会签角色"),
        new(typeof(CountersignDocument), nameof(CountersignDocument.Departments), OfficeDepartments.MaxName, "会签部门"),
        new(typeof(CountersignDocument), nameof(CountersignDocument.Approve), 64, "会签同意的办理结果"),
        new(typeof(CountersignDocument), nameof(CountersignDocument.Reject), 64, "会签退回的办理结果"),
        new(typeof(DueTime), nameof(DueTime.Duration), 32, "办理时长"),
        new(typeof(ClockDocument), nameof(ClockDocument.Name), 100, "期限名称"),
        new(typeof(ClockExtensionDocument), nameof(ClockExtensionDocument.Role), 32, "批准延期的角色"),
        new(typeof(OutcomeDocument), nameof(OutcomeDocument.Id), 64, "办理结果编号"),
        new(typeof(OutcomeDocument), nameof(OutcomeDocument.Label), 100, "办理结果名称"),
        new(typeof(OutcomeDocument), nameof(OutcomeDocument.Next), 64, "办理结果的去向"),
        new(typeof(BranchDocument), nameof(BranchDocument.Next), 64, "分支去向"),
        new(typeof(BranchDocument), nameof(BranchDocument.Label), 100, "分支名称"),
        new(typeof(ConditionDocument), nameof(ConditionDocument.EqualTo), 200, "条件取值"),
        new(typeof(ConditionDocument), nameof(ConditionDocument.In), 200, "条件取值"),
        new(typeof(DryRunRequest), nameof(DryRunRequest.StartOn), 64, "起始节点"),
        new(typeof(DryRunRequest), nameof(DryRunRequest.Category), 8, "公开目录类别"),
        new(typeof(DryRunRequest), nameof(DryRunRequest.Timing), 16, "公开时限"),
        new(typeof(DryRunRequest), nameof(DryRunRequest.DepartmentsConcerned), OfficeDepartments.MaxName, "会签部门"),
        new(typeof(DryRunChoice), nameof(DryRunChoice.Node), 64, "节点编号"),
        new(typeof(DryRunChoice), nameof(DryRunChoice.Outcome), 64, "办理结果"),
        new(typeof(DryRunChoice), nameof(DryRunChoice.Signers), OfficeDepartments.MaxName, "会签人的选择"),
        new(typeof(ApplicationInput), nameof(ApplicationInput.ApplicantKind), 32, "申请人类型"),
        new(typeof(ApplicationInput), nameof(ApplicationInput.Name), ApplicationInputValidator.MaxName, "姓名或名称"),
        new(typeof(ApplicationInput), nameof(ApplicationInput.IdentityNumber), ApplicationInputValidator.MaxIdentity, "证件号码"),
        new(typeof(ApplicationInput), nameof(ApplicationInput.ContactPerson), ApplicationInputValidator.MaxName, "联系人"),
        new(typeof(ApplicationInput), nameof(ApplicationInput.Phone), ApplicationInputValidator.MaxPhone, "联系电话"),
        new(typeof(ApplicationInput), nameof(ApplicationInput.Email), ApplicationInputValidator.MaxEmail, "电子邮箱"),
        new(typeof(ApplicationInput), nameof(ApplicationInput.Address), ApplicationInputValidator.MaxAddress, "通信地址"),
        new(typeof(ApplicationInput), nameof(ApplicationInput.Postcode), 6, "邮政编码"),
        new(typeof(ApplicationInput), nameof(ApplicationInput.Description), ApplicationInputValidator.MaxDescription, "所需信息的描述"),
        new(typeof(ApplicationInput), nameof(ApplicationInput.Purpose), ApplicationInputValidator.MaxPurpose, "用途"),
        new(typeof(ApplicationInput), nameof(ApplicationInput.Delivery), 16, "获取信息的方式"),
        new(typeof(ApplicationInput), nameof(ApplicationInput.Channel), 16, "提交方式"),
        new(typeof(ApplicationInput), nameof(ApplicationInput.ReceivedOn), 10, "收到申请日期"),
        new(typeof(ApplicationInput), nameof(ApplicationInput.ResponsibleBody), OfficeDepartments.MaxName, "承办科室"),
        new(typeof(ReplyInput), nameof(ReplyInput.Type), 32, "答复类型"),
        new(typeof(ReplyInput), nameof(ReplyInput.Ground), 32, "具体情形"),
        new(typeof(ReplyInput), nameof(ReplyInput.Text), ApplicationInputValidator.MaxReplyText, "答复内容"),
        new(typeof(ExtensionInput), nameof(ExtensionInput.Reason), 2_000, "延期理由"),
        new(typeof(StaffCorrectionInput), nameof(StaffCorrectionInput.Text), ApplicationInputValidator.MaxCorrection, "补正内容"),
        new(typeof(Workflows.Reports.ReportEntries), nameof(Workflows.Reports.ReportEntries.Overview), Workflows.Reports.AnnualReports.MaxText, "总体情况"),
        new(typeof(Workflows.Reports.ReportEntries), nameof(Workflows.Reports.ReportEntries.Problems), Workflows.Reports.AnnualReports.MaxText, "存在的主要问题及改进情况"),
        new(typeof(Workflows.Reports.ReportEntries), nameof(Workflows.Reports.ReportEntries.Other), Workflows.Reports.AnnualReports.MaxText, "其他需要报告的事项"),
        new(typeof(TrackingRequest), nameof(TrackingRequest.Number), 32, "申请编号"),
        new(typeof(TrackingRequest), nameof(TrackingRequest.Code), 40, "查询码"),
        new(typeof(CorrectionRequest), nameof(CorrectionRequest.Number), 32, "申请编号"),
        new(typeof(CorrectionRequest), nameof(CorrectionRequest.Code), 40, "查询码"),
        new(typeof(CorrectionRequest), nameof(CorrectionRequest.Text), ApplicationInputValidator.MaxCorrection, "补正内容"),
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
        typeof(UserInput), typeof(RolesInput), typeof(ProfileInput), typeof(PasswordInput), typeof(CalendarYearInput), typeof(MigrationRequest), typeof(ProcessDocument), typeof(DryRunRequest),
        typeof(ApplicationInput), typeof(ReplyInput), typeof(ThirdPartiesInput), typeof(ExtensionInput), typeof(StaffCorrectionInput),
        typeof(TrackingRequest), typeof(CorrectionRequest), typeof(Workflows.Reports.ReportEntries),
    };

    private static readonly Dictionary<(Type, string), TextLimit> ByProperty = Fields.ToDictionary(f => (f.Owner, f.Property));

    private static readonly Dictionary<string, ParameterLimit> ByParameter = Parameters.ToDictionary(p => p.Name, StringComparer.Ordinal);
}
