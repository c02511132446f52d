// Applies the properties panel's changes to the diagram as one command ("gk.apply"), so each
// change is one step of bpmn-js's undo and redo. The panel (server side) decides what to change;
// this file only knows how BPMN holds it (docs/bpmn-interchange.md).

import { countersign, extension, timerOf } from "./describe.js";

const center = (shape) => ({ x: shape.x + shape.width / 2, y: shape.y + shape.height / 2 });

function ApplyHandler(modeling, elementRegistry, elementFactory, bpmnFactory, moddle, canvas) {
    const element = (id) => elementRegistry.get(id) ?? (() => { throw new Error(`no element ${id}`); })();

    function setExtension(shape, bo, type, value) {
        const values = (bo.extensionElements?.values ?? []).filter((v) => !v.$instanceOf(type));
        if (value) {
            values.push(value);
        }
        if (bo.extensionElements) {
            modeling.updateModdleProperties(shape, bo.extensionElements, { values });
        } else if (values.length > 0) {
            modeling.updateModdleProperties(shape, bo, { extensionElements: bpmnFactory.create("bpmn:ExtensionElements", { values }) });
        }
    }

    function setDue(shape, op) {
        let timer = timerOf(shape);
        if (!op.workingDays && !op.duration) {
            if (timer) {
                modeling.removeElements([timer]);
            }
            return;
        }
        if (!timer) {
            const created = elementFactory.createShape({ type: "bpmn:BoundaryEvent", eventDefinitionType: "bpmn:TimerEventDefinition" });
            timer = modeling.createShape(created, { x: shape.x + shape.width - 28, y: shape.y + shape.height }, shape, { attach: true });
            modeling.updateProperties(timer, { cancelActivity: false });
        }
        const definition = timer.businessObject.eventDefinitions[0];
        const text = op.workingDays ? `P${op.workingDays}D` : op.duration;
        modeling.updateModdleProperties(timer, definition, {
            timeDuration: bpmnFactory.create("bpmn:FormalExpression", { body: text }),
            "gk:workingDays": op.workingDays ? String(op.workingDays) : undefined,
        });
        modeling.updateLabel(timer, op.label ?? text);
    }

    // The deadline outcome leaves from the timer on the task's border; any other outcome from the task.
    function setDeadline(shape, flowId) {
        const timer = timerOf(shape);
        if (!timer) {
            return;
        }
        for (const flow of [...(timer.outgoing ?? [])]) {
            if (flow.id !== flowId) {
                modeling.reconnectStart(flow, shape, center(shape));
            }
        }
        if (flowId) {
            const flow = element(flowId);
            if (flow.source !== timer) {
                modeling.reconnectStart(flow, timer, center(timer));
            }
        }
        modeling.updateProperties(timer, { cancelActivity: !!flowId });
    }

    function setCountersign(shape, value) {
        const bo = shape.businessObject;
        if (!value) {
            modeling.updateProperties(shape, { loopCharacteristics: undefined });
            setExtension(shape, bo, "gk:Countersign", null);
            return;
        }
        if (bo.loopCharacteristics?.$type !== "bpmn:MultiInstanceLoopCharacteristics" || bo.loopCharacteristics.isSequential) {
            modeling.updateProperties(shape, { loopCharacteristics: bpmnFactory.create("bpmn:MultiInstanceLoopCharacteristics", { isSequential: false }) });
        }
        const data = moddle.create("gk:Countersign", {
            signers: value.signers,
            completion: value.completion,
            atLeast: value.atLeast ? String(value.atLeast) : undefined,
            onReject: value.onReject,
            approve: value.approve ?? "",
            reject: value.reject ?? "",
        });
        data.roles = (value.roles ?? []).map((r) => moddle.create("gk:Role", { value: r }));
        data.departments = (value.departments ?? []).map((d) => moddle.create("gk:Department", { value: d }));
        setExtension(shape, bo, "gk:Countersign", data);
    }

    // A change of some of a countersign's rules, made on the drawing as it is now (not on the
    // panel's last snapshot), so two quick changes in a row never undo one another.
    function patchCountersign(shape, op) {
        const current = countersign(shape.businessObject);
        if (!current) {
            return;
        }
        const next = { ...current, ...(op.fields ?? {}) };
        if (op.list) {
            const kept = (next[op.list] ?? []).filter((v) => v !== op.item);
            next[op.list] = op.on ? [...kept, op.item] : kept;
        }
        if (op.renamed) {
            next.approve = next.approve === op.renamed.from ? op.renamed.to : next.approve;
            next.reject = next.reject === op.renamed.from ? op.renamed.to : next.reject;
        }
        if (next.completion !== "atLeast") {
            next.atLeast = null;
        }
        setCountersign(shape, next);
    }

    function setSettings(root, op) {
        const bo = root.businessObject;
        let selection;
        if (op.hasSelection) {
            selection = moddle.create("gk:Selection", { priority: String(op.priority ?? 0) });
            if (op.when) {
                selection.when = moddle.create("gk:When", { value: op.when });
            }
        }
        const settings = moddle.create("gk:Settings", { consentSilence: op.consentSilence ?? "refuse" });
        if (selection) {
            settings.selection = selection;
        }
        setExtension(root, bo, "gk:Settings", settings);
    }

    const ops = {
        name: (shape, op) => {
            if (shape === canvas.getRootElement()) {
                modeling.updateProperties(shape, { name: op.value ?? undefined });
            } else {
                modeling.updateLabel(shape, op.value ?? "");
            }
        },
        id: (shape, op) => modeling.updateProperties(shape, { id: op.value }),
        attr: (shape, op) => modeling.updateProperties(shape, { [op.name]: op.value ?? undefined }),
        flowName: (_, op) => modeling.updateLabel(element(op.flowId), op.value ?? ""),
        flowAttr: (_, op) => modeling.updateProperties(element(op.flowId), { [op.name]: op.value ?? undefined }),
        target: (_, op) => {
            const flow = element(op.flowId);
            const to = element(op.targetId);
            modeling.reconnectEnd(flow, to, center(to));
        },
        connect: (shape, op) => {
            const to = element(op.targetId);
            const flow = modeling.connect(shape, to);
            if (flow) {
                const properties = { ...(op.attrs ?? {}) };
                modeling.updateProperties(flow, properties);
                if (op.label) {
                    modeling.updateLabel(flow, op.label);
                }
            }
        },
        remove: (_, op) => modeling.removeElements([element(op.flowId)]),
        due: (shape, op) => setDue(shape, op),
        deadline: (shape, op) => setDeadline(shape, op.flowId ?? null),
        countersign: (shape, op) => setCountersign(shape, op.value ?? null),
        countersignPatch: (shape, op) => patchCountersign(shape, op),
        condition: (_, op) => {
            const flow = element(op.flowId);
            setExtension(flow, flow.businessObject, "gk:Condition", op.value ? moddle.create("gk:Condition", { value: op.value }) : null);
        },
        // The gateway's default flow is its "otherwise"; gk:otherwise marks only exported files.
        otherwise: (shape, op) => {
            for (const flow of shape.outgoing ?? []) {
                if (flow.businessObject.get("gk:otherwise")) {
                    modeling.updateProperties(flow, { "gk:otherwise": undefined });
                }
            }
            modeling.updateProperties(shape, { default: op.flowId ? element(op.flowId).businessObject : undefined });
        },
        order: (_, op) => op.flowIds.forEach((id, i) => modeling.updateProperties(element(id), { [op.name]: String(i) })),
        settings: (shape, op) => setSettings(shape, op),
    };

    this.preExecute = (context) => {
        const shape = context.elementId ? element(context.elementId) : canvas.getRootElement();
        for (const op of context.ops) {
            ops[op.op](shape, op);
        }
    };
    this.execute = () => [];
    this.revert = () => [];
}
ApplyHandler.$inject = ["modeling", "elementRegistry", "elementFactory", "bpmnFactory", "moddle", "canvas"];

