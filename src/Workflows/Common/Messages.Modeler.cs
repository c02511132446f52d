using System.Text.Json;

namespace Disclosure.Workflows.Common;

/// <summary>The fixed words of the process modeler's screens: canvas tools, properties panel, running items, dry run.</summary>
public enum ModelerWord
{
    PaletteStart,
    PaletteEnd,
    PaletteTimer,
    PaletteUserTask,
    PaletteCountersign,
    PaletteConsent,
    PalettePublish,
    PaletteNotify,
    PaletteDecision,
    PaletteParallel,
    AppendUserTask,
    AppendDecision,
    AppendParallel,
    AppendEnd,
    ToolHand,
    ToolLasso,
    ToolSpace,
    ToolConnect,
    ToolDelete,
    ToolConnectTo,
    ToolChangeKind,
    ToolSearch,
    KindParallelSplit,
    KindParallelJoin,
    KindProcess,
    Name,
    StepId,
    StepIdHint,
    Role,
    Purpose,
    ByResponsibleBody,
    Due,
    DueNone,
    DueWorkingDays,
    DueDuration,
    DueDurationHint,
    Outcomes,
    OutcomeLabel,
    OutcomeId,
    Target,
    TargetNone,
    RequiresComment,
    RequiresExemption,
    AddOutcome,
    DeadlineOutcome,
    DeadlineNone,
    Remove,
    MoveUp,
    MoveDown,
    Countersign,
    CountersignOn,
    Signers,
    SignersRoles,
    SignersDepartments,
    SignersConcerned,
    SignerRoles,
    SignerDepartments,
    Completion,
    CompletionAll,
    CompletionAny,
    CompletionAtLeast,
    AtLeast,
    OnReject,
    OnRejectReturnStep,
    OnRejectRecordOnly,
    ApproveOutcome,
    RejectOutcome,
    ChooseOutcome,
    ConsentAnswer,
    AddConsentAnswer,
    Branches,
    Branch,
    BranchCondition,
    Otherwise,
    AddBranch,
    AddPath,
    AddNext,
    ChooseTarget,
    ConditionAll,
    ConditionAny,
    ConditionIs,
    ConditionIsNot,
    ConditionAddRow,
    ConditionNone,
    ConditionOther,
    ConditionReplace,
    Paths,
    Next,
    NotifyTo,
    NotifyMessage,
    EndResult,
    ProcessName,
    EnglishName,
    ConsentSilence,
    Selection,
    SelectionEvery,
    SelectionWhen,
    SelectionNone,
    Priority,
    Undo,
    Redo,
    Check,
    Save,
    Publish,
    Export,
    Fit,
    DryRun,
    Activity,
    BackToDefinition,
    Modeler,
    Unsaved,
    ReadOnlyVersion,
    CreateDraft,
    Problems,
    NoProblems,
    Checking,
    ProblemsOfProcess,
    Confirm,
    Cancel,
    PublishWarning,
    FirstPublication,
    Definitions,
    Version,
    Status,
    Draft,
    Published,
    Current,
    RunningInstances,
    OpenTasks,
    OverdueTasks,
    ClickNode,
    Item,
    ResponsibleBody,
    Tasks,
    DueAt,
    Overdue,
    ShowPath,
    PathShown,
    Migrate,
    NothingWaiting,
    StartOn,
    Category,
    Timing,
    HasRightsHolders,
    DepartmentsConcerned,
    AnyValue,
    StartDryRun,
    Restart,
    DryRunNote,
    Steps,
    Step,
    Opened,
    Outcome,
    Waiting,
    Choose,
    ForEverySigner,
    Estimated,
    Skipped,
    ImportTitle,
    ImportHint,
    ImportKey,
    ImportFile,
    ImportButton,
}

