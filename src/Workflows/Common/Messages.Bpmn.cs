namespace Disclosure.Workflows.Common;

// BPMN 2.0 import: why a file, or one of its elements, cannot be run by the engine. The element's
// id and type travel beside the message (BpmnProblem), so the words here stay Chinese.
public static partial class Messages
{
    public static UserMessage BpmnRefused(int count) => new("bpmn.refused", $"BPMN 文件有 {count} 处无法导入，未保存任何内容。");

    public static UserMessage BpmnTooLarge(int max) => new("bpmn.too-large", $"BPMN 文件不能超过 {max} 字节。");

    public static UserMessage BpmnNotXml(int line, int position) => new("bpmn.not-xml", $"文件不是有效的 XML（第 {line} 行第 {position} 列附近），或含有不允许的文档类型声明。");

    public static UserMessage BpmnNotBpmn { get; } = new("bpmn.not-bpmn", "文件不是 BPMN 2.0 流程定义。");

    public static UserMessage BpmnOneProcess(int count) => new("bpmn.one-process", $"文件须恰好包含一个流程，实际有 {count} 个；泳池协作图请只保留一个流程。");

    public static UserMessage BpmnProcessName { get; } = new("bpmn.process-name", "流程须有名称，即用户看到的中文名称。");

    public static UserMessage BpmnScript { get; } = new("bpmn.unsupported.script", "本系统不执行脚本或业务规则代码。");

    public static UserMessage BpmnManual { get; } = new("bpmn.unsupported.manual", "不支持手工任务、空任务、调用活动或子流程，请改为人工任务或拆开画出。");

    public static UserMessage BpmnEvent { get; } = new("bpmn.unsupported.event", "只支持开始事件、结束事件和表示办理时限的计时边界事件；消息、信号、错误、升级、补偿、条件及中间事件都不支持。");

    public static UserMessage BpmnGateway { get; } = new("bpmn.unsupported.gateway", "只支持排他网关（条件判断）和并行网关（分支与汇合）。");

    public static UserMessage BpmnBoundary { get; } = new("bpmn.unsupported.boundary", "边界事件只能是附在人工任务或意见征询上的计时事件（按时长计），表示办理时限。");

    public static UserMessage BpmnStartEnd { get; } = new("bpmn.unsupported.start-end", "开始和结束事件不能带消息、计时、错误、终止等事件定义。");

    public static UserMessage BpmnAssignee { get; } = new("bpmn.unsupported.assignee", "任务按角色派发，不支持指定办理人、候选人、表单或任务监听代码。");

    public static UserMessage BpmnImplementation { get; } = new("bpmn.unsupported.implementation", "发布和通知由本系统完成，不调用外部类、表达式或连接器。");

    public static UserMessage BpmnSequential { get; } = new("bpmn.unsupported.sequential", "会签须为并行多实例，不支持依次签署。");

    public static UserMessage BpmnLoop { get; } = new("bpmn.unsupported.loop", "不支持循环任务。");

    public static UserMessage BpmnExpression { get; } = new("bpmn.unsupported.expression", "条件表达式不会被执行；请用本系统扩展中的声明式条件（见交换格式说明）。");

    public static UserMessage BpmnBadValue(string attribute, string value) => new("bpmn.bad-value", $"属性“{attribute}”的值“{value}”无效。");

    public static UserMessage BpmnBadCondition(string detail) => new("bpmn.bad-condition", $"声明式条件不是有效的 JSON 条件：{detail}");

    public static UserMessage BpmnOneOutgoing { get; } = new("bpmn.one-outgoing", "此元素只能有一条出线。");

    public static UserMessage BpmnEndOutgoing { get; } = new("bpmn.end-outgoing", "结束事件不能有出线。");

    public static UserMessage BpmnCandidateGroups(string value) => new("bpmn.candidate-groups", $"候选组“{value}”须是一个角色；多个角色共同审批请用会签。");

    public static UserMessage BpmnConsentFlows { get; } = new("bpmn.consent-flows", "意见征询的每条出线都须标明是全部同意、有人不同意还是逾期未答复时的去向。");

    public static UserMessage BpmnConsentTimer { get; } = new("bpmn.consent-timer", "意见征询到期后按流程设置走“有人不同意”或“逾期未答复”的出线，其计时边界事件不能有出线，也不能中断任务。");

    public static UserMessage BpmnTimerFlows { get; } = new("bpmn.timer-flows", "中断型计时边界事件须恰有一条出线（到期自动采用的办理结果）；非中断型不能有出线。");

    public static UserMessage BpmnOneTimer { get; } = new("bpmn.one-timer", "每个任务最多附一个计时边界事件。");

    public static UserMessage BpmnBranchWithoutCondition { get; } = new("bpmn.branch-condition", "排他网关的出线须带声明式条件，或是网关的默认出线。");

    public static UserMessage BpmnDanglingFlow(string reference) => new("bpmn.dangling-flow", $"连线指向不存在或不能连接的元素“{reference}”。");

    public static UserMessage BpmnCountersignMissing { get; } = new("bpmn.countersign-missing", "多实例任务须用本系统扩展说明会签的签署人和通过规则。");
}
