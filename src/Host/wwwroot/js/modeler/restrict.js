// Limits bpmn-js to what the engine can run (docs/bpmn-interchange.md): the palette, the context pad
// and the replace menu offer only start, end, user task, countersign (会签), consent (receive task),
// decision (exclusive gateway), parallel split/join, publish (service task), notify (send task) and
// the timer on a task's border (its due time, and the deadline outcome leaving from it). Every word
// comes from the server's message catalogue (options.texts); bpmn-js's own words go through the
// same dictionary (translate). A read-only canvas offers nothing and refuses every command.

const LOW = 1; // providers run in priority order, highest first: ours run last and have the final say

function createEntry(services, type, className, title, options) {
    const { create, elementFactory, bpmnFactory, moddle } = services;
    const start = (event) => {
        const shape = elementFactory.createShape({ type, ...(options?.shape ?? {}) });
        options?.prepare?.(shape.businessObject, bpmnFactory, moddle);
        create.start(event, shape);
    };
    return { group: options?.group ?? "model", className, title, action: { dragstart: start, click: start } };
}

function prepareCountersign(bo, bpmnFactory, moddle) {
    bo.loopCharacteristics = bpmnFactory.create("bpmn:MultiInstanceLoopCharacteristics", { isSequential: false });
    const countersign = moddle.create("gk:Countersign", { signers: "roles", completion: "all", onReject: "returnStep", approve: "", reject: "" });
    bo.extensionElements = bpmnFactory.create("bpmn:ExtensionElements", { values: [countersign] });
}

function PaletteFilter(palette, create, elementFactory, bpmnFactory, moddle, config) {
    const texts = config.gkTexts;
    const services = { create, elementFactory, bpmnFactory, moddle };
    palette.registerProvider(LOW, {
        getPaletteEntries: () => (entries) => config.gkReadOnly ? {} : {
            "hand-tool": entries["hand-tool"],
            "lasso-tool": entries["lasso-tool"],
            "global-connect-tool": entries["global-connect-tool"],
            "tool-separator": entries["tool-separator"],
            "create.start-event": createEntry(services, "bpmn:StartEvent", "bpmn-icon-start-event-none", texts["palette.start"], { group: "event" }),
            "create.end-event": createEntry(services, "bpmn:EndEvent", "bpmn-icon-end-event-none", texts["palette.end"], { group: "event" }),
            "create.timer": createEntry(services, "bpmn:IntermediateCatchEvent", "bpmn-icon-intermediate-event-catch-timer", texts["palette.timer"],
                { group: "event", shape: { eventDefinitionType: "bpmn:TimerEventDefinition" } }),
            "create.user-task": createEntry(services, "bpmn:UserTask", "bpmn-icon-user-task", texts["palette.user-task"], { group: "activity" }),
            "create.countersign": createEntry(services, "bpmn:UserTask", "bpmn-icon-parallel-mi-marker", texts["palette.countersign"],
                { group: "activity", prepare: prepareCountersign }),
            "create.consent": createEntry(services, "bpmn:ReceiveTask", "bpmn-icon-receive-task", texts["palette.consent"], { group: "activity" }),
            "create.publish": createEntry(services, "bpmn:ServiceTask", "bpmn-icon-service-task", texts["palette.publish"], { group: "activity" }),
            "create.notify": createEntry(services, "bpmn:SendTask", "bpmn-icon-send-task", texts["palette.notify"], { group: "activity" }),
            "create.decision": createEntry(services, "bpmn:ExclusiveGateway", "bpmn-icon-gateway-xor", texts["palette.decision"], { group: "gateway" }),
            "create.parallel": createEntry(services, "bpmn:ParallelGateway", "bpmn-icon-gateway-parallel", texts["palette.parallel"], { group: "gateway" }),
        },
    });
}
PaletteFilter.$inject = ["palette", "create", "elementFactory", "bpmnFactory", "moddle", "config"];

function appendEntry(services, type, className, title) {
    const { elementFactory, autoPlace } = services;
    return {
        group: "model",
        className,
        title,
        action: { click: (_, element) => autoPlace.append(element, elementFactory.createShape({ type })) },
    };
}

