using System.Text;

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
/// says which part a row belongs to and whose other columns are every part's columns side by side,
/// each part's row filling its own and <c>NULL</c> (typed, as a union needs) elsewhere.
/// </summary>
internal sealed class RowUnion
{
    private readonly int[] _offsets;

    public RowUnion(params RowSet[] sets)
    {
        _offsets = new int[sets.Length];
        var offset = 1;
        for (var i = 0; i < sets.Length; i++)
        {
            _offsets[i] = offset;
            offset += sets[i].Columns.Count;
        }

        var sql = new StringBuilder();
        for (var i = 0; i < sets.Length; i++)
        {
            sql.Append(i == 0 ? "SELECT " : " UNION ALL SELECT ").Append(i);
            for (var j = 0; j < sets.Length; j++)
            {
                foreach (var (column, storeType) in sets[j].Columns)
                {
                    sql.Append(", ").Append(i == j ? column : $"NULL::{storeType}");
                }
            }

            if (sets[i].From is { } from)
            {
                sql.Append(" FROM ").Append(from);
            }
        }

        Sql = sql.ToString();
    }

    public string Sql { get; }

    /// <summary>Where the columns of the part numbered <paramref name="set"/> (the row's first column) start.</summary>
    public int Offset(int set) => _offsets[set];
}
