// What the screens draw on the diagram: validation problems on the shapes they concern, the
// running items' counts per node (Cockpit-style), and the path one item took. Text is set with
// textContent only; nothing from the server is ever read as HTML.

import { nodeIdOf } from "./describe.js";

const div = (className, text, title) => {
    const element = document.createElement("div");
    element.className = className;
    if (text !== undefined) {
        element.textContent = text;
    }
    if (title) {
        element.title = title;
    }
    return element;
};

/** The shape of a node id (its element id, or the element keeping it in gk:nodeId), or of an element id. */
export function shapeOf(elementRegistry, id) {
    if (!id) {
        return null;
    }
    return elementRegistry.find((e) => !e.labelTarget && e.businessObject?.$instanceOf?.("bpmn:FlowNode") && nodeIdOf(e.businessObject) === id)
        ?? elementRegistry.get(id) ?? null;
}

export class Marks {
    constructor(modeler) {
        this.canvas = modeler.get("canvas");
        this.overlays = modeler.get("overlays");
        this.elementRegistry = modeler.get("elementRegistry");
    }

    // Every element that carries the mark, not the ids marked: a step renamed since keeps its graphics
    // under its new id, and its red border must still go when its problem is solved.
    clear(kind, overlayType) {
        for (const element of this.elementRegistry.getAll()) {
            if (this.canvas.hasMarker(element, `gk-${kind}`)) {
                this.canvas.removeMarker(element, `gk-${kind}`);
            }
        }
        if (overlayType) {
            this.overlays.remove({ type: overlayType });
        }
    }

    mark(kind, element) {
        this.canvas.addMarker(element, `gk-${kind}`);
    }

    /** problems: [{ nodeId?, elementId?, message }]; returns the ones no shape could take. */
    problems(problems) {
        this.clear("problem", "gk-problem");
        const byShape = new Map();
        const loose = [];
        for (const problem of problems) {
            const shape = shapeOf(this.elementRegistry, problem.elementId) ?? shapeOf(this.elementRegistry, problem.nodeId);
            if (!shape) {
                loose.push(problem);
                continue;
            }
            if (!byShape.has(shape)) {
                byShape.set(shape, []);
            }
            byShape.get(shape).push(problem.message);
        }
        for (const [shape, messages] of byShape) {
            this.mark("problem", shape);
            const box = div("gk-problem-box");
            box.dataset.element = shape.id;
            box.dataset.node = nodeIdOf(shape.businessObject);
            for (const message of messages) {
                // Long path rules are cut after three lines on the canvas; the whole text is in the list
                // beside the drawing (the box lets the pointer through to the shapes it may cover).
                box.appendChild(div("gk-problem-line", message));
            }
            const position = shape.waypoints ? { top: 0, left: 0 } : { top: shape.height + 6, left: 0 };
            this.overlays.add(shape, "gk-problem", { position, html: box, scale: { min: 0.6, max: 1.2 } });
        }
        return loose;
    }

    /** nodes: [{ nodeId, openTasks, overdueTasks, items }]; texts: titles of the two badges. */
    activity(nodes, texts) {
        this.clear("busy", "gk-activity");
        for (const node of nodes) {
            const shape = shapeOf(this.elementRegistry, node.nodeId);
            if (!shape || (node.openTasks === 0 && node.items === 0)) {
                continue;
            }
            this.mark("busy", shape);
            const badges = div("gk-badges");
            badges.dataset.node = node.nodeId;
            const open = div("gk-badge gk-open", String(node.openTasks || node.items), texts.open);
            open.dataset.count = "open";
            badges.appendChild(open);
            if (node.overdueTasks > 0) {
                const late = div("gk-badge gk-overdue", String(node.overdueTasks), texts.overdue);
                late.dataset.count = "overdue";
                badges.appendChild(late);
            }
            this.overlays.add(shape, "gk-activity", { position: { top: -12, right: 12 }, html: badges });
        }
    }

    /** The nodes and edges an item took (node ids), and where it waits now. */
    path(nodes, edges, current) {
        this.clear("path");
        this.clear("current");
        const seen = new Set();
        for (const id of nodes) {
            const shape = shapeOf(this.elementRegistry, id);
            if (shape && !seen.has(shape.id)) {
                seen.add(shape.id);
                this.mark("path", shape);
            }
        }
        for (const edge of edges) {
            for (const flow of this.flowsBetween(edge.from, edge.to)) {
                this.mark("path", flow);
            }
        }
        for (const id of current) {
            const shape = shapeOf(this.elementRegistry, id);
            if (shape) {
                this.mark("current", shape);
            }
        }
    }

    flowsBetween(from, to) {
        const source = shapeOf(this.elementRegistry, from);
        const target = shapeOf(this.elementRegistry, to);
        if (!source || !target) {
            return [];
        }
        const leaving = [...(source.outgoing ?? []), ...(source.attachers ?? []).flatMap((a) => a.outgoing ?? [])];
        return leaving.filter((flow) => flow.target === target);
    }
}
