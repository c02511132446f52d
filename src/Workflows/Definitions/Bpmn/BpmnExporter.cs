using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using static Disclosure.Workflows.Definitions.Bpmn.BpmnNames;

namespace Disclosure.Workflows.Definitions.Bpmn;

/// <summary>
/// Writes a definition as a BPMN 2.0 file that Camunda Modeler and bpmn-js open: user tasks with
/// candidate groups, exclusive and parallel gateways, receive tasks for consent, service and send
/// tasks for publish and notify, timer boundary events for due times, multi-instance loops for
/// countersigns, and a diagram (stored positions, else a generated layered layout). Everything the
/// engine needs and BPMN cannot say is in our extension namespace, so <see cref="BpmnImporter"/>
/// reads the file back to the same document.
/// </summary>
public static class BpmnExporter
{
    private static readonly JsonSerializerOptions Compact = new(ProcessDocument.JsonOptions) { WriteIndented = false };

    public static string Export(ProcessDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var ids = ElementIds(document);
        var processId = IsXmlId(document.Key) ? document.Key : "Process_1";
        var process = new XElement(Model + "process",
            new XAttribute("id", processId), new XAttribute("name", document.Name), new XAttribute("isExecutable", "true"),
            new XAttribute(Gk + "key", document.Key), new XAttribute(Gk + "englishName", document.EnglishName),
            new XElement(Model + "extensionElements", Settings(document.Settings)));

        var flows = new List<Flow>();
        var elements = new Dictionary<string, XElement>(StringComparer.Ordinal);
        var timers = new List<(XElement Timer, string Node)>();
        foreach (var node in document.Nodes.Where(n => ids.ContainsKey(n.Id)))
        {
            var element = Element(node, ids[node.Id]);
            elements[node.Id] = element;
            process.Add(element);
            var timerId = $"Timer_{ids[node.Id]}";
            if (node.Due is { } due && node.Kind is NodeKind.UserTask or NodeKind.Consent)
            {
                timers.Add((Timer(node, due, timerId, ids[node.Id]), node.Id));
            }

            flows.AddRange(FlowsOf(node, ids, node.DeadlineOutcome is not null && node.Due is not null ? timerId : null));
        }

        foreach (var (timer, _) in timers)
        {
            process.Add(timer);
        }

        var counter = 0;
        foreach (var flow in flows)
        {
            flow.Id = $"Flow_{++counter}";
            var element = new XElement(Model + "sequenceFlow", new XAttribute("id", flow.Id), flow.Name is null ? null : new XAttribute("name", flow.Name),
                new XAttribute("sourceRef", flow.SourceXmlId), new XAttribute("targetRef", ids[flow.Target]), flow.Attributes,
                flow.Condition is null ? null : new XElement(Model + "extensionElements", new XElement(Gk + "condition", JsonSerializer.Serialize(flow.Condition, Compact))));
            process.Add(element);
            (flow.SourceXmlId.StartsWith("Timer_", StringComparison.Ordinal) ? timers.Single(t => (string)t.Timer.Attribute("id")! == flow.SourceXmlId).Timer : elements[flow.Source])
                .Add(new XElement(Model + "outgoing", flow.Id));
            AddIncoming(elements[flow.Target], flow.Id);
            if (flow.IsDefault)
            {
                elements[flow.Source].Add(new XAttribute("default", flow.Id));
            }
        }

        foreach (var element in elements.Values)
        {
            OrderChildren(element);
        }

        var definitions = new XElement(Model + "definitions",
            new XAttribute(XNamespace.Xmlns + "bpmn", Model), new XAttribute(XNamespace.Xmlns + "bpmndi", Di), new XAttribute(XNamespace.Xmlns + "dc", Dc),
            new XAttribute(XNamespace.Xmlns + "di", DdDi), new XAttribute(XNamespace.Xmlns + "xsi", Xsi), new XAttribute(XNamespace.Xmlns + "camunda", Camunda),
            new XAttribute(XNamespace.Xmlns + "gk", Gk),
            new XAttribute("id", "Definitions_1"), new XAttribute("targetNamespace", "https://yonganjie.example/bpmn"),
            new XAttribute("exporter", "政务公开工作流系统"), new XAttribute("exporterVersion", "1.0"),
            process, Diagram(document, ids, processId, flows, timers));
        return new XDocument(new XDeclaration("1.0", "UTF-8", null), definitions).Declaration + Environment.NewLine + definitions;
    }