function ContextPadFilter(contextPad, elementFactory, autoPlace, config) {
    const texts = config.gkTexts;
    const services = { elementFactory, autoPlace };
    contextPad.registerProvider(LOW, {
        getContextPadEntries: (element) => (entries) => {
            if (config.gkReadOnly) {
                return {};
            }
            const kept = {};
            for (const id of ["delete", "connect", "replace"]) {
                if (entries[id]) {
                    kept[id] = entries[id];
                }
            }
            const bo = element.businessObject;
            const appendable = bo.$instanceOf("bpmn:FlowNode") && !bo.$instanceOf("bpmn:EndEvent") && !bo.$instanceOf("bpmn:BoundaryEvent");
            if (appendable) {
                kept["append.user-task"] = appendEntry(services, "bpmn:UserTask", "bpmn-icon-user-task", texts["append.user-task"]);
                kept["append.decision"] = appendEntry(services, "bpmn:ExclusiveGateway", "bpmn-icon-gateway-xor", texts["append.decision"]);
                kept["append.parallel"] = appendEntry(services, "bpmn:ParallelGateway", "bpmn-icon-gateway-parallel", texts["append.parallel"]);
                kept["append.end"] = appendEntry(services, "bpmn:EndEvent", "bpmn-icon-end-event-none", texts["append.end"]);
            }
            return kept;
        },
    });
}
ContextPadFilter.$inject = ["contextPad", "elementFactory", "autoPlace", "config"];

// Which kinds an element may become: tasks among tasks, gateways among gateways; events stay.
const REPLACEMENTS = {
    task: [
        ["bpmn:UserTask", "bpmn-icon-user-task", "palette.user-task"],
        ["bpmn:ReceiveTask", "bpmn-icon-receive-task", "palette.consent"],
        ["bpmn:ServiceTask", "bpmn-icon-service-task", "palette.publish"],
        ["bpmn:SendTask", "bpmn-icon-send-task", "palette.notify"],
    ],
    gateway: [
        ["bpmn:ExclusiveGateway", "bpmn-icon-gateway-xor", "palette.decision"],
        ["bpmn:ParallelGateway", "bpmn-icon-gateway-parallel", "palette.parallel"],
    ],
};

function ReplaceFilter(popupMenu, bpmnReplace, config) {
    const texts = config.gkTexts;
    popupMenu.registerProvider("bpmn-replace", LOW, {
        getPopupMenuEntries: (element) => () => {
            const bo = element.businessObject;
            const group = config.gkReadOnly ? null
                : bo.$instanceOf("bpmn:Task") ? REPLACEMENTS.task
                : bo.$instanceOf("bpmn:Gateway") ? REPLACEMENTS.gateway
                : null;
            const entries = {};
            for (const [type, className, text] of group ?? []) {
                if (bo.$type !== type) {
                    entries[`replace-with-${type}`] = {
                        label: texts[text],
                        className,
                        action: () => bpmnReplace.replaceElement(element, { type }),
                    };
                }
            }
            return entries;
        },
        getPopupMenuHeaderEntries: () => () => ({}),
    });
}
ReplaceFilter.$inject = ["popupMenu", "bpmnReplace", "config"];

// A read-only canvas (a published version, the running items, a dry run) changes nothing.
function ReadOnly(eventBus, config) {
    if (!config.gkReadOnly) {
        return;
    }
    eventBus.on("commandStack.canExecute", 100000, () => false);
    eventBus.on(["element.dblclick", "directEditing.activate"], 100000, () => false);
}
ReadOnly.$inject = ["eventBus", "config"];

// The providers read config.gkTexts and config.gkReadOnly: the canvas passes both as options.
export function restrictions(texts) {
    const translate = (template, replacements) =>
        (texts[template] ?? template).replace(/{([^}]+)}/g, (_, key) => replacements?.[key] ?? `{${key}}`);
    return {
        __init__: ["gkPalette", "gkContextPad", "gkReplace", "gkReadOnly"],
        translate: ["value", translate],
        gkPalette: ["type", PaletteFilter],
        gkContextPad: ["type", ContextPadFilter],
        gkReplace: ["type", ReplaceFilter],
        gkReadOnly: ["type", ReadOnly],
    };
}
