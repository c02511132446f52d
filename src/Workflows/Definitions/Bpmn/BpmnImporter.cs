using System.Globalization;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Disclosure.Workflows.Common;
using static Disclosure.Workflows.Definitions.Bpmn.BpmnNames;

namespace Disclosure.Workflows.Definitions.Bpmn;

/// <summary>
/// Reads a .bpmn file (exported here, or drawn in Camunda Modeler) into a definition document.
/// Every element the engine cannot run is refused with its id, type and the reason, all at once;
/// nothing is evaluated (conditions are declarative JSON in <c>gk:condition</c>). Parsing is safe:
/// no DTD, no external entities, a size limit.
/// </summary>
public static class BpmnImporter
{
    private static readonly HashSet<string> Ignored = ["laneSet", "textAnnotation", "association", "dataObject", "dataObjectReference", "dataStoreReference", "documentation", "extensionElements", "group", "category"];

    public static ProcessDocument Import(string xml, string key)
    {
        ArgumentNullException.ThrowIfNull(xml);
        if (System.Text.Encoding.UTF8.GetByteCount(xml) > MaxBytes)
        {
            throw new BpmnImportException(new BpmnProblem(null, null, Messages.BpmnTooLarge(MaxBytes).Text));
        }

        var root = Parse(xml);
        if (root.Name != Model + "definitions")
        {
            throw new BpmnImportException(new BpmnProblem(null, root.Name.LocalName, Messages.BpmnNotBpmn.Text));
        }

        var processes = root.Elements(Model + "process").ToList();
        if (processes.Count != 1)
        {
            throw new BpmnImportException(new BpmnProblem(null, "process", Messages.BpmnOneProcess(processes.Count).Text));
        }

        var reader = new Reader(processes[0], root);
        var document = reader.Read(key);
        return reader.Problems.Count > 0 ? throw new BpmnImportException(reader.Problems) : document;
    }