/** Ids the diagram already uses (a step id must be new). */
export function idTaken(elementRegistry, id, except) {
    return elementRegistry.getAll().some((e) => e.id !== except && (e.id === id || e.businessObject?.id === id || e.businessObject?.get?.("gk:nodeId") === id));
}

export function registerApply(commandStack) {
    commandStack.registerHandler("gk.apply", ApplyHandler);
}

// New flows get the attribute their source needs, in the same undo step as the drawing: an outcome
// id and order for a task, the next free answer for a consent, an order for branches and paths.
export function autoAttributes(eventBus, modeling) {
    eventBus.on("commandStack.connection.create.postExecuted", (event) => {
        const flow = event.context.connection;
        const bo = flow.businessObject;
        if (bo.$type !== "bpmn:SequenceFlow") {
            return;
        }
        const source = flow.source;
        const sourceBo = source.businessObject;
        const task = sourceBo.$type === "bpmn:BoundaryEvent" ? source.host : source;
        const siblings = [...(task?.outgoing ?? []), ...(timerOf(task ?? source)?.outgoing ?? [])].filter((f) => f !== flow);
        const taken = (name) => new Set(siblings.map((f) => f.businessObject.get(name)).filter((v) => v !== undefined && v !== null));
        const next = (name) => String(Math.max(-1, ...[...taken(name)].map(Number).filter(Number.isFinite)) + 1);
        const properties = {};
        switch (task?.businessObject.$type) {
            case "bpmn:UserTask": {
                const outcomes = taken("gk:outcome");
                let n = siblings.length + 1;
                while (outcomes.has(`result-${n}`)) {
                    n++;
                }
                properties["gk:outcome"] = bo.get("gk:outcome") ?? `result-${n}`;
                properties["gk:index"] = next("gk:index");
                break;
            }
            case "bpmn:ReceiveTask":
                properties["gk:consent"] = bo.get("gk:consent") ?? ["agreed", "refused", "noReply"].find((c) => !taken("gk:consent").has(c)) ?? "agreed";
                break;
            case "bpmn:ExclusiveGateway":
                properties["gk:branch"] = next("gk:branch");
                break;
            case "bpmn:ParallelGateway":
                properties["gk:path"] = next("gk:path");
                break;
            default:
                return;
        }
        modeling.updateProperties(flow, properties);
    });
}
