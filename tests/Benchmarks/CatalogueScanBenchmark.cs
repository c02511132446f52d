using System.Diagnostics;
using Disclosure.Testing;
using Npgsql;

namespace Disclosure.Benchmarks;

/// <summary>
/// Fills a throwaway database with generated catalogue items and shows, with EXPLAIN ANALYZE, that
/// the three recurring scans read their partial indexes rather than the tables.
/// </summary>
internal static class CatalogueScanBenchmark
{
    public static readonly (string Name, string Sql)[] Scans =
    [
        ("periodic due (next 10 days or overdue)", "SELECT id, next_period_key, next_period_due_on FROM disclosure.items WHERE next_period_due_on IS NOT NULL AND next_period_due_on <= DATE '2026-11-27' + 10"),
        ("long-term stale", "SELECT id, review_due_on FROM disclosure.items WHERE review_due_on IS NOT NULL AND review_due_on <= DATE '2026-11-27'"),
        ("unpublished past 20 working days", "SELECT id, item_id, publish_by FROM disclosure.item_versions WHERE status IN ('Draft', 'InReview', 'Returned') AND publish_by < DATE '2026-11-27'"),
    ];

    public static async Task RunAsync(int items)
    {
        var database = TestDatabase.CreateMigrated("bench");
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();

        var watch = Stopwatch.StartNew();
        await GenerateAsync(connection, items);
        Console.WriteLine($"generated {items:N0} items and {items:N0} versions in {watch.Elapsed.TotalSeconds:F1} s");

        foreach (var (name, sql) in Scans)
        {
            Console.WriteLine();
            Console.WriteLine($"== {name}");
            Console.WriteLine(sql);
            await using (var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + sql, connection))
            await using (var reader = await explain.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    Console.WriteLine("  " + reader.GetString(0));
                }
            }

            // Cold runs are in the plan above; time five warm runs end to end, rows read by the client.
            var times = new List<double>();
            long rows = 0;
            for (var i = 0; i < 5; i++)
            {
                watch.Restart();
                rows = 0;
                await using var command = new NpgsqlCommand(sql, connection);
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    rows++;
                }

                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine($"  rows {rows:N0}; client time ms: {string.Join(", ", times.Select(t => t.ToString("F1", System.Globalization.CultureInfo.InvariantCulture)))}");
        }
    }

    public static async Task GenerateAsync(NpgsqlConnection connection, int items)
    {
        // A realistic mix: 40 % long-term, 40 % periodic, 20 % immediate. Due dates spread over two
        // years around 2026-11-27 so that a few per cent are due or stale; 3 % of versions pending.
        var sql = $"""
            SET synchronous_commit = off;
            INSERT INTO disclosure.items (id, category_code, timing, cadence, review_interval_months, last_confirmed_on, review_due_on,
                next_period_key, next_period_due_on, responsible_body, created_at, created_by)
            SELECT md5(i::text)::uuid,
                   (ARRAY['1.1','1.2','2.1','2.2','2.3','2.4','3.1','3.2','3.3','3.4','4.1','4.2','5'])[1 + i % 13],
                   CASE WHEN i % 5 < 2 THEN 'LongTerm' WHEN i % 5 < 4 THEN 'Periodic' ELSE 'Immediate' END,
                   CASE WHEN i % 5 IN (2, 3) THEN (ARRAY['Monthly','Quarterly','HalfYearly','Yearly'])[1 + i % 4] END,
                   CASE WHEN i % 5 < 2 THEN 12 END,
                   CASE WHEN i % 5 < 2 THEN DATE '2026-11-27' - 365 + (i * 7) % 730 - 350 END,
                   CASE WHEN i % 5 < 2 THEN DATE '2026-11-27' + (i * 7) % 730 - 15 END,
                   CASE WHEN i % 5 IN (2, 3) THEN '2026-Q4' END,
                   CASE WHEN i % 5 IN (2, 3) THEN DATE '2026-11-27' + (i * 13) % 400 - 5 END,
                   '社会事务办公室', now(), 'generator'
            FROM generate_series(1, {items}) AS i;
            INSERT INTO disclosure.item_versions (id, item_id, number, status, title, body, channels, audience, legal_basis, formed_on, publish_by,
                drafter_id, drafter_name, created_at, rights_holders)
            SELECT md5('v' || i)::uuid, md5(i::text)::uuid, 1,
                   CASE WHEN i % 100 < 97 THEN 'Published' WHEN i % 100 = 97 THEN 'Draft' WHEN i % 100 = 98 THEN 'InReview' ELSE 'Returned' END,
                   '第 ' || i || ' 号事项', '<p>正文</p>', ARRAY['Online'], 'Public', '《政府信息公开条例》',
                   DATE '2026-11-27' - (i % 120), DATE '2026-11-27' - (i % 120) + 28,
                   'generator', '生成器', now(), '[]'
            FROM generate_series(1, {items}) AS i;
            ANALYZE disclosure.items;
            ANALYZE disclosure.item_versions;
            """;
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }
}
