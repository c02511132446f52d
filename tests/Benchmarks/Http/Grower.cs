using System.Collections.Concurrent;
using System.Diagnostics;
using Npgsql;

namespace Disclosure.Benchmarks.Http;

/// <summary>
/// Brings the live instances to a target count with bulk SQL: copies of one instance the API
/// prepared (item, version, instance, its tasks and journal lines), each waiting at 保密审查 with
/// an open review task the engine can complete. Ids are time-ordered like the engine's (UUIDv7,
/// older than any real one). The copies' journal lines are chained to each other, but their hashes
/// are derived from the template's, not recomputed from their content.
/// </summary>
internal sealed class Grower(BenchCluster cluster)
{
    private const int Chunk = 50_000;

    public async Task<ConcurrentQueue<Guid>> GrowAsync(int target)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionStringFor(BenchCluster.AppDatabase));
        await connection.OpenAsync();
        var live = await ScalarAsync<long>(connection, "SELECT count(*) FROM disclosure.workflow_instances WHERE status = 'Running'");
        var template = await ScalarAsync<Guid>(connection,
            "SELECT instance_id FROM disclosure.tasks WHERE status = 'Open' AND node_id = 'review' AND claimed_by_id IS NULL ORDER BY created_at LIMIT 1");
        var copies = (int)Math.Max(0, target - live);
        // Copies made by an earlier call (the tasks prepared in bulk before --grow) keep their
        // numbers: this call's copies are numbered after them, or their ids would collide.
        var made = (int)await ScalarAsync<long>(connection, "SELECT count(*) FROM disclosure.workflow_instances WHERE id::text LIKE '________-0003-7000-8%'");
        Console.WriteLine($"growing from {live:N0} to {target:N0} live instances: {copies:N0} copies of instance {template}");
        var watch = Stopwatch.StartNew();
        var statements = await BuildAsync(connection, template);
        for (var from = 1; from <= copies; from += Chunk)
        {
            var to = Math.Min(copies, from + Chunk - 1);
            await using var transaction = await connection.BeginTransactionAsync();
            foreach (var sql in statements)
            {
                await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
                command.Parameters.AddWithValue("from", made + from);
                command.Parameters.AddWithValue("to", made + to);
                command.Parameters.AddWithValue("template", template);
                await command.ExecuteNonQueryAsync();
            }

            await transaction.CommitAsync();
            Console.WriteLine($"  {to:N0} copies after {watch.Elapsed.TotalSeconds:F0} s");
        }

        foreach (var sql in new[] { "VACUUM ANALYZE", "CHECKPOINT" })
        {
            await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
            await command.ExecuteNonQueryAsync();
        }

        var sizes = await ScalarAsync<string>(connection,
            "SELECT coalesce(string_agg(relname || ' ' || pg_size_pretty(pg_total_relation_size(c.oid)), ', ' ORDER BY pg_total_relation_size(c.oid) DESC), 'no table over 10 MB') "
            + "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'disclosure' AND c.relkind = 'r' AND pg_total_relation_size(c.oid) > 10000000");
        Console.WriteLine($"grown in {watch.Elapsed.TotalSeconds:F0} s (with VACUUM ANALYZE and CHECKPOINT); live instances "
            + $"{await ScalarAsync<long>(connection, "SELECT count(*) FROM disclosure.workflow_instances WHERE status = 'Running'"):N0}, "
            + $"journal rows {await ScalarAsync<long>(connection, "SELECT count(*) FROM disclosure.journal"):N0}; {sizes}");

        var open = new ConcurrentQueue<Guid>();
        await using (var command = new NpgsqlCommand(
            "SELECT id FROM disclosure.tasks WHERE status = 'Open' AND node_id = 'review' AND claimed_by_id IS NULL ORDER BY random() LIMIT 150000", connection) { CommandTimeout = 0 })
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                open.Enqueue(reader.GetGuid(0));
            }
        }

        return open;
    }

    /// <summary>One INSERT … SELECT per table, every column copied from the template but the ones that make a copy its own.</summary>
    private static async Task<List<string>> BuildAsync(NpgsqlConnection connection, Guid template)
    {
        // Time-ordered ids, one sequence per table, all older than any id the engine made.
        static string Id(string table, string number, string row = "0") =>
            $"(lpad(to_hex({number}), 8, '0') || '-{table}-7000-8' || lpad(to_hex({row}), 3, '0') || '-000000000000')::uuid";
        var item = Id("0001", "g");
        var version = Id("0002", "g");
        var instance = Id("0003", "g");
        static string Hash(string column) => $"CASE WHEN {column} = '' THEN '' ELSE encode(sha256(convert_to({column} || ':' || g, 'UTF8')), 'hex') END";

        var tables = new (string Table, string Template, Dictionary<string, string> Overrides)[]
        {
            ("items", "SELECT * FROM disclosure.items WHERE id = (SELECT item_id FROM disclosure.workflow_instances WHERE id = @template)",
                new() { ["id"] = item }),
            ("item_versions", "SELECT * FROM disclosure.item_versions WHERE id = (SELECT item_version_id FROM disclosure.workflow_instances WHERE id = @template)",
                new() { ["id"] = version, ["item_id"] = item, ["title"] = "t.title || ' ' || g" }),
            ("workflow_instances", "SELECT * FROM disclosure.workflow_instances WHERE id = @template",
                new() { ["id"] = instance, ["item_id"] = item, ["item_version_id"] = version }),
            ("tasks", "SELECT *, row_number() OVER (ORDER BY created_at, id) AS k FROM disclosure.tasks WHERE instance_id = @template",
                new() { ["id"] = Id("0004", "g", "t.k"), ["instance_id"] = instance, ["item_id"] = item, ["item_version_id"] = version }),
            ("journal", "SELECT * FROM disclosure.journal WHERE instance_id = @template",
                new() { ["id"] = "", ["instance_id"] = instance, ["item_id"] = item, ["item_version_id"] = version, ["hash"] = Hash("t.hash"), ["previous_hash"] = Hash("t.previous_hash") }),
        };

        var statements = new List<string>();
        foreach (var (table, source, overrides) in tables)
        {
            var columns = new List<string>();
            await using (var command = new NpgsqlCommand(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = 'disclosure' AND table_name = @table ORDER BY ordinal_position", connection))
            {
                command.Parameters.AddWithValue("table", table);
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    columns.Add(reader.GetString(0));
                }
            }

            // An empty override leaves the column to its default (the journal's identity).
            var copied = columns.Where(c => overrides.GetValueOrDefault(c) != "").ToList();
            var values = copied.Select(c => overrides.TryGetValue(c, out var expression) ? expression : $"t.{c}");
            statements.Add($"INSERT INTO disclosure.{table} ({string.Join(", ", copied)}) SELECT {string.Join(", ", values)} "
                + $"FROM ({source}) AS t CROSS JOIN generate_series(@from, @to) AS g ORDER BY g{(table == "journal" ? ", t.id" : string.Empty)}");
        }

        return statements;
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
