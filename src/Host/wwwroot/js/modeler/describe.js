// Reads the diagram the way the server's importer will (docs/bpmn-interchange.md), for the
// properties panel: a node's kind and attributes, its outgoing flows as outcomes, branches, paths
// or consent answers, its timer (due time, deadline outcome) and its countersign. Plain data only.

const KINDS = {
    "bpmn:StartEvent": "start",
    "bpmn:EndEvent": "end",
    "bpmn:UserTask": "userTask",
    "bpmn:ReceiveTask": "consent",
    "bpmn:ExclusiveGateway": "decision",
    "bpmn:ServiceTask": "publish",
    "bpmn:SendTask": "notify",
    "bpmn:SequenceFlow": "flow",
    "bpmn:BoundaryEvent": "timer",
    "bpmn:Process": "process",
};

export function nodeIdOf(bo) {
    return bo.get("gk:nodeId") || bo.id;
}

export function kindOf(element) {
    const bo = element.businessObject;
    if (bo.$type === "bpmn:ParallelGateway") {
        const outgoing = element.outgoing?.length ?? 0;
        return outgoing > 1 || (outgoing <= 1 && (element.incoming?.length ?? 0) <= 1 && bo.gatewayDirection === "Diverging") ? "parallelSplit" : "parallelJoin";
    }
    return KINDS[bo.$type] ?? "other";
}

export function extension(bo, type) {
    return (bo.extensionElements?.values ?? []).find((v) => v.$instanceOf(type));
}

export function timerOf(element) {
    return (element.attachers ?? []).find((a) => a.businessObject.$type === "bpmn:BoundaryEvent"
        && (a.businessObject.eventDefinitions ?? []).some((d) => d.$type === "bpmn:TimerEventDefinition"));
}

function number(text) {
    const value = Number.parseInt(text ?? "", 10);
    return Number.isFinite(value) ? value : null;
}

function target(flow) {
    const bo = flow.target?.businessObject;
    return bo ? { elementId: bo.id, nodeId: nodeIdOf(bo), name: bo.name ?? null } : null;
}

function flowOf(flow, fromTimer, defaultFlow) {
    const bo = flow.businessObject;
    return {
        flowId: bo.id,
        label: bo.name ?? null,
        outcome: bo.get("gk:outcome") ?? null,
        target: target(flow),
        requiresComment: bo.get("gk:requiresComment") === "true",
        requiresExemption: bo.get("gk:requiresExemption") === "true",
        fromTimer,
        consent: bo.get("gk:consent") ?? null,
        condition: extension(bo, "gk:Condition")?.value ?? null,
        isDefault: defaultFlow === bo || bo.get("gk:otherwise") === "true",
        order: number(bo.get("gk:index") ?? bo.get("gk:branch") ?? bo.get("gk:path")),
    };
}

function ordered(flows) {
    return flows.map((f, i) => ({ f, i }))
        .sort((a, b) => (a.f.order ?? Number.MAX_SAFE_INTEGER) - (b.f.order ?? Number.MAX_SAFE_INTEGER) || a.i - b.i)
        .map((x) => x.f);
}

function due(timer) {
    if (!timer) {
        return null;
    }
    const definition = timer.businessObject.eventDefinitions[0];
    return {
        timerId: timer.id,
        workingDays: number(definition.get("gk:workingDays")),
        duration: definition.timeDuration?.body?.trim() || null,
        interrupting: timer.businessObject.cancelActivity !== false,
    };
}

export function countersign(bo) {
    if (!bo.loopCharacteristics && !extension(bo, "gk:Countersign")) {
        return null;
    }
    const data = extension(bo, "gk:Countersign");
    return {
        multiInstance: bo.loopCharacteristics?.$type === "bpmn:MultiInstanceLoopCharacteristics" && bo.loopCharacteristics.isSequential !== true,
        signers: data?.signers ?? null,
        roles: (data?.roles ?? []).map((r) => r.value),
        departments: (data?.departments ?? []).map((d) => d.value),
        completion: data?.completion ?? null,
        atLeast: number(data?.atLeast),
        onReject: data?.onReject ?? null,
        approve: data?.approve ?? null,
        reject: data?.reject ?? null,
    };
}

