// The process modeler's canvas: bpmn-js (wwwroot/lib/bpmn-js, MIT with the bpmn.io watermark,
// which stays visible) loaded from this site on first use, limited to the engine's node kinds,
// speaking the catalogue's Chinese. The server renders the properties panel and decides every
// change; this module draws, reports the selection and applies changes as undoable commands.

import { camunda, gk } from "./moddle.js";
import { restrictions } from "./restrict.js";
import { describe, kindOf } from "./describe.js";
import { registerApply, autoAttributes, idTaken } from "./apply.js";
import { Marks, shapeOf } from "./overlays.js";

const LIBRARY = "/lib/bpmn-js/";
let loading;

function stylesheet(href) {
    if (!document.querySelector(`link[data-gk-style="${href}"]`)) {
        const link = document.createElement("link");
        link.rel = "stylesheet";
        link.href = href;
        link.dataset.gkStyle = href;
        document.head.appendChild(link);
    }
}

function load() {
    for (const css of ["assets/diagram-js.css", "assets/bpmn-js.css", "assets/bpmn-font/css/bpmn.css"]) {
        stylesheet(LIBRARY + css);
    }
    stylesheet("/css/modeler.css");
    if (window.BpmnJS) {
        return Promise.resolve(window.BpmnJS);
    }
    loading ??= new Promise((resolve, reject) => {
        const script = document.createElement("script");
        script.src = LIBRARY + "bpmn-modeler.production.min.js";
        script.addEventListener("load", () => resolve(window.BpmnJS));
        script.addEventListener("error", () => reject(new Error("bpmn-js did not load")));
        document.head.appendChild(script);
    });
    return loading;
}

// Parallel gateways say which way they go from how they are drawn, so the file reads back the same.
function normaliseGateways(elementRegistry) {
    for (const element of elementRegistry.filter((e) => e.businessObject.$type === "bpmn:ParallelGateway")) {
        element.businessObject.gatewayDirection = kindOf(element) === "parallelSplit" ? "Diverging" : "Converging";
    }
}

/**
 * Draws the XML in the container. options: { xml, readOnly, texts }. Returns the handle the
 * component calls; the component's .NET object receives OnSelected(snapshot), OnChanged(state)
 * and OnNodeClicked(nodeId).
 */
export async function create(container, dotnet, options) {
    const BpmnJS = await load();
    const modeler = new BpmnJS({
        container,
        moddleExtensions: { camunda, gk },
        additionalModules: [restrictions(options.texts)],
        gkTexts: options.texts,
        gkReadOnly: !!options.readOnly,
    });
    container.classList.toggle("gk-readonly", !!options.readOnly);
    const { warnings } = await modeler.importXML(options.xml);
    if (warnings.length > 0) {
        console.warn("bpmn-js import warnings", warnings);
    }

    const canvas = modeler.get("canvas");
    const eventBus = modeler.get("eventBus");
    const elementRegistry = modeler.get("elementRegistry");
    const commandStack = modeler.get("commandStack");
    const selection = modeler.get("selection");
    const marks = new Marks(modeler);
    registerApply(commandStack);
    if (!options.readOnly) {
        autoAttributes(eventBus, modeler.get("modeling"));
    }
    canvas.zoom("fit-viewport", "auto");

    let selected = null;
    const snapshot = () => describe(selected && elementRegistry.get(selected.id) ? selected : canvas.getRootElement(), elementRegistry);
    const report = () => dotnet.invokeMethodAsync("OnSelected", snapshot()).catch(() => { });
    eventBus.on("selection.changed", (event) => {
        selected = event.newSelection.length === 1 ? event.newSelection[0] : null;
        report();
    });
    eventBus.on("commandStack.changed", () => {
        report();
        dotnet.invokeMethodAsync("OnChanged", { canUndo: commandStack.canUndo(), canRedo: commandStack.canRedo() }).catch(() => { });
    });
    eventBus.on("element.click", (event) => {
        const element = event.element.labelTarget ?? event.element;
        if (options.readOnly && element.businessObject.$instanceOf("bpmn:FlowNode")) {
            dotnet.invokeMethodAsync("OnNodeClicked", describe(element, elementRegistry).nodeId).catch(() => { });
        }
    });
    report();

    return {
        /** The diagram as a BPMN file, as bytes (streamed: larger than a circuit message may be). */
        async xml() {
            normaliseGateways(elementRegistry);
            const { xml } = await modeler.saveXML({ format: true });
            return new TextEncoder().encode(xml);
        },
        /** Changes from the panel, one undo step; false when the element is gone. */
        apply(elementId, ops) {
            if (elementId && !elementRegistry.get(elementId)) {
                return false;
            }
            commandStack.execute("gk.apply", { elementId, ops });
            if (elementId && !elementRegistry.get(elementId)) {
                // The step id changed: keep it selected under its new id.
                const renamed = ops.find((op) => op.op === "id");
                const element = renamed && elementRegistry.get(renamed.value);
                if (element) {
                    selection.select(element);
                }
            }
            return true;
        },
        idTaken: (id, except) => idTaken(elementRegistry, id, except),
        select(id) {
            const shape = shapeOf(elementRegistry, id);
            if (shape) {
                selection.select(shape);
                canvas.scrollToElement(shape);
            }
        },
        undo: () => commandStack.undo(),
        redo: () => commandStack.redo(),
        fit: () => canvas.zoom("fit-viewport", "auto"),
        problems: (problems) => marks.problems(problems).length,
        activity: (nodes, texts) => marks.activity(nodes, texts),
        path: (nodes, edges, current) => marks.path(nodes, edges, current),
        destroy: () => modeler.destroy(),
    };
}