/// <summary>The process modeler (issue 12): its words, notices and refusals.</summary>
public static partial class Messages
{
    public static UserMessage Modeler(ModelerWord word) => new("modeler." + ModelerCode(word), word switch
    {
        ModelerWord.PaletteStart => "开始",
        ModelerWord.PaletteEnd => "结束",
        ModelerWord.PaletteTimer => "办理期限（拖到任务边框上）",
        ModelerWord.PaletteUserTask => "人工任务",
        ModelerWord.PaletteCountersign => "会签任务",
        ModelerWord.PaletteConsent => "权利人意见征询",
        ModelerWord.PalettePublish => "发布",
        ModelerWord.PaletteNotify => "通知",
        ModelerWord.PaletteDecision => "条件判断",
        ModelerWord.PaletteParallel => "并行分支或汇合",
        ModelerWord.AppendUserTask => "在后面添加人工任务",
        ModelerWord.AppendDecision => "在后面添加条件判断",
        ModelerWord.AppendParallel => "在后面添加并行分支或汇合",
        ModelerWord.AppendEnd => "在后面添加结束",
        ModelerWord.ToolHand => "拖动画布",
        ModelerWord.ToolLasso => "框选",
        ModelerWord.ToolSpace => "插入或移除空白",
        ModelerWord.ToolConnect => "连线",
        ModelerWord.ToolDelete => "删除",
        ModelerWord.ToolConnectTo => "连线到其他节点",
        ModelerWord.ToolChangeKind => "更改节点类型",
        ModelerWord.ToolSearch => "在图中查找",
        ModelerWord.KindParallelSplit => "并行分支",
        ModelerWord.KindParallelJoin => "并行汇合",
        ModelerWord.KindProcess => "流程设置",
        ModelerWord.Name => "名称",
        ModelerWord.StepId => "步骤编号",
        ModelerWord.StepIdHint => "运行中的事项按编号找到步骤，已发布版本之间改编号需迁移。",
        ModelerWord.Role => "办理角色",
        ModelerWord.Purpose => "法定职责",
        ModelerWord.ByResponsibleBody => "只由公开主体（事项所属科室）的该角色办理",
        ModelerWord.Due => "办理期限",
        ModelerWord.DueNone => "不限",
        ModelerWord.DueWorkingDays => "工作日",
        ModelerWord.DueDuration => "时长",
        ModelerWord.DueDurationHint => "按小时或分钟计的期限，例如 PT4H 为 4 小时，PT30M 为 30 分钟。",
        ModelerWord.Outcomes => "办理结果",
        ModelerWord.OutcomeLabel => "结果名称",
        ModelerWord.OutcomeId => "结果编号",
        ModelerWord.Target => "去向",
        ModelerWord.TargetNone => "（未连接）",
        ModelerWord.RequiresComment => "须填写意见",
        ModelerWord.RequiresExemption => "须选择不予公开理由",
        ModelerWord.AddOutcome => "添加办理结果",
        ModelerWord.DeadlineOutcome => "逾期自动结果",
        ModelerWord.DeadlineNone => "无（逾期只提醒）",
        ModelerWord.Remove => "删除",
        ModelerWord.MoveUp => "上移",
        ModelerWord.MoveDown => "下移",
        ModelerWord.Countersign => "会签",
        ModelerWord.CountersignOn => "设为会签（多人或多个科室同时签署）",
        ModelerWord.Signers => "签署人",
        ModelerWord.SignersRoles => "按角色（每个角色一人）",
        ModelerWord.SignersDepartments => "按指定科室（各科室的办理角色）",
        ModelerWord.SignersConcerned => "按事项所列会签部门",
        ModelerWord.SignerRoles => "签署角色",
        ModelerWord.SignerDepartments => "签署科室",
        ModelerWord.Completion => "通过规则",
        ModelerWord.CompletionAll => "全部同意",
        ModelerWord.CompletionAny => "任一同意",
        ModelerWord.CompletionAtLeast => "至少若干人同意",
        ModelerWord.AtLeast => "同意人数",
        ModelerWord.OnReject => "有人退回时",
        ModelerWord.OnRejectReturnStep => "一人退回，整步退回",
        ModelerWord.OnRejectRecordOnly => "只记录反对意见，同意人数不够时才退回",
        ModelerWord.ApproveOutcome => "表示同意的结果",
        ModelerWord.RejectOutcome => "表示退回的结果",
        ModelerWord.ChooseOutcome => "（请选择）",
        ModelerWord.ConsentAnswer => "征询结果",
        ModelerWord.AddConsentAnswer => "添加征询结果去向",
        ModelerWord.Branches => "分支（自上而下依次判断，取第一个满足的）",
        ModelerWord.Branch => "分支",
        ModelerWord.BranchCondition => "条件",
        ModelerWord.Otherwise => "否则（其他情况）",
        ModelerWord.AddBranch => "添加分支",
        ModelerWord.AddPath => "添加并行路径",
        ModelerWord.AddNext => "连接下一步",
        ModelerWord.ChooseTarget => "（选择去向，即画出连线）",
        ModelerWord.ConditionAll => "满足以下全部条件",
        ModelerWord.ConditionAny => "满足以下任一条件",
        ModelerWord.ConditionIs => "是",
        ModelerWord.ConditionIsNot => "不是",
        ModelerWord.ConditionAddRow => "添加条件",
        ModelerWord.ConditionNone => "（尚未设置条件）",
        ModelerWord.ConditionOther => "此条件较复杂，表单无法逐项编辑；可改用表单重新设置：",
        ModelerWord.ConditionReplace => "改用表单设置",
        ModelerWord.Paths => "并行路径（同时开始）",
        ModelerWord.Next => "下一步",
        ModelerWord.NotifyTo => "通知对象",
        ModelerWord.NotifyMessage => "通知内容",
        ModelerWord.EndResult => "结束结果",
        ModelerWord.ProcessName => "流程名称",
        ModelerWord.EnglishName => "英文名称（可不填）",
        ModelerWord.ConsentSilence => "权利人逾期未答复时",
        ModelerWord.Selection => "适用事项",
        ModelerWord.SelectionEvery => "所有事项（作为默认流程）",
        ModelerWord.SelectionWhen => "满足条件的事项",
        ModelerWord.SelectionNone => "不自动适用",
        ModelerWord.Priority => "优先级（数字大者优先）",
        ModelerWord.Undo => "撤销",
        ModelerWord.Redo => "重做",
        ModelerWord.Check => "检查",
        ModelerWord.Save => "保存草稿",
        ModelerWord.Publish => "发布此版本",
        ModelerWord.Export => "导出 BPMN 文件",
        ModelerWord.Fit => "适应窗口",
        ModelerWord.DryRun => "试运行",
        ModelerWord.Activity => "运行情况",
        ModelerWord.BackToDefinition => "返回流程定义",
        ModelerWord.Modeler => "流程建模",
        ModelerWord.Unsaved => "有未保存的修改",
        ModelerWord.ReadOnlyVersion => "此版本已发布，只能查看；如需修改，请新建草稿。",
        ModelerWord.CreateDraft => "以此版本新建草稿",
        ModelerWord.Problems => "问题",
        ModelerWord.NoProblems => "未发现问题，可以发布。",
        ModelerWord.Checking => "正在检查最新的修改……",
        ModelerWord.ProblemsOfProcess => "整个流程",
        ModelerWord.Confirm => "确认发布",
        ModelerWord.Cancel => "取消",
        ModelerWord.PublishWarning => "发布后，新事项按此版本办理；运行中的事项仍按原版本办理，可在运行情况页迁移。",
        ModelerWord.FirstPublication => "这是该流程第一个发布的版本。",
        ModelerWord.Definitions => "流程定义",
        ModelerWord.Version => "版本",
        ModelerWord.Status => "状态",
        ModelerWord.Draft => "草稿",
        ModelerWord.Published => "已发布",
        ModelerWord.Current => "当前版本",
        ModelerWord.RunningInstances => "运行中的实例",
        ModelerWord.OpenTasks => "未办结任务",
        ModelerWord.OverdueTasks => "已逾期任务",
        ModelerWord.ClickNode => "点击图中的步骤，查看在该步骤等待的事项。",
        ModelerWord.Item => "事项",
        ModelerWord.ResponsibleBody => "公开主体",
        ModelerWord.Tasks => "待办任务",
        ModelerWord.DueAt => "期限",
        ModelerWord.Overdue => "已逾期",
        ModelerWord.ShowPath => "显示路径",
        ModelerWord.PathShown => "图中绿色为此事项走过的步骤和连线，橙色为当前所在步骤。",
        ModelerWord.Migrate => "迁移运行中的实例",
        ModelerWord.NothingWaiting => "此步骤没有等待中的事项。",
        ModelerWord.StartOn => "开始日期",
        ModelerWord.Category => "目录类别",
        ModelerWord.Timing => "公开时限",
        ModelerWord.HasRightsHolders => "涉及权利人（商业秘密或个人隐私）",
        ModelerWord.DepartmentsConcerned => "事项所列会签部门",
        ModelerWord.AnyValue => "（不限）",
        ModelerWord.StartDryRun => "开始试运行",
        ModelerWord.Restart => "重新开始",
        ModelerWord.DryRunNote => "试运行只按流程定义推演，不创建任何事项、任务或记录；每一步按用满期限计算。",
        ModelerWord.Steps => "已走过的步骤",
        ModelerWord.Step => "步骤",
        ModelerWord.Opened => "开始时间",
        ModelerWord.Outcome => "结果",
        ModelerWord.Waiting => "等待选择",
        ModelerWord.Choose => "选择此结果",
        ModelerWord.ForEverySigner => "各签署人的意见",
        ModelerWord.Estimated => "（按日历估算）",
        ModelerWord.Skipped => "自动通过",
        ModelerWord.ImportTitle => "导入 BPMN 文件",
        ModelerWord.ImportHint => "用 BPMN 建模工具画好或从本系统导出的 BPMN 文件，导入为该流程的新草稿（流程已有草稿时须先发布该草稿）；本系统不能运行的元素逐一列出，不保存任何内容。",
        ModelerWord.ImportKey => "流程标识",
        ModelerWord.ImportFile => "BPMN 文件",
        ModelerWord.ImportButton => "导入为新草稿",
        _ => throw new ArgumentOutOfRangeException(nameof(word), word, null),
    });

