// Draws a definition with Mermaid (wwwroot/lib/mermaid, MIT), loaded on first use from this site:
// the staff pages' policy allows script from 'self' only. Mermaid's strict security level
// sanitises every label; nothing here evaluates text as code.
let loading;
let counter = 0;
const latest = new WeakMap();

function load() {
    if (window.mermaid) {
        return Promise.resolve(window.mermaid);
    }
    loading ??= new Promise((resolve, reject) => {
        const script = document.createElement("script");
        script.src = "/lib/mermaid/mermaid.min.js";
        script.addEventListener("load", () => {
            window.mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: "neutral", flowchart: { htmlLabels: true } });
            resolve(window.mermaid);
        });
        script.addEventListener("error", () => reject(new Error("mermaid did not load")));
        document.head.appendChild(script);
    });
    return loading;
}

// Returns whether the text could be drawn. A drawing requested while an older one is still being
// made replaces it: only the latest text is put on the page.
export async function draw(element, text) {
    latest.set(element, text);
    const mermaid = await load();
    const id = `diagram-${++counter}`;
    try {
        const { svg } = await mermaid.render(id, text);
        if (latest.get(element) === text) {
            element.innerHTML = svg;
        }
        return true;
    } catch {
        document.getElementById(id)?.remove();
        document.getElementById(`d${id}`)?.remove();
        return false;
    }
}
