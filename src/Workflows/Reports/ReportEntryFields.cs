using Disclosure.Workflows.Common;

namespace Disclosure.Workflows.Reports;

/// <summary>One figure staff enter: its key (as the API's JSON and the form name it), its label, whether it is an amount.</summary>
public sealed record ReportEntryField(string Key, string Label, bool IsAmount);

/// <summary>
/// The figures of the 2021 format the record cannot answer, entered by staff: table 二's 规章 row
/// (a subdistrict office makes no 规章, so normally 0, but the catalogue has no such category to
/// count), 行政许可, 行政处罚, 行政强制 (decisions this system does not record) and 行政事业性收费
/// (万元, two decimals); table 四 cell by cell. The validator, the form and its messages read this
/// one list, so a figure has one key and one Chinese label everywhere.
/// </summary>
public static class ReportEntryFields
{
    /// <summary>Table 四's groups as <see cref="ReportEntries"/> names them, with the report's group codes.</summary>
    public static IReadOnlyList<(string Key, string Group)> FourGroups { get; } =
        [("reconsideration", "reconsideration"), ("litigationDirect", "direct"), ("litigationAfterReconsideration", "after")];

    /// <summary>The four columns staff enter per group (the total is computed).</summary>
    public static IReadOnlyList<string> FourColumns { get; } = ["upheld", "corrected", "other", "pending"];

    public static IReadOnlyList<ReportEntryField> Two { get; } =
    [
        Of("regulationsIssued", "regulations", "issued"),
        Of("regulationsRepealed", "regulations", "repealed"),
        Of("regulationsInForce", "regulations", "in-force"),
        Of("licensing", "licensing", "decisions"),
        Of("penalties", "penalties", "decisions"),
        Of("enforcement", "enforcement", "decisions"),
        Of("fees", "fees", "fees", isAmount: true),
    ];

    public static IReadOnlyList<ReportEntryField> Four { get; } =
        [.. FourGroups.SelectMany(g => FourColumns.Select((column, i) => new ReportEntryField(FourKey(g.Key, i), FourLabel(g.Group, column), false)))];

    public static IReadOnlyList<ReportEntryField> All { get; } = [.. Two, .. Four];

    public static ReportEntryField Field(string key) => All.Single(f => f.Key == key);

    public static string FourKey(string group, int column) => $"{group}[{column}]";

    /// <summary>The label of a whole group of table 四, e.g. 行政诉讼（未经复议直接起诉）.</summary>
    public static string FourGroupLabel(string group) => group switch
    {
        "reconsideration" => Messages.ReportFourGroup("reconsideration").Text,
        _ => Messages.ReportLitigationGroup(Messages.ReportFourGroup(group).Text).Text,
    };

    /// <summary>Every entered figure by key; a table 四 group of the wrong length gives none of its cells.</summary>
    public static IReadOnlyDictionary<string, decimal> Values(ReportEntries entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var values = new Dictionary<string, decimal>(StringComparer.Ordinal)
        {
            ["regulationsIssued"] = entries.RegulationsIssued,
            ["regulationsRepealed"] = entries.RegulationsRepealed,
            ["regulationsInForce"] = entries.RegulationsInForce,
            ["licensing"] = entries.Licensing,
            ["penalties"] = entries.Penalties,
            ["enforcement"] = entries.Enforcement,
            ["fees"] = entries.Fees,
        };
        foreach (var (key, group) in Groups(entries))
        {
            if (group is null || group.Count != FourColumns.Count)
            {
                continue;
            }

            for (var i = 0; i < group.Count; i++)
            {
                values[FourKey(key, i)] = group[i];
            }
        }

        return values;
    }

    /// <summary>The entries with these figures (whole numbers already checked), the texts kept.</summary>
    public static ReportEntries With(ReportEntries entries, IReadOnlyDictionary<string, decimal> values)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(values);
        int Whole(string key) => (int)values[key];
        IReadOnlyList<int> Group(string key) => [.. FourColumns.Select((_, i) => Whole(FourKey(key, i)))];
        return entries with
        {
            RegulationsIssued = Whole("regulationsIssued"), RegulationsRepealed = Whole("regulationsRepealed"), RegulationsInForce = Whole("regulationsInForce"),
            Licensing = Whole("licensing"), Penalties = Whole("penalties"), Enforcement = Whole("enforcement"), Fees = values["fees"],
            Reconsideration = Group("reconsideration"), LitigationDirect = Group("litigationDirect"), LitigationAfterReconsideration = Group("litigationAfterReconsideration"),
        };
    }

    /// <summary>The problem with a figure, if any: a whole number (or an amount with two decimals) from 0 to <see cref="AnnualReports.MaxFigure"/>.</summary>
    public static UserMessage? Check(ReportEntryField field, decimal value)
    {
        ArgumentNullException.ThrowIfNull(field);
        var places = field.IsAmount ? 2 : 0;
        return value < 0 || value > AnnualReports.MaxFigure || decimal.Round(value, places) != value ? Invalid(field) : null;
    }

    /// <summary>What a figure must be, said at its field.</summary>
    public static UserMessage Invalid(ReportEntryField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.IsAmount ? Messages.ReportAmountInvalid(field.Label) : Messages.ReportFigureInvalid(field.Label);
    }

    internal static IEnumerable<(string Key, IReadOnlyList<int>? Values)> Groups(ReportEntries entries) =>
    [
        ("reconsideration", entries.Reconsideration), ("litigationDirect", entries.LitigationDirect),
        ("litigationAfterReconsideration", entries.LitigationAfterReconsideration),
    ];

    private static ReportEntryField Of(string key, string row, string column, bool isAmount = false) =>
        new(key, Messages.ReportFieldLabel(Messages.ReportTwoRow(row).Text, Messages.ReportTwoColumn(column).Text).Text, isAmount);

    private static string FourLabel(string group, string column) =>
        Messages.ReportFieldLabel(FourGroupLabel(group), Messages.ReportFourColumn(column).Text).Text;
}
