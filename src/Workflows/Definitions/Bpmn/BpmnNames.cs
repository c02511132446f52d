using System.Xml;
using System.Xml.Linq;

namespace Disclosure.Workflows.Definitions.Bpmn;

/// <summary>
/// The XML namespaces of a .bpmn file: BPMN 2.0 model and diagram interchange, Camunda's
/// (candidate groups, as Camunda Modeler writes them) and ours, which carries what BPMN has no word
/// for (purpose, countersign rules, conditions as declarative JSON, due times in working days).
/// </summary>
public static class BpmnNames
{
    public static readonly XNamespace Model = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    public static readonly XNamespace Di = "http://www.omg.org/spec/BPMN/20100524/DI";
    public static readonly XNamespace Dc = "http://www.omg.org/spec/DD/20100524/DC";
    public static readonly XNamespace DdDi = "http://www.omg.org/spec/DD/20100524/DI";
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    public static readonly XNamespace Camunda = "http://camunda.org/schema/1.0/bpmn";

    /// <summary>Our extension namespace (documented in docs/bpmn-interchange.md).</summary>
    public static readonly XNamespace Gk = "https://yonganjie.example/schemas/bpmn/disclosure/1.0";

    /// <summary>Largest .bpmn file accepted for import.</summary>
    public const int MaxBytes = 1_000_000;

    /// <summary>True when the text can be an XML id (xsd:ID is an NCName).</summary>
    public static bool IsXmlId(string value)
    {
        try
        {
            return !string.IsNullOrEmpty(value) && XmlConvert.VerifyNCName(value) == value;
        }
        catch (XmlException)
        {
            return false;
        }
    }
}
