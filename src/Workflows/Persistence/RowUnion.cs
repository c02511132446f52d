using System.Text;
using System.Text.RegularExpressions;

namespace Disclosure.Workflows.Persistence;

/// <summary>One part of a <see cref="RowUnion"/>: an entity's rows from its table, or single values.</summary>
internal sealed record RowSet(IReadOnlyList<(string Sql, string StoreType)> Columns, string? From)
{
    /// <summary>The rows of <paramref name="row"/>'s table that meet <paramref name="where"/>.</summary>
    public static RowSet Rows(EntityRow row, string where) => new([.. row.Columns], $"{row.Table} WHERE {where}");

    /// <summary>One row of values (scalar subqueries, typically), each with its store type.</summary>
    public static RowSet Values(params (string Sql, string StoreType)[] values) => new(values, null);
}

/// <summary>
/// Several tables' rows in one statement of one round trip: a <c>UNION ALL</c> whose first column
/// says which part a row belongs to. The parts share the other columns: each column of the union
/// has one type, and a part puts each of its columns in the first one of that type (length aside)
/// it has not used yet, and <c>NULL</c> in those it does not use. So the union is as wide as its
/// widest part, not as all of them together.
/// </summary>
/// <remarks>
/// PostgreSQL sets up every part's list of columns on each execution of a prepared statement, and
/// the first version of this union, every part's columns side by side (about 110), cost it about a
/// tenth more CPU per workflow step than the statement it replaced (docs/benchmarks.md, "Ninth pass").
/// </remarks>
internal sealed partial class RowUnion
{
    private readonly int[][] _ordinals;

    public RowUnion(params RowSet[] sets)
    {
        var slots = new List<string>();
        _ordinals = new int[sets.Length][];
        for (var i = 0; i < sets.Length; i++)
        {
            var used = new HashSet<int>();
            _ordinals[i] = [.. sets[i].Columns.Select(column =>
            {
                var type = BaseType(column.StoreType);
                var slot = Enumerable.Range(0, slots.Count).FirstOrDefault(s => slots[s] == type && !used.Contains(s), -1);
                if (slot < 0)
                {
                    slot = slots.Count;
                    slots.Add(type);
                }

                used.Add(slot);
                return slot + 1;
            })];
        }

        var sql = new StringBuilder();
        for (var i = 0; i < sets.Length; i++)
        {
            var columns = slots.Select(type => $"NULL::{type}").ToArray();
            for (var c = 0; c < _ordinals[i].Length; c++)
            {
                columns[_ordinals[i][c] - 1] = sets[i].Columns[c].Sql;
            }

            sql.Append(i == 0 ? "SELECT " : " UNION ALL SELECT ").Append(i);
            foreach (var column in columns)
            {
                sql.Append(", ").Append(column);
            }

            if (sets[i].From is { } from)
            {
                sql.Append(" FROM ").Append(from);
            }
        }

        Sql = sql.ToString();
        Width = slots.Count + 1;
    }

    public string Sql { get; }

    /// <summary>The union's columns, the part's number first.</summary>
    public int Width { get; }

    /// <summary>Where the columns of the part numbered <paramref name="set"/> (the row's first column) are, in the part's order.</summary>
    public int[] Ordinals(int set) => _ordinals[set];

    /// <summary>A store type without its length or precision (<c>character varying(64)</c> is <c>character varying</c>), as a union's column has it.</summary>
    private static string BaseType(string storeType) => Modifier().Replace(storeType, string.Empty).Trim();

    [GeneratedRegex(@"\s*\(\s*\d+(\s*,\s*\d+)?\s*\)")]
    private static partial Regex Modifier();
}
