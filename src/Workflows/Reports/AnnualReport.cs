namespace Disclosure.Workflows.Reports;

/// <summary>
/// A year's report: the catalogue item it is published as, what staff entered, and the figures the
/// item's current text and .docx were generated from (so a recomputation can be held against what
/// was published).
/// </summary>
public sealed class AnnualReport
{
    private AnnualReport()
    {
        Entries = new ReportEntries();
        FiguresJson = string.Empty;
    }

    internal AnnualReport(int year, Guid itemId, ReportEntries entries, string figuresJson, DateTimeOffset now)
        : this()
    {
        Year = year;
        ItemId = itemId;
        Entries = entries;
        FiguresJson = figuresJson;
        CreatedAt = GeneratedAt = now;
    }

    public int Year { get; private set; }

    public Guid ItemId { get; private set; }

    public ReportEntries Entries { get; private set; }

    /// <summary>The figures the item's text and attachment were last generated from (JSON of <see cref="AnnualReportFigures"/>).</summary>
    public string FiguresJson { get; private set; }

    public Guid? AttachmentId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset GeneratedAt { get; private set; }

    internal void Generated(ReportEntries entries, string figuresJson, Guid attachmentId, DateTimeOffset at)
    {
        Entries = entries;
        FiguresJson = figuresJson;
        AttachmentId = attachmentId;
        GeneratedAt = at;
    }
}
