using System.Globalization;

namespace Disclosure.Workflows.Catalogue;

/// <summary>
/// The period one disclosure of a periodic item covers: "2026-10" (a month), "2026-Q3",
/// "2026-H2" or "2026" (a year). The key alone tells the cadence, so it is stored as text.
/// </summary>
public readonly record struct DisclosurePeriod
{
    private DisclosurePeriod(Cadence cadence, int year, int index)
    {
        Cadence = cadence;
        Year = year;
        Index = index;
    }

    public Cadence Cadence { get; }

    public int Year { get; }

    /// <summary>Month 1–12, quarter 1–4, half 1–2, or 1 for a year.</summary>
    public int Index { get; }

    public static DisclosurePeriod Of(Cadence cadence, int year, int index)
    {
        var max = PeriodsPerYear(cadence);
        if (year is < 1900 or > 9999 || index < 1 || index > max)
        {
            throw new ArgumentOutOfRangeException(nameof(index), $"{cadence} period {year}/{index} does not exist.");
        }

        return new DisclosurePeriod(cadence, year, index);
    }

    /// <summary>The period of the given cadence that contains the day.</summary>
    public static DisclosurePeriod Containing(Cadence cadence, DateOnly day) => cadence switch
    {
        Cadence.Monthly => new(cadence, day.Year, day.Month),
        Cadence.Quarterly => new(cadence, day.Year, ((day.Month - 1) / 3) + 1),
        Cadence.HalfYearly => new(cadence, day.Year, day.Month <= 6 ? 1 : 2),
        Cadence.Yearly => new(cadence, day.Year, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(cadence)),
    };

    public static int PeriodsPerYear(Cadence cadence) => cadence switch
    {
        Cadence.Monthly => 12,
        Cadence.Quarterly => 4,
        Cadence.HalfYearly => 2,
        Cadence.Yearly => 1,
        _ => throw new ArgumentOutOfRangeException(nameof(cadence)),
    };

    private int MonthsLong => 12 / PeriodsPerYear(Cadence);

    public DateOnly Start => new(Year, ((Index - 1) * MonthsLong) + 1, 1);

    public DateOnly End => Start.AddMonths(MonthsLong).AddDays(-1);

    public DisclosurePeriod Next() =>
        Index == PeriodsPerYear(Cadence) ? new(Cadence, Year + 1, 1) : new(Cadence, Year, Index + 1);

    public DisclosurePeriod Previous() =>
        Index == 1 ? new(Cadence, Year - 1, PeriodsPerYear(Cadence)) : new(Cadence, Year, Index - 1);

    public string Key => Cadence switch
    {
        Cadence.Monthly => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Index:D2}"),
        Cadence.Quarterly => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-Q{Index}"),
        Cadence.HalfYearly => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-H{Index}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>How users read it: 2026年10月, 2026年第3季度, 2026年下半年, 2026年度.</summary>
    public string Label => Cadence switch
    {
        Cadence.Monthly => $"{Year}年{Index}月",
        Cadence.Quarterly => $"{Year}年第{Index}季度",
        Cadence.HalfYearly => $"{Year}年{(Index == 1 ? "上" : "下")}半年",
        _ => $"{Year}年度",
    };

    public override string ToString() => Key;

    public static bool TryParse(string? key, out DisclosurePeriod period)
    {
        period = default;
        if (string.IsNullOrWhiteSpace(key) || key.Length < 4 || !int.TryParse(key.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return false;
        }

        var rest = key[4..];
        (Cadence cadence, string number) parsed = rest switch
        {
            "" => (Cadence.Yearly, "1"),
            _ when rest.StartsWith("-Q", StringComparison.Ordinal) => (Cadence.Quarterly, rest[2..]),
            _ when rest.StartsWith("-H", StringComparison.Ordinal) => (Cadence.HalfYearly, rest[2..]),
            _ when rest.StartsWith('-') && rest.Length == 3 => (Cadence.Monthly, rest[1..]),
            _ => (Cadence.Yearly, string.Empty),
        };
        if (!int.TryParse(parsed.number, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || index < 1 || index > PeriodsPerYear(parsed.cadence) || year < 1900)
        {
            return false;
        }

        period = new DisclosurePeriod(parsed.cadence, year, index);
        return true;
    }

    public static DisclosurePeriod Parse(string key) =>
        TryParse(key, out var period) ? period : throw new FormatException($"'{key}' is not a disclosure period (2026-10, 2026-Q3, 2026-H2, 2026).");
}
