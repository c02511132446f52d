using Npgsql;

namespace Disclosure.Host.Tests.Api;

/// <summary>
/// A fingerprint of every row of every table in the product's and the accounts' schemas, one hash
/// per table, taken in one round trip so it can be compared around every request.
/// </summary>
internal sealed class DatabaseSnapshot(string connectionString)
{
    // A failed sign-in on an existing account counts against it (five lock it for 15 minutes) and
    // Identity stamps the row it updates: these columns change by design on a refused request.
    // Nothing else may: the job server is off in the fuzz host (no scans, no sweeps, no job log),
    // and rate-limit state lives in memory.
    private static readonly Dictionary<string, string[]> PerRequestColumns = new(StringComparer.Ordinal)
    {
        ["accounts.AspNetUsers"] = ["AccessFailedCount", "LockoutEnd", "ConcurrencyStamp"],
    };

    private string? _query;

    public async Task<Dictionary<string, string>> TakeAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        _query ??= await BuildQueryAsync(connection);
        await using var command = new NpgsqlCommand(_query, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            hashes[reader.GetString(0)] = reader.GetString(1);
        }

        return hashes;
    }

    /// <summary>
    /// The next transaction id PostgreSQL will hand out. Every transaction that writes a row gets
    /// one (read-only ones do not), so while this stays the same nothing can have changed.
    /// </summary>
    public async Task<string> NextTransactionIdAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_snapshot_xmax(pg_current_snapshot())::text", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The tables whose fingerprint differs.</summary>
    public static IReadOnlyList<string> Changed(Dictionary<string, string> before, Dictionary<string, string> after) =>
        [.. after.Keys.Union(before.Keys).Where(t => before.GetValueOrDefault(t) != after.GetValueOrDefault(t)).Order(StringComparer.Ordinal)];

    private static async Task<string> BuildQueryAsync(NpgsqlConnection connection)
    {
        var tables = new List<(string Schema, string Name)>();
        await using (var command = new NpgsqlCommand(
            "SELECT table_schema, table_name FROM information_schema.tables WHERE table_schema IN ('disclosure', 'accounts') AND table_type = 'BASE TABLE' ORDER BY 1, 2",
            connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        Assert.True(tables.Count >= 15, $"only {tables.Count} tables found");
        return string.Join("\nUNION ALL\n", tables.Select(t =>
        {
            var name = $"{t.Schema}.{t.Name}";
            var row = PerRequestColumns.TryGetValue(name, out var skipped)
                ? "(to_jsonb(x)" + string.Concat(skipped.Select(c => $" - '{c}'")) + ")::text"
                : "to_jsonb(x)::text";
            return $"SELECT '{name}', md5(coalesce(string_agg(md5({row}), '' ORDER BY md5({row})), '')) FROM \"{t.Schema}\".\"{t.Name}\" x";
        }));
    }
}
