using System.Globalization;
using Disclosure.Workflows.Applications;

namespace Disclosure.Workflows.Reports;

/// <summary>What staff enter (the rows the record cannot answer) and the report's own words.</summary>
public sealed record ReportEntries
{
    public int RegulationsIssued { get; init; }

    public int RegulationsRepealed { get; init; }

    public int RegulationsInForce { get; init; }

    public int Licensing { get; init; }

    public int Penalties { get; init; }

    public int Enforcement { get; init; }

    /// <summary>行政事业性收费, 万元.</summary>
    public decimal Fees { get; init; }

    /// <summary>Table 四: 行政复议 — 维持, 纠正, 其他, 尚未审结 (the total is computed).</summary>
    public IReadOnlyList<int> Reconsideration { get; init; } = [0, 0, 0, 0];

    public IReadOnlyList<int> LitigationDirect { get; init; } = [0, 0, 0, 0];

    public IReadOnlyList<int> LitigationAfterReconsideration { get; init; } = [0, 0, 0, 0];

    public string? Overview { get; init; }

    public string? Problems { get; init; }

    public string? Other { get; init; }
}

/// <summary>How many versions of a top-level category were published in the year.</summary>
public sealed record CategoryCount(string Category, int Count);

/// <summary>A row of table 二 for normative documents: issued, repealed, in force.</summary>
public sealed record NormativeRow(int Issued, int Repealed, int InForce);

/// <summary>One row of table 三: a key, its label, how deep it is indented, and seven counts (six applicant kinds, then the total).</summary>
public sealed record ApplicationRowFigures(string Key, string Label, int Level, IReadOnlyList<int> Counts);

/// <summary>
/// Every figure of one year's report. The record's parts (table 二's normative documents, table 三)
/// are computed from the catalogue and the journal; the rest are <see cref="Entries"/>.
/// <see cref="Cells"/> flattens them so the report, its .docx, its HTML and a recomputation can be
/// compared cell by cell.
/// </summary>
public sealed record AnnualReportFigures(
    int Year,
    NormativeRow Normative,
    IReadOnlyList<CategoryCount> PublishedByCategory,
    IReadOnlyList<ApplicationRowFigures> Applications,
    ReportEntries Entries)
{
    /// <summary>The six applicant columns of table 三 in the 2021 format's order, then 总计.</summary>
    public static IReadOnlyList<ApplicantKind> Columns { get; } =
        [ApplicantKind.NaturalPerson, ApplicantKind.Business, ApplicantKind.ResearchInstitution, ApplicantKind.NonProfit, ApplicantKind.LegalService, ApplicantKind.OtherOrganisation];

    public ApplicationRowFigures Row(string key) => Applications.Single(r => r.Key == key);

    /// <summary>Every figure by a stable key, e.g. <c>三.received.6</c> (the total of new applications).</summary>
    public IReadOnlyDictionary<string, decimal> Cells()
    {
        var cells = new SortedDictionary<string, decimal>(StringComparer.Ordinal)
        {
            ["二.regulations.issued"] = Entries.RegulationsIssued,
            ["二.regulations.repealed"] = Entries.RegulationsRepealed,
            ["二.regulations.in-force"] = Entries.RegulationsInForce,
            ["二.normative.issued"] = Normative.Issued,
            ["二.normative.repealed"] = Normative.Repealed,
            ["二.normative.in-force"] = Normative.InForce,
            ["二.licensing"] = Entries.Licensing,
            ["二.penalties"] = Entries.Penalties,
            ["二.enforcement"] = Entries.Enforcement,
            ["二.fees"] = Entries.Fees,
        };
        foreach (var row in Applications)
        {
            for (var i = 0; i < row.Counts.Count; i++)
            {
                cells[$"三.{row.Key}.{i}"] = row.Counts[i];
            }
        }

        foreach (var (group, values) in Four())
        {
            for (var i = 0; i < values.Count; i++)
            {
                cells[$"四.{group}.{i}"] = values[i];
            }
        }

        return cells;
    }

    /// <summary>Table 四's three groups with their totals added.</summary>
    public IReadOnlyList<(string Group, IReadOnlyList<int> Values)> Four() =>
    [
        ("reconsideration", WithTotal(Entries.Reconsideration)),
        ("direct", WithTotal(Entries.LitigationDirect)),
        ("after", WithTotal(Entries.LitigationAfterReconsideration)),
    ];

    public static string Format(decimal value) => value.ToString(value == decimal.Truncate(value) ? "0" : "0.##", CultureInfo.InvariantCulture);

    private static IReadOnlyList<int> WithTotal(IReadOnlyList<int> values) => [.. values, values.Sum()];
}
