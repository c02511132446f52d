using System.Xml.Linq;
using Disclosure.Workflows.Common;

namespace Disclosure.Workflows.Reports;

/// <summary>
/// The report as the body of its catalogue item (what the public column shows): headings,
/// paragraphs and the three tables. Built as elements, so every text is encoded, then stored
/// through the catalogue's sanitiser like any body.
/// </summary>
public static class AnnualReportHtml
{
    public static string Render(AnnualReportFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var body = new XElement("div",
            Paragraph(Messages.ReportIntro(figures.Year).Text),
            Heading(1), Paragraphs(Overview(figures)),
            Heading(2), TableTwo(figures),
            Heading(3), TableThree(figures),
            Heading(4), TableFour(figures),
            Heading(5), Paragraphs(figures.Entries.Problems ?? Messages.ReportNone.Text),
            Heading(6), Paragraphs(figures.Entries.Other ?? Messages.ReportNone.Text));
        return string.Concat(body.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
    }

    /// <summary>The overview: what staff wrote, then the sentences the record gives.</summary>
    public static string Overview(AnnualReportFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var published = figures.PublishedByCategory;
        var byCategory = string.Join("，", published.Where(c => c.Count > 0).Select(c => Messages.ReportCategoryCount(c.Category, c.Count).Text));
        var received = figures.Row("received").Counts[^1];
        var closed = figures.Row("results-total").Counts[^1];
        var carried = figures.Row("carried-out").Counts[^1];
        var lines = new List<string>();
        if (!string.IsNullOrWhiteSpace(figures.Entries.Overview))
        {
            lines.Add(figures.Entries.Overview.Trim());
        }

        lines.Add(Messages.ReportPublishedSummary(published.Sum(c => c.Count), byCategory.Length > 0 ? byCategory : Messages.ReportNone.Text).Text);
        lines.Add(Messages.ReportApplicationsSummary(received, closed, carried).Text);
        return string.Join("\n", lines);
    }

    private static XElement Heading(int section) => new("h2", Messages.ReportSection(section).Text);

    private static XElement Paragraph(string text) => new("p", text);

    private static IEnumerable<XElement> Paragraphs(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Paragraph);

    private static XElement Cell(string name, object content, int colspan = 1) =>
        new(name, colspan > 1 ? new XAttribute("colspan", colspan) : null, content);

    private static XElement TableTwo(AnnualReportFigures figures)
    {
        var e = figures.Entries;
        string C(string code) => Messages.ReportTwoColumn(code).Text;
        string R(string code) => Messages.ReportTwoRow(code).Text;
        return new XElement("table",
            new XElement("tr", Cell("th", Messages.ReportArticle("一").Text, 4)),
            new XElement("tr", Cell("th", C("content")), Cell("th", C("issued")), Cell("th", C("repealed")), Cell("th", C("in-force"))),
            new XElement("tr", Cell("td", R("regulations")), Cell("td", e.RegulationsIssued), Cell("td", e.RegulationsRepealed), Cell("td", e.RegulationsInForce)),
            new XElement("tr", Cell("td", R("normative")), Cell("td", figures.Normative.Issued), Cell("td", figures.Normative.Repealed), Cell("td", figures.Normative.InForce)),
            new XElement("tr", Cell("th", Messages.ReportArticle("五").Text, 4)),
            new XElement("tr", Cell("th", C("content")), Cell("th", C("decisions"), 3)),
            new XElement("tr", Cell("td", R("licensing")), Cell("td", e.Licensing, 3)),
            new XElement("tr", Cell("th", Messages.ReportArticle("六").Text, 4)),
            new XElement("tr", Cell("th", C("content")), Cell("th", C("decisions"), 3)),
            new XElement("tr", Cell("td", R("penalties")), Cell("td", e.Penalties, 3)),
            new XElement("tr", Cell("td", R("enforcement")), Cell("td", e.Enforcement, 3)),
            new XElement("tr", Cell("th", Messages.ReportArticle("八").Text, 4)),
            new XElement("tr", Cell("th", C("content")), Cell("th", C("fees"), 3)),
            new XElement("tr", Cell("td", R("fees")), Cell("td", AnnualReportFigures.Format(e.Fees), 3)));
    }

    private static XElement TableThree(AnnualReportFigures figures)
    {
        var head = new XElement("tr", Cell("th", Messages.ReportThreeApplicant.Text),
            AnnualReportFigures.Columns.Select(k => Cell("th", Applications.ApplicationLabels.Of(k))), Cell("th", Messages.ReportThreeTotal.Text));
        var rows = figures.Applications.Select(row => new XElement("tr",
            Cell(row.Level == 0 ? "th" : "td", row.Label),
            row.Counts.Count == 0 ? Cell("td", string.Empty, 7) : row.Counts.Select(c => Cell("td", c))));
        return new XElement("table", new XElement("caption", Messages.ReportThreeOrganisations.Text), head, rows);
    }

    private static XElement TableFour(AnnualReportFigures figures)
    {
        var columns = new[] { "upheld", "corrected", "other", "pending", "total" };
        var groups = figures.Four();
        return new XElement("table",
            new XElement("tr", Cell("th", Messages.ReportFourGroup("reconsideration").Text, 5), Cell("th", Messages.ReportFourGroup("litigation").Text, 10)),
            new XElement("tr", Cell("th", string.Empty, 5), Cell("th", Messages.ReportFourGroup("direct").Text, 5), Cell("th", Messages.ReportFourGroup("after").Text, 5)),
            new XElement("tr", Enumerable.Range(0, 3).SelectMany(_ => columns.Select(c => Cell("th", Messages.ReportFourColumn(c).Text)))),
            new XElement("tr", groups.SelectMany(g => g.Values.Select(v => Cell("td", v)))));
    }
}