    private static XElement Parse(string xml)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxBytes,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            return XDocument.Load(reader, LoadOptions.None).Root!;
        }
        catch (XmlException ex)
        {
            throw new BpmnImportException(new BpmnProblem(null, null, Messages.BpmnNotXml(ex.LineNumber, ex.LinePosition).Text));
        }
    }

    private sealed class Reader(XElement process, XElement root)
    {
        private readonly Dictionary<string, XElement> _nodes = new(StringComparer.Ordinal);
        private readonly Dictionary<string, XElement> _timers = new(StringComparer.Ordinal);
        private readonly List<XElement> _flows = [];
        private readonly HashSet<string> _refused = new(StringComparer.Ordinal);

        public List<BpmnProblem> Problems { get; } = [];

        private void Problem(XElement element, string message)
        {
            Problems.Add(new BpmnProblem((string?)element.Attribute("id"), element.Name.LocalName, message));
            _refused.Add((string?)element.Attribute("id") ?? string.Empty);
        }

        public ProcessDocument Read(string key)
        {
            Collect();
            var nodes = new List<NodeDocument>();
            foreach (var (id, element) in _nodes)
            {
                if (Node(id, element) is { } node)
                {
                    nodes.Add(node);
                }
            }

            var name = (string?)process.Attribute("name");
            if (string.IsNullOrWhiteSpace(name))
            {
                Problems.Add(new BpmnProblem((string?)process.Attribute("id"), "process", Messages.BpmnProcessName.Text));
            }

            var document = new ProcessDocument
            {
                Key = key,
                Name = name ?? string.Empty,
                EnglishName = (string?)process.Attribute(Gk + "englishName") ?? string.Empty,
                Settings = Settings(),
                Nodes = nodes,
            };
            return WithLayout(document);
        }

        /// <summary>Sorts the process's children into nodes, timers and flows; refuses what cannot run.</summary>
        private void Collect()
        {
            foreach (var element in process.Elements())
            {
                var type = element.Name.LocalName;
                if (element.Name.Namespace != Model || Ignored.Contains(type))
                {
                    continue;
                }

                switch (type)
                {
                    case "sequenceFlow":
                        _flows.Add(element);
                        break;
                    case "startEvent" or "endEvent":
                        if (element.Elements().Any(e => e.Name.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal)))
                        {
                            Problem(element, Messages.BpmnStartEnd.Text);
                        }

                        _nodes[(string?)element.Attribute("id") ?? string.Empty] = element;
                        break;
                    case "userTask" or "receiveTask" or "serviceTask" or "sendTask" or "exclusiveGateway" or "parallelGateway" or "task":
                        _nodes[(string?)element.Attribute("id") ?? string.Empty] = element;
                        break;
                    case "boundaryEvent":
                        Timer(element);
                        break;
                    case "scriptTask" or "businessRuleTask":
                        Problem(element, Messages.BpmnScript.Text);
                        break;
                    case "manualTask" or "callActivity" or "subProcess" or "adHocSubProcess" or "transaction":
                        Problem(element, Messages.BpmnManual.Text);
                        break;
                    case "inclusiveGateway" or "complexGateway" or "eventBasedGateway":
                        Problem(element, Messages.BpmnGateway.Text);
                        break;
                    default:
                        Problem(element, Messages.BpmnEvent.Text);
                        break;
                }
            }

            foreach (var node in _nodes.Values.Where(n => n.Name.LocalName == "task"))
            {
                // A plain task says nothing the engine could do.
                Problem(node, Messages.BpmnManual.Text);
            }

            foreach (var flow in _flows)
            {
                foreach (var end in new[] { "sourceRef", "targetRef" })
                {
                    var reference = (string?)flow.Attribute(end) ?? string.Empty;
                    // A flow touching an element already refused says nothing new.
                    if (!_nodes.ContainsKey(reference) && !_refused.Contains(reference) && !(end == "sourceRef" && _timers.Values.Any(t => (string?)t.Attribute("id") == reference)))
                    {
                        Problem(flow, Messages.BpmnDanglingFlow(reference).Text);
                    }
                }

                if (flow.Element(Model + "conditionExpression") is not null)
                {
                    Problem(flow, Messages.BpmnExpression.Text);
                }
            }
        }

        private void Timer(XElement boundary)
        {
            var attachedTo = (string?)boundary.Attribute("attachedToRef") ?? string.Empty;
            var definitions = boundary.Elements().Where(e => e.Name.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal)).ToList();
            var target = process.Elements().FirstOrDefault(e => (string?)e.Attribute("id") == attachedTo);
            if (definitions.Count != 1 || definitions[0].Name != Model + "timerEventDefinition" || definitions[0].Element(Model + "timeDuration") is null
                || target?.Name.LocalName is not ("userTask" or "receiveTask"))
            {
                Problem(boundary, Messages.BpmnBoundary.Text);
                return;
            }

            if (_timers.ContainsKey(attachedTo))
            {
                Problem(boundary, Messages.BpmnOneTimer.Text);
                return;
            }

            _timers[attachedTo] = boundary;
        }

        private List<XElement> Outgoing(string id) => [.. _flows.Where(f => (string?)f.Attribute("sourceRef") == id)];

        private string? NodeIdOf(string? xmlId) =>
            xmlId is not null && _nodes.TryGetValue(xmlId, out var element) ? (string?)element.Attribute(Gk + "nodeId") ?? xmlId : null;

        private string? Target(XElement flow) => NodeIdOf((string?)flow.Attribute("targetRef"));

        private string? Single(XElement element, string id)
        {
            var outgoing = Outgoing(id);
            if (outgoing.Count > 1)
            {
                Problem(element, Messages.BpmnOneOutgoing.Text);
            }

            return outgoing.Count == 0 ? null : Target(outgoing[0]);
        }

        private NodeDocument? Node(string id, XElement element)
        {
            var node = new NodeDocument
            {
                Id = (string?)element.Attribute(Gk + "nodeId") ?? id,
                Name = (string?)element.Attribute("name"),
                Purpose = Enum<NodePurpose>(element, Gk + "purpose") ?? NodePurpose.None,
                Clock = Enum<ClockEffect>(element, Gk + "clock"),
            };
            switch (element.Name.LocalName)
            {
                case "startEvent":
                    return node with { Kind = NodeKind.Start, Next = Single(element, id) };
                case "endEvent":
                    if (Outgoing(id).Count > 0)
                    {
                        Problem(element, Messages.BpmnEndOutgoing.Text);
                    }

                    return node with { Kind = NodeKind.End, Result = Enum<EndResult>(element, Gk + "result") };
                case "userTask":
                    return UserTask(id, element, node);
                case "receiveTask":
                    return Consent(id, element, node);
                case "exclusiveGateway":
                    return Decision(id, element, node);
                case "parallelGateway":
                    var outgoing = Outgoing(id);
                    return outgoing.Count > 1 || (string?)element.Attribute("gatewayDirection") == "Diverging"
                        ? node with { Kind = NodeKind.ParallelSplit, Paths = [.. Ordered(outgoing, Gk + "path").Select(Target).OfType<string>()] }
                        : node with { Kind = NodeKind.ParallelJoin, Next = Single(element, id) };
                case "serviceTask":
                    RefuseImplementation(element);
                    return node with { Kind = NodeKind.Publish, Next = Single(element, id) };
                case "sendTask":
                    RefuseImplementation(element);
                    return node with { Kind = NodeKind.Notify, Next = Single(element, id), To = (string?)element.Attribute(Gk + "to"), Message = (string?)element.Attribute(Gk + "message") };
                default:
                    return null;
            }
        }

        private void RefuseImplementation(XElement element)
        {
            if (element.Attributes().Any(a => a.Name.Namespace == Camunda && a.Name.LocalName is "class" or "expression" or "delegateExpression" or "type" or "topic")
                || element.Descendants(Camunda + "connector").Any())
            {
                Problem(element, Messages.BpmnImplementation.Text);
            }
        }

        private NodeDocument UserTask(string id, XElement element, NodeDocument node)
        {
            if (element.Attributes().Any(a => a.Name.Namespace == Camunda && a.Name.LocalName is "assignee" or "candidateUsers" or "formKey" or "formRef")
                || element.Descendants(Camunda + "formData").Any() || element.Descendants(Camunda + "taskListener").Any())
            {
                Problem(element, Messages.BpmnAssignee.Text);
            }

            var role = (string?)element.Attribute(Camunda + "candidateGroups");
            if (role is not null && role.Contains(',', StringComparison.Ordinal))
            {
                Problem(element, Messages.BpmnCandidateGroups(role).Text);
            }

            var countersign = Countersign(element);
            var timer = _timers.GetValueOrDefault(id);
            var outcomes = Ordered(Outgoing(id), Gk + "index").Select(f => (Flow: f, Deadline: false)).ToList();
            if (timer is not null)
            {
                var timerFlows = Outgoing((string)timer.Attribute("id")!);
                var interrupting = (string?)timer.Attribute("cancelActivity") != "false";
                if (interrupting != (timerFlows.Count == 1) || timerFlows.Count > 1)
                {
                    Problem(timer, Messages.BpmnTimerFlows.Text);
                }

                outcomes.AddRange(timerFlows.Select(f => (Flow: f, Deadline: true)));
                outcomes = [.. outcomes.OrderBy(o => Index(o.Flow, Gk + "index") ?? int.MaxValue)];
            }

            var documents = outcomes.Select(o => new OutcomeDocument
            {
                Id = (string?)o.Flow.Attribute(Gk + "outcome") ?? (string?)o.Flow.Attribute("id") ?? string.Empty,
                Label = (string?)o.Flow.Attribute("name") ?? string.Empty,
                Next = Target(o.Flow),
                RequiresComment = (string?)o.Flow.Attribute(Gk + "requiresComment") == "true",
                RequiresExemption = (string?)o.Flow.Attribute(Gk + "requiresExemption") == "true",
            }).ToList();
            return node with
            {
                Kind = NodeKind.UserTask,
                Role = string.IsNullOrEmpty(role) ? null : role,
                ByResponsibleBody = (string?)element.Attribute(Gk + "byResponsibleBody") == "true",
                Due = timer is null ? null : Due(timer),
                Outcomes = documents,
                DeadlineOutcome = outcomes.Where(o => o.Deadline).Select(o => (string?)o.Flow.Attribute(Gk + "outcome") ?? (string?)o.Flow.Attribute("id")).FirstOrDefault(),
                Countersign = countersign,
            };
        }

        private CountersignDocument? Countersign(XElement element)
        {
            if (element.Element(Model + "standardLoopCharacteristics") is not null)
            {
                Problem(element, Messages.BpmnLoop.Text);
            }

            var loop = element.Element(Model + "multiInstanceLoopCharacteristics");
            var data = element.Element(Model + "extensionElements")?.Element(Gk + "countersign");
            if (loop is null)
            {
                return null;
            }

            if ((string?)loop.Attribute("isSequential") == "true")
            {
                Problem(element, Messages.BpmnSequential.Text);
                return null;
            }

            if (data is null)
            {
                Problem(element, Messages.BpmnCountersignMissing.Text);
                return null;
            }

            var roles = data.Elements(Gk + "role").Select(e => e.Value).ToList();
            var departments = data.Elements(Gk + "department").Select(e => e.Value).ToList();
            return new CountersignDocument
            {
                Signers = Enum<SignerSource>(data, "signers") ?? SignerSource.Roles,
                Roles = roles.Count == 0 ? null : roles,
                Departments = departments.Count == 0 ? null : departments,
                Completion = Enum<CompletionRule>(data, "completion") ?? CompletionRule.All,
                AtLeast = Integer(data, "atLeast"),
                OnReject = Enum<RejectionRule>(data, "onReject") ?? RejectionRule.ReturnStep,
                Approve = (string?)data.Attribute("approve") ?? string.Empty,
                Reject = (string?)data.Attribute("reject") ?? string.Empty,
            };
        }

        private NodeDocument Consent(string id, XElement element, NodeDocument node)
        {
            string? By(string kind) => Outgoing(id).Where(f => (string?)f.Attribute(Gk + "consent") == kind).Select(Target).FirstOrDefault();
            if (Outgoing(id).Any(f => (string?)f.Attribute(Gk + "consent") is not ("agreed" or "refused" or "noReply")))
            {
                Problem(element, Messages.BpmnConsentFlows.Text);
            }

            var timer = _timers.GetValueOrDefault(id);
            if (timer is not null && ((string?)timer.Attribute("cancelActivity") != "false" || Outgoing((string)timer.Attribute("id")!).Count > 0))
            {
                Problem(timer, Messages.BpmnConsentTimer.Text);
            }

            return node with { Kind = NodeKind.Consent, Due = timer is null ? null : Due(timer), OnAgreed = By("agreed"), OnRefused = By("refused"), OnNoReply = By("noReply") };
        }

        private NodeDocument Decision(string id, XElement element, NodeDocument node)
        {
            var defaultFlow = (string?)element.Attribute("default");
            var branches = new List<BranchDocument>();
            string? otherwise = null;
            foreach (var flow in Ordered(Outgoing(id), Gk + "branch"))
            {
                var condition = flow.Element(Model + "extensionElements")?.Element(Gk + "condition");
                if ((string?)flow.Attribute("id") == defaultFlow || (string?)flow.Attribute(Gk + "otherwise") == "true")
                {
                    otherwise = Target(flow);
                }
                else if (condition is null)
                {
                    Problem(flow, Messages.BpmnBranchWithoutCondition.Text);
                }
                else
                {
                    branches.Add(new BranchDocument { When = Condition(flow, condition.Value), Next = Target(flow), Label = (string?)flow.Attribute("name") });
                }
            }

            return node with { Kind = NodeKind.Decision, Branches = branches, Otherwise = otherwise };
        }

        private ConditionDocument? Condition(XElement owner, string json)
        {
            try
            {
                return JsonSerializer.Deserialize<ConditionDocument>(json, ProcessDocument.JsonOptions);
            }
            catch (JsonException ex)
            {
                Problem(owner, Messages.BpmnBadCondition(ex.Path ?? ex.Message).Text);
                return null;
            }
        }

        private DueTime? Due(XElement timer)
        {
            var definition = timer.Element(Model + "timerEventDefinition")!;
            if (Integer(definition, Gk + "workingDays") is { } days)
            {
                return new DueTime { WorkingDays = days };
            }

            return new DueTime { Duration = definition.Element(Model + "timeDuration")!.Value.Trim() };
        }

        private ProcessSettings Settings()
        {
            var settings = process.Element(Model + "extensionElements")?.Element(Gk + "settings");
            if (settings is null)
            {
                return new ProcessSettings();
            }

            var selection = settings.Element(Gk + "selection");
            var when = selection?.Element(Gk + "when");
            var clock = settings.Element(Gk + "clock");
            var extension = clock?.Element(Gk + "extension");
            return new ProcessSettings
            {
                ConsentSilence = Enum<ConsentSilence>(settings, "consentSilence") ?? ConsentSilence.Refuse,
                Subject = Enum<SubjectKind>(settings, "subject"),
                Clock = clock is null ? null : new ClockDocument
                {
                    Name = (string?)clock.Attribute("name") ?? string.Empty,
                    WorkingDays = Integer(clock, "workingDays") ?? 0,
                    RemindWorkingDays = Integer(clock, "remindWorkingDays") ?? 0,
                    Extension = extension is null ? null : new ClockExtensionDocument
                    {
                        Role = (string?)extension.Attribute("role") ?? string.Empty,
                        Times = Integer(extension, "times") ?? 1,
                        MaxWorkingDays = Integer(extension, "maxWorkingDays") ?? 0,
                    },
                },
                Selection = selection is null ? null : new SelectionDocument
                {
                    Priority = Integer(selection, "priority") ?? 0,
                    When = when is null ? null : Condition(selection, when.Value),
                },
            };
        }

        /// <summary>
        /// Positions from the diagram. A shape the exporter placed itself (gk:generated) and nobody
        /// moved is dropped again, so a definition without positions comes back without them.
        /// </summary>
        private ProcessDocument WithLayout(ProcessDocument document)
        {
            var shapes = new Dictionary<string, XElement>(StringComparer.Ordinal);
            foreach (var shape in root.Descendants(Di + "BPMNShape"))
            {
                if (NodeIdOf((string?)shape.Attribute("bpmnElement")) is { } nodeId)
                {
                    shapes.TryAdd(nodeId, shape);
                }
            }

            var generated = BpmnLayout.Generate(document);
            return document with
            {
                Nodes = [.. document.Nodes.Select(node =>
                {
                    if (!shapes.TryGetValue(node.Id, out var shape) || shape.Element(Dc + "Bounds") is not { } bounds)
                    {
                        return node;
                    }

                    var layout = new NodeLayout { X = Round(bounds, "x"), Y = Round(bounds, "y"), Width = Round(bounds, "width"), Height = Round(bounds, "height") };
                    var untouched = (string?)shape.Attribute(Gk + "generated") == "true" && generated.TryGetValue(node.Id, out var auto) && auto == layout;
                    return untouched ? node : node with { Layout = layout };
                })],
            };
        }

        private static int Round(XElement bounds, string attribute) =>
            double.TryParse((string?)bounds.Attribute(attribute), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && Math.Abs(value) < 1e7
                ? (int)Math.Round(value)
                : 0;

        private static IEnumerable<XElement> Ordered(IEnumerable<XElement> flows, XName index) =>
            flows.Select((f, i) => (f, i)).OrderBy(x => Index(x.f, index) ?? int.MaxValue).ThenBy(x => x.i).Select(x => x.f);

        private static int? Index(XElement element, XName name) =>
            int.TryParse((string?)element.Attribute(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

        private int? Integer(XElement element, XName name)
        {
            var text = (string?)element.Attribute(name);
            if (text is null)
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            Problem(element, Messages.BpmnBadValue(name.LocalName, text).Text);
            return null;
        }

        private T? Enum<T>(XElement element, XName name) where T : struct, System.Enum
        {
            var text = (string?)element.Attribute(name);
            if (text is null)
            {
                return null;
            }

            var match = System.Enum.GetValues<T>().Where(v => BpmnExporter.Camel(v) == text).Select(v => (T?)v).FirstOrDefault();
            if (match is null)
            {
                Problem(element, Messages.BpmnBadValue(name.LocalName, text).Text);
            }

            return match;
        }
    }
}