    public static UserMessage ModelerStepIdInvalid(int max, string reserved) =>
        new("modeler.step-id-invalid", $"步骤编号须以字母或下划线开头，只含字母、数字、下划线、连字符和点，最长 {max} 个字符，且不能以 {reserved} 开头（系统生成的编号）。");

    public static UserMessage ModelerStepIdTaken(string id) => new("modeler.step-id-taken", $"步骤编号“{id}”已被其他节点或连线使用。");

    public static UserMessage ModelerDueInvalid { get; } = new("modeler.due-invalid", "办理期限须为 1 至 250 个工作日，或形如 PT4H、P2D 的时长。");

    public static UserMessage ModelerOutcomeIdInvalid(string id) =>
        new("modeler.outcome-id-invalid", $"结果编号“{id}”不可用：须为 1 至 64 个字符，且在本步骤内不重复。");

    public static UserMessage ModelerAtLeastInvalid { get; } = new("modeler.at-least-invalid", "同意人数须为正整数。");

    public static UserMessage ModelerNeedsTimer { get; } = new("modeler.needs-timer", "请先设置办理期限，逾期自动结果从任务边框上的计时器引出。");

    /// <summary>A panel change that found no element to apply to (deleted or undone meanwhile): said, never silently dropped.</summary>
    public static UserMessage ModelerChangeNotApplied { get; } = new("modeler.change-not-applied", "所选步骤已不在图中，刚才的修改未生效；请在图中重新选择后再改。");

