using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Disclosure.Workflows.Tests.Reports;

/// <summary>Reads the numbers back out of a report's .docx and HTML, table by table, row by row.</summary>
internal static class ReportReading
{
    /// <summary>Each table as rows of cell texts.</summary>
    public static List<List<List<string>>> DocxTables(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return [.. document.MainDocumentPart!.Document.Body!.Elements<Table>()
            .Select(t => t.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList())];
    }

    public static IReadOnlyList<string> Validate(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return [.. new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}")];
    }

    public static string DocxText(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return document.MainDocumentPart!.Document.Body!.InnerText;
    }

    public static List<List<List<string>>> HtmlTables(string html) =>
        [.. XElement.Parse($"<div>{html}</div>").Descendants("table")
            .Select(t => t.Descendants("tr").Select(r => r.Elements().Where(c => c.Name == "td" || c.Name == "th").Select(c => c.Value).ToList()).ToList())];
}
