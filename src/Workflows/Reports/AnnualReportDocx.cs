using Disclosure.Workflows.Applications;
using Disclosure.Workflows.Common;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Disclosure.Workflows.Reports;

/// <summary>
/// The report as a Word document in the usual layout of government reports: centred title in
/// 小标宋-like bold, 黑体 section headings, 仿宋 body text, ruled tables for 二, 三 and 四, A4 with
/// the customary margins. Same figures and words as <see cref="AnnualReportHtml"/>.
/// </summary>
public static class AnnualReportDocx
{
    private const string Body = "仿宋";
    private const string Headings = "黑体";
    private const string TitleFont = "宋体";

    public static byte[] Create(AnnualReportFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new DocumentFormat.OpenXml.Wordprocessing.Body();
            body.Append(Paragraph(Messages.ReportTitle(figures.Year).Text, TitleFont, 44, bold: true, centred: true));
            body.Append(Paragraph(Messages.ReportIntro(figures.Year).Text, Body, 32));
            body.Append(Heading(1));
            body.Append(Texts(AnnualReportHtml.Overview(figures)));
            body.Append(Heading(2));
            body.Append(TableTwo(figures));
            body.Append(Heading(3));
            body.Append(TableThree(figures));
            body.Append(Heading(4));
            body.Append(TableFour(figures));
            body.Append(Heading(5));
            body.Append(Texts(figures.Entries.Problems ?? Messages.ReportNone.Text));
            body.Append(Heading(6));
            body.Append(Texts(figures.Entries.Other ?? Messages.ReportNone.Text));
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 2098, Bottom = 1984, Left = 1588U, Right = 1474U, Header = 851U, Footer = 992U, Gutter = 0U }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Paragraph Heading(int section) => Paragraph(Messages.ReportSection(section).Text, Headings, 32, bold: false, centred: false);

    private static IEnumerable<Paragraph> Texts(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(line => Paragraph(line, Body, 32, indent: true));

    private static Paragraph Paragraph(string text, string font, int halfPoints, bool bold = false, bool centred = false, bool indent = false)
    {
        var paragraphProperties = new ParagraphProperties();
        if (centred)
        {
            paragraphProperties.Append(new Justification { Val = JustificationValues.Center });
        }

        if (indent)
        {
            // Two characters of first-line indent, as Chinese official documents have.
            paragraphProperties.Append(new Indentation { FirstLineChars = 200 });
        }

        return new Paragraph(paragraphProperties, new Run(Properties(font, halfPoints, bold), new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static RunProperties Properties(string font, int halfPoints, bool bold)
    {
        var properties = new RunProperties(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", EastAsia = font });
        if (bold)
        {
            properties.Append(new Bold());
        }

        properties.Append(new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return properties;
    }

    private static TableCell Cell(string text, int span = 1, bool header = false)
    {
        // The schema orders a cell's properties: the span before the vertical alignment.
        var properties = new TableCellProperties();
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });

        return new TableCell(properties,
            new Paragraph(new ParagraphProperties(new Justification { Val = header ? JustificationValues.Center : JustificationValues.Left }),
                new Run(Properties(Body, 21, header), new Text(text) { Space = SpaceProcessingModeValues.Preserve })));
    }

    private static Table Table(int columns, IEnumerable<TableRow> rows)
    {
        static BorderType Border<T>() where T : BorderType, new() => new T { Val = BorderValues.Single, Size = 4U };
        var table = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(Border<TopBorder>(), Border<LeftBorder>(), Border<BottomBorder>(), Border<RightBorder>(),
                Border<InsideHorizontalBorder>(), Border<InsideVerticalBorder>())));
        table.Append(new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = (8844 / columns).ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        table.Append(rows);
        return table;
    }

    private static TableRow Row(params TableCell[] cells) => new(cells);

    private static Table TableTwo(AnnualReportFigures figures)
    {
        var e = figures.Entries;
        string C(string code) => Messages.ReportTwoColumn(code).Text;
        string R(string code) => Messages.ReportTwoRow(code).Text;
        static string N(decimal value) => AnnualReportFigures.Format(value);
        return Table(4,
        [
            Row(Cell(Messages.ReportArticle("一").Text, 4, header: true)),
            Row(Cell(C("content"), header: true), Cell(C("issued"), header: true), Cell(C("repealed"), header: true), Cell(C("in-force"), header: true)),
            Row(Cell(R("regulations")), Cell(N(e.RegulationsIssued)), Cell(N(e.RegulationsRepealed)), Cell(N(e.RegulationsInForce))),
            Row(Cell(R("normative")), Cell(N(figures.Normative.Issued)), Cell(N(figures.Normative.Repealed)), Cell(N(figures.Normative.InForce))),
            Row(Cell(Messages.ReportArticle("五").Text, 4, header: true)),
            Row(Cell(C("content"), header: true), Cell(C("decisions"), 3, header: true)),
            Row(Cell(R("licensing")), Cell(N(e.Licensing), 3)),
            Row(Cell(Messages.ReportArticle("六").Text, 4, header: true)),
            Row(Cell(C("content"), header: true), Cell(C("decisions"), 3, header: true)),
            Row(Cell(R("penalties")), Cell(N(e.Penalties), 3)),
            Row(Cell(R("enforcement")), Cell(N(e.Enforcement), 3)),
            Row(Cell(Messages.ReportArticle("八").Text, 4, header: true)),
            Row(Cell(C("content"), header: true), Cell(C("fees"), 3, header: true)),
            Row(Cell(R("fees")), Cell(N(e.Fees), 3)),
        ]);
    }

    private static Table TableThree(AnnualReportFigures figures)
    {
        var rows = new List<TableRow>
        {
            Row(Cell(Messages.ReportThreeApplicant.Text, header: true), Cell(AnnualReportFigures.Columns.Count > 1 ? ApplicationLabels.Of(AnnualReportFigures.Columns[0]) : string.Empty, header: true),
                Cell(Messages.ReportThreeOrganisations.Text, 5, header: true), Cell(Messages.ReportThreeTotal.Text, header: true)),
            Row([Cell(string.Empty), Cell(string.Empty), .. AnnualReportFigures.Columns.Skip(1).Select(k => Cell(ApplicationLabels.Of(k), header: true)), Cell(string.Empty)]),
        };
        foreach (var row in figures.Applications)
        {
            rows.Add(row.Counts.Count == 0
                ? Row(Cell(row.Label, header: row.Level == 0), Cell(string.Empty, 7))
                : Row([Cell(row.Label, header: row.Level == 0), .. row.Counts.Select(c => Cell(c.ToString(System.Globalization.CultureInfo.InvariantCulture)))]));
        }

        return Table(8, rows);
    }

    private static Table TableFour(AnnualReportFigures figures)
    {
        var columns = new[] { "upheld", "corrected", "other", "pending", "total" };
        return Table(15,
        [
            Row(Cell(Messages.ReportFourGroup("reconsideration").Text, 5, header: true), Cell(Messages.ReportFourGroup("litigation").Text, 10, header: true)),
            Row(Cell(string.Empty, 5), Cell(Messages.ReportFourGroup("direct").Text, 5, header: true), Cell(Messages.ReportFourGroup("after").Text, 5, header: true)),
            Row([.. Enumerable.Range(0, 3).SelectMany(_ => columns.Select(c => Cell(Messages.ReportFourColumn(c).Text, header: true)))]),
            Row([.. figures.Four().SelectMany(g => g.Values.Select(v => Cell(v.ToString(System.Globalization.CultureInfo.InvariantCulture))))]),
        ]);
    }
}