    public static UserMessage ModelerNoTargetLeft { get; } = new("modeler.no-target-left", "没有可连接的步骤，请先在图中画出下一步。");

    public static UserMessage ModelerNotifyHint(string title, string comment) =>
        new("modeler.notify-hint", $"可写入 {title} 代表事项标题、{comment} 代表办理意见，发送时自动填入。");

    public static UserMessage ModelerSaved(int number) => new("modeler.saved", $"第 {number} 版草稿已保存。");

    public static UserMessage ModelerSavedWithProblems(int number, int count) =>
        new("modeler.saved-with-problems", $"第 {number} 版草稿已保存；还有 {count} 个问题（已标在图中），改正后才能发布。");

    public static UserMessage ModelerCannotPublish(int count) => new("modeler.cannot-publish", $"还有 {count} 个问题（已标在图中），改正后才能发布。");

    public static UserMessage ModelerCheckedProblems(int count) => new("modeler.checked-problems", $"发现 {count} 个问题，已标在图中相应的步骤上。");

    public static UserMessage ModelerNotSaved(int count) => new("modeler.not-saved", $"草稿未保存：有 {count} 个问题必须先改正（已标在图中）。");

    public static UserMessage ModelerChangedMeanwhile(int number) =>
        new("modeler.changed-meanwhile", $"第 {number} 版草稿在您打开本页后已被他人修改，为免覆盖，本次未保存。请重新打开本页后再编辑。");