    /// <summary>Node id → XML id: the node's own id when it is a valid XML id, else Node_n (the id is kept in gk:nodeId).</summary>
    internal static Dictionary<string, string> ElementIds(ProcessDocument document)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var node in document.Nodes)
        {
            index++;
            if (string.IsNullOrEmpty(node.Id) || ids.ContainsKey(node.Id))
            {
                continue;
            }

            ids[node.Id] = IsOwnId(node.Id) ? node.Id : $"Node_{index}";
        }

        return ids;
    }

    /// <summary>
    /// Whether a node id is written as the element's own id: a valid XML id not shaped like the ids
    /// the exporter generates itself. The modeler allows only such step ids.
    /// </summary>
    public static bool IsOwnId(string id) =>
        IsXmlId(id) && !id.StartsWith("Flow_", StringComparison.Ordinal) && !id.StartsWith("Timer_", StringComparison.Ordinal)
        && !id.StartsWith("Node_", StringComparison.Ordinal) && !id.EndsWith("_di", StringComparison.Ordinal)
        && id is not ("Definitions_1" or "Process_1" or "Diagram_1");

    private static XElement Settings(ProcessSettings settings) =>
        new(Gk + "settings", new XAttribute("consentSilence", Camel(settings.ConsentSilence)),
            settings.Subject is { } subject ? new XAttribute("subject", Camel(subject)) : null,
            settings.Selection is { } selection
                ? new XElement(Gk + "selection", new XAttribute("priority", selection.Priority),
                    selection.When is null ? null : new XElement(Gk + "when", JsonSerializer.Serialize(selection.When, Compact)))
                : null,
            settings.Clock is { } clock
                ? new XElement(Gk + "clock", new XAttribute("name", clock.Name), new XAttribute("workingDays", clock.WorkingDays),
                    new XAttribute("remindWorkingDays", clock.RemindWorkingDays),
                    clock.Extension is { } extension
                        ? new XElement(Gk + "extension", new XAttribute("role", extension.Role), new XAttribute("times", extension.Times),
                            new XAttribute("maxWorkingDays", extension.MaxWorkingDays))
                        : null)
                : null);

    private static XElement Element(NodeDocument node, string xmlId)
    {
        var name = node.Kind switch
        {
            NodeKind.Start => "startEvent",
            NodeKind.End => "endEvent",
            NodeKind.UserTask => "userTask",
            NodeKind.Consent => "receiveTask",
            NodeKind.Decision => "exclusiveGateway",
            NodeKind.Publish => "serviceTask",
            NodeKind.Notify => "sendTask",
            _ => "parallelGateway",
        };
        var element = new XElement(Model + name, new XAttribute("id", xmlId), node.Name is null ? null : new XAttribute("name", node.Name));
        if (xmlId != node.Id)
        {
            element.Add(new XAttribute(Gk + "nodeId", node.Id));
        }

        element.Add(
            node.Purpose == NodePurpose.None ? null : new XAttribute(Gk + "purpose", Camel(node.Purpose)),
            node.Role is null ? null : new XAttribute(Camunda + "candidateGroups", node.Role),
            node.ByResponsibleBody ? new XAttribute(Gk + "byResponsibleBody", "true") : null,
            node.Clock is { } effect ? new XAttribute(Gk + "clock", Camel(effect)) : null,
            node.Result is { } result ? new XAttribute(Gk + "result", Camel(result)) : null,
            node.To is null ? null : new XAttribute(Gk + "to", node.To),
            node.Message is null ? null : new XAttribute(Gk + "message", node.Message),
            node.Kind == NodeKind.ParallelSplit ? new XAttribute("gatewayDirection", "Diverging") : null,
            node.Kind == NodeKind.ParallelJoin ? new XAttribute("gatewayDirection", "Converging") : null,
            node.Kind == NodeKind.Decision ? new XAttribute("gatewayDirection", "Diverging") : null);
        if (node.Countersign is { } countersign)
        {
            element.Add(new XElement(Model + "extensionElements", new XElement(Gk + "countersign",
                new XAttribute("signers", Camel(countersign.Signers)), new XAttribute("completion", Camel(countersign.Completion)),
                countersign.AtLeast is { } atLeast ? new XAttribute("atLeast", atLeast) : null,
                new XAttribute("onReject", Camel(countersign.OnReject)), new XAttribute("approve", countersign.Approve), new XAttribute("reject", countersign.Reject),
                countersign.Roles?.Select(r => new XElement(Gk + "role", r)),
                countersign.Departments?.Select(d => new XElement(Gk + "department", d)))));
            element.Add(new XElement(Model + "multiInstanceLoopCharacteristics", new XAttribute("isSequential", "false")));
        }

        return element;
    }

    private static XElement Timer(NodeDocument node, DueTime due, string timerId, string attachedTo)
    {
        var interrupting = node.DeadlineOutcome is not null;
        var duration = due.WorkingDays is { } days ? $"P{days}D" : due.Duration ?? string.Empty;
        return new XElement(Model + "boundaryEvent", new XAttribute("id", timerId), new XAttribute("name", due.WorkingDays is { } d ? $"{d} 个工作日" : duration),
            new XAttribute("cancelActivity", interrupting ? "true" : "false"), new XAttribute("attachedToRef", attachedTo),
            new XElement(Model + "timerEventDefinition", due.WorkingDays is { } wd ? new XAttribute(Gk + "workingDays", wd) : null,
                new XElement(Model + "timeDuration", new XAttribute(Xsi + "type", "bpmn:tFormalExpression"), duration)));
    }

    private static IEnumerable<Flow> FlowsOf(NodeDocument node, Dictionary<string, string> ids, string? timerId)
    {
        var source = ids[node.Id];
        Flow? To(string? target, string? name, params XAttribute?[] attributes) =>
            target is not null && ids.ContainsKey(target) ? new Flow(node.Id, source, target, name, [.. attributes.OfType<XAttribute>()]) : null;
        IEnumerable<Flow?> flows = node.Kind switch
        {
            NodeKind.UserTask => (node.Outcomes ?? []).Select((o, i) =>
            {
                var flow = To(o.Next, o.Label, new XAttribute(Gk + "outcome", o.Id), new XAttribute(Gk + "index", i),
                    o.RequiresComment ? new XAttribute(Gk + "requiresComment", "true") : null,
                    o.RequiresExemption ? new XAttribute(Gk + "requiresExemption", "true") : null);
                // The deadline outcome leaves from the timer on the task's border, as BPMN draws it.
                return flow is not null && o.Id == node.DeadlineOutcome && timerId is not null ? flow with { SourceXmlId = timerId } : flow;
            }),
            NodeKind.Consent =>
            [
                To(node.OnAgreed, "全部同意", new XAttribute(Gk + "consent", "agreed")),
                To(node.OnRefused, "有人不同意", new XAttribute(Gk + "consent", "refused")),
                To(node.OnNoReply, "逾期未答复", new XAttribute(Gk + "consent", "noReply")),
            ],
            NodeKind.Decision =>
            [
                .. (node.Branches ?? []).Select((b, i) => To(b.Next, b.Label, new XAttribute(Gk + "branch", i)) is { } f ? f with { Condition = b.When } : null),
                To(node.Otherwise, "否则", new XAttribute(Gk + "otherwise", "true")) is { } otherwise ? otherwise with { IsDefault = true } : null,
            ],
            NodeKind.ParallelSplit => (node.Paths ?? []).Select((p, i) => To(p, null, new XAttribute(Gk + "path", i))),
            _ => [To(node.Next, null)],
        };
        return flows.OfType<Flow>();
    }

    private static void AddIncoming(XElement element, string flowId) => element.Add(new XElement(Model + "incoming", flowId));

    /// <summary>BPMN's schema orders children: extension elements, incoming, outgoing, then loop characteristics.</summary>
    private static void OrderChildren(XElement element)
    {
        static int Rank(XElement e) => e.Name.LocalName switch
        {
            "extensionElements" => 0,
            "incoming" => 1,
            "outgoing" => 2,
            _ => 3,
        };
        var children = element.Elements().OrderBy(Rank).ToList();
        element.RemoveNodes();
        element.Add(children);
    }

    private static XElement Diagram(ProcessDocument document, Dictionary<string, string> ids, string processId, List<Flow> flows, List<(XElement Timer, string Node)> timers)
    {
        var generated = BpmnLayout.Generate(document);
        var bounds = new Dictionary<string, NodeLayout>(StringComparer.Ordinal);
        var plane = new XElement(Di + "BPMNPlane", new XAttribute("id", "BPMNPlane_1"), new XAttribute("bpmnElement", processId));
        foreach (var node in document.Nodes.Where(n => ids.ContainsKey(n.Id) && !bounds.ContainsKey(ids[n.Id])))
        {
            var layout = node.Layout ?? generated[node.Id];
            bounds[ids[node.Id]] = layout;
            plane.Add(Shape(ids[node.Id], layout, node.Layout is null, node.Kind == NodeKind.Decision));
        }

        foreach (var (timer, nodeId) in timers)
        {
            var task = bounds[ids[nodeId]];
            var layout = new NodeLayout { X = task.X + task.Width - 46, Y = task.Y + task.Height - 18, Width = 36, Height = 36 };
            bounds[(string)timer.Attribute("id")!] = layout;
            plane.Add(Shape((string)timer.Attribute("id")!, layout, generated: false, marker: false));
        }

        foreach (var flow in flows)
        {
            var edge = new XElement(Di + "BPMNEdge", new XAttribute("id", flow.Id + "_di"), new XAttribute("bpmnElement", flow.Id));
            foreach (var (x, y) in Waypoints(bounds[flow.SourceXmlId], bounds[ids[flow.Target]]))
            {
                edge.Add(new XElement(DdDi + "waypoint", new XAttribute("x", x), new XAttribute("y", y)));
            }

            plane.Add(edge);
        }

        return new XElement(Di + "BPMNDiagram", new XAttribute("id", "Diagram_1"), plane);
    }

    private static XElement Shape(string elementId, NodeLayout layout, bool generated, bool marker) =>
        new(Di + "BPMNShape", new XAttribute("id", elementId + "_di"), new XAttribute("bpmnElement", elementId),
            marker ? new XAttribute("isMarkerVisible", "true") : null,
            generated ? new XAttribute(Gk + "generated", "true") : null,
            new XElement(Dc + "Bounds", new XAttribute("x", layout.X), new XAttribute("y", layout.Y), new XAttribute("width", layout.Width), new XAttribute("height", layout.Height)));

    /// <summary>Right side to left side for forward edges; loops back run below both shapes.</summary>
    private static IEnumerable<(int X, int Y)> Waypoints(NodeLayout from, NodeLayout to)
    {
        var fromY = from.Y + (from.Height / 2);
        var toY = to.Y + (to.Height / 2);
        if (to.X > from.X + from.Width)
        {
            var fromX = from.X + from.Width;
            if (fromY == toY)
            {
                return [(fromX, fromY), (to.X, toY)];
            }

            var middle = (fromX + to.X) / 2;
            return [(fromX, fromY), (middle, fromY), (middle, toY), (to.X, toY)];
        }

        var below = Math.Max(from.Y + from.Height, to.Y + to.Height) + 30;
        var startX = from.X + (from.Width / 2);
        var endX = to.X + (to.Width / 2);
        return [(startX, from.Y + from.Height), (startX, below), (endX, below), (endX, to.Y + to.Height)];
    }

    internal static string Camel<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private sealed record Flow(string Source, string SourceXmlId, string Target, string? Name, XAttribute[] Attributes)
    {
        public string Id { get; set; } = string.Empty;

        public ConditionDocument? Condition { get; init; }

        public bool IsDefault { get; init; }
    }
}