function settings(bo) {
    const data = bo ? extension(bo, "gk:Settings") : null;
    return {
        consentSilence: data?.consentSilence ?? null,
        hasSelection: !!data?.selection,
        priority: number(data?.selection?.priority),
        when: data?.selection?.when?.value ?? null,
    };
}

function processOf(elementRegistry) {
    return elementRegistry.find((e) => e.businessObject.$type === "bpmn:Process")?.businessObject;
}

/** Every node a flow may lead to, for the panel's "where to" choices, in drawing order (left to right). */
export function targets(elementRegistry) {
    return elementRegistry.filter((e) => e.businessObject.$instanceOf("bpmn:FlowNode") && !e.businessObject.$instanceOf("bpmn:BoundaryEvent") && !e.labelTarget)
        .sort((a, b) => a.x - b.x || a.y - b.y)
        .map((e) => ({ elementId: e.id, nodeId: nodeIdOf(e.businessObject), name: e.businessObject.name ?? null, kind: kindOf(e) }));
}

/**
 * Every outcome of the user tasks (for conditions on the last outcome): its id as the importer reads
 * it, its label (the flow's name, what the person acting saw) and the step it leaves, steps left to right.
 */
function outcomes(elementRegistry) {
    const list = [];
    const tasks = elementRegistry.filter((e) => e.businessObject.$type === "bpmn:UserTask" && !e.labelTarget)
        .sort((a, b) => a.x - b.x || a.y - b.y);
    for (const task of tasks) {
        const bo = task.businessObject;
        const flows = ordered([
            ...(task.outgoing ?? []).map((f) => flowOf(f, false, null)),
            ...(timerOf(task)?.outgoing ?? []).map((f) => flowOf(f, true, null)),
        ]);
        for (const flow of flows) {
            list.push({ id: flow.outcome || flow.flowId, label: flow.label, step: bo.name || nodeIdOf(bo) });
        }
    }
    return list;
}

/**
 * The panel's view of an element. A flow or a timer is shown as part of the node it leaves from
 * (the outcome, branch or due time is a property of that node), with the flow marked as selected.
 */
export function describe(element, elementRegistry) {
    let node = element;
    let selectedFlowId = null;
    if (element.businessObject.$type === "bpmn:SequenceFlow") {
        selectedFlowId = element.id;
        node = element.source;
    }
    if (node?.businessObject.$type === "bpmn:BoundaryEvent" && node.host) {
        node = node.host;
    }
    if (element.labelTarget) {
        return describe(element.labelTarget, elementRegistry);
    }
    const bo = node.businessObject;
    const kind = kindOf(node);
    const timer = kind === "userTask" || kind === "consent" ? timerOf(node) : null;
    const flows = ordered([
        ...(node.outgoing ?? []).map((f) => flowOf(f, false, bo.default)),
        ...(timer?.outgoing ?? []).map((f) => flowOf(f, true, null)),
    ]);
    return {
        elementId: node.id,
        nodeId: bo.$type === "bpmn:Process" ? null : nodeIdOf(bo),
        kind,
        bpmnType: bo.$type,
        name: bo.name ?? null,
        selectedFlowId,
        role: bo.get?.("camunda:candidateGroups") ?? null,
        purpose: bo.get?.("gk:purpose") ?? null,
        byResponsibleBody: bo.get?.("gk:byResponsibleBody") === "true",
        result: bo.get?.("gk:result") ?? null,
        to: bo.get?.("gk:to") ?? null,
        message: bo.get?.("gk:message") ?? null,
        due: due(timer),
        flows,
        incoming: node.incoming?.length ?? 0,
        countersign: kind === "userTask" ? countersign(bo) : null,
        englishName: bo.$type === "bpmn:Process" ? bo.get("gk:englishName") ?? null : null,
        settings: bo.$type === "bpmn:Process" ? settings(bo) : null,
        processSilence: settings(processOf(elementRegistry)).consentSilence,
        targets: targets(elementRegistry),
        outcomes: kind === "decision" || bo.$type === "bpmn:Process" ? outcomes(elementRegistry) : [],
    };
}