    public static UserMessage ModelerNotADraft(int number) => new("modeler.not-a-draft", $"第 {number} 版已发布，不能修改。");

    public static UserMessage ModelerPublished(int number) => new("modeler.published-notice", $"第 {number} 版已发布。");

    public static UserMessage ModelerPublishTitle(int number) => new("modeler.publish-title", $"发布第 {number} 版");

    public static UserMessage ModelerComparedWith(int number) => new("modeler.compared-with", $"与当前发布的第 {number} 版相比：");

    public static UserMessage ModelerTitle(string name, int number, bool draft) =>
        new("modeler.title", $"{name} · 第 {number} 版{(draft ? "（草稿）" : string.Empty)}");

    public static UserMessage ModelerOpenDraft(int number) => new("modeler.open-draft", $"打开草稿（第 {number} 版）");

    public static UserMessage ModelerWaitingAt(string step) => new("modeler.waiting-at", $"在“{step}”等待的事项");

    public static UserMessage ModelerJoinArrived(int arrived) => new("modeler.join-arrived", $"已有 {arrived} 条路径到达汇合处");

    public static UserMessage ModelerMoreItems(int shown) => new("modeler.more-items", $"只列出期限最早的 {shown} 个事项。");

    public static UserMessage ModelerSignerTask(string signer, string? claimedBy) =>
        new("modeler.signer-task", claimedBy is null ? signer : $"{signer}（{claimedBy} 办理中）");

    public static UserMessage ModelerEnded(string result, string at) => new("modeler.ended", $"流程结束：{result}，时间 {at}。");

    public static UserMessage ModelerCanvasFailed { get; } = new("modeler.canvas-failed", "流程图暂时无法读取，未保存任何内容；请刷新页面后重试。");

    public static UserMessage ModelerDryRunDefinitionInvalid { get; } = new("modeler.dry-run-invalid", "此版本未通过校验，不能试运行；请先在流程建模页改正问题。");

    /// <summary>One thing an imported file holds that the engine cannot run, by the element's own id.</summary>
    public static UserMessage ModelerImportProblem(string? elementId, string message) =>
        new("modeler.import-problem", elementId is null ? message : $"元素“{elementId}”：{message}");

    public static UserMessage ModelerImportChooseFile { get; } = new("modeler.import-choose-file", "请先选择 BPMN 文件。");

    /// <summary>The code of a word: its name in lowercase with hyphens (PaletteUserTask → palette-user-task).</summary>
    private static string ModelerCode(ModelerWord word) => JsonNamingPolicy.KebabCaseLower.ConvertName(word.ToString());
}
