// What bpmn-js must know of the two foreign namespaces a definition's BPMN file uses, so it reads,
// edits and writes them as typed properties (docs/bpmn-interchange.md): Camunda's candidate group
// (the task's role) and ours (gk), which carries what BPMN has no word for. Every gk attribute is a
// string here, exactly as written in the file; the server's importer reads and checks the values.

const attr = (name) => ({ name, isAttr: true, type: "String" });

export const camunda = {
    name: "Camunda",
    uri: "http://camunda.org/schema/1.0/bpmn",
    prefix: "camunda",
    xml: { tagAlias: "lowerCase" },
    associations: [],
    types: [
        { name: "CandidateGroups", extends: ["bpmn:UserTask"], properties: [attr("candidateGroups")] },
    ],
};

export const gk = {
    name: "Disclosure",
    uri: "https://yonganjie.example/schemas/bpmn/disclosure/1.0",
    prefix: "gk",
    xml: { tagAlias: "lowerCase" },
    associations: [],
    types: [
        {
            name: "NodeAttributes",
            extends: ["bpmn:FlowNode"],
            properties: ["nodeId", "purpose", "byResponsibleBody", "result", "to", "message"].map(attr),
        },
        {
            name: "FlowAttributes",
            extends: ["bpmn:SequenceFlow"],
            properties: ["outcome", "index", "requiresComment", "requiresExemption", "consent", "branch", "otherwise", "path"].map(attr),
        },
        { name: "ProcessAttributes", extends: ["bpmn:Process"], properties: ["key", "englishName"].map(attr) },
        { name: "TimerAttributes", extends: ["bpmn:TimerEventDefinition"], properties: [attr("workingDays")] },
        { name: "ShapeAttributes", extends: ["bpmndi:BPMNShape"], properties: [attr("generated")] },
        {
            name: "Countersign",
            superClass: ["Element"],
            properties: [
                ...["signers", "completion", "atLeast", "onReject", "approve", "reject"].map(attr),
                { name: "roles", type: "Role", isMany: true },
                { name: "departments", type: "Department", isMany: true },
            ],
        },
        { name: "Role", superClass: ["Element"], properties: [{ name: "value", type: "String", isBody: true }] },
        { name: "Department", superClass: ["Element"], properties: [{ name: "value", type: "String", isBody: true }] },
        { name: "Condition", superClass: ["Element"], properties: [{ name: "value", type: "String", isBody: true }] },
        {
            name: "Settings",
            superClass: ["Element"],
            properties: [attr("consentSilence"), { name: "selection", type: "Selection" }],
        },
        {
            name: "Selection",
            superClass: ["Element"],
            properties: [attr("priority"), { name: "when", type: "When" }],
        },
        { name: "When", superClass: ["Element"], properties: [{ name: "value", type: "String", isBody: true }] },
    ],
};
