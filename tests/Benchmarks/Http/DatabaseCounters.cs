using Npgsql;

namespace Disclosure.Benchmarks.Http;

/// <summary>
/// What the application database did over a window: commits (pg_stat_database), statements by
/// query with their execution and planning time (pg_stat_statements, transaction control included), and WAL records (pg_stat_wal). Read
/// from the postgres database so the readings themselves are not counted.
/// </summary>
internal sealed class DatabaseCounters(BenchCluster cluster)
{
    public sealed record Snapshot(long Commits, long Rollbacks, long WalRecords, long WalBytes, long WalSyncs, Dictionary<long, (string Query, long Calls, double ExecMs, double PlanMs)> Statements);

    public sealed record Delta(long Commits, long Rollbacks, long WalRecords, long WalBytes, long WalSyncs, long Statements, long TransactionControl,
        IReadOnlyList<(string Query, long Calls, double ExecMs, double PlanMs)> ByQuery);

    public async Task<Snapshot> TakeAsync()
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionStringFor("postgres"));
        await connection.OpenAsync();
        long commits, rollbacks, walRecords, walBytes, walSyncs;
        await using (var command = new NpgsqlCommand(
            $"SELECT d.xact_commit, d.xact_rollback, w.wal_records, w.wal_bytes::bigint, w.wal_sync FROM pg_stat_database d, pg_stat_wal w WHERE d.datname = '{BenchCluster.AppDatabase}'", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            await reader.ReadAsync();
            (commits, rollbacks, walRecords, walBytes, walSyncs) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
        }

        var statements = new Dictionary<long, (string, long, double, double)>();
        await using (var command = new NpgsqlCommand(
            $"SELECT queryid, query, calls, total_exec_time, total_plan_time FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = '{BenchCluster.AppDatabase}')", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var id = reader.IsDBNull(0) ? 0 : reader.GetInt64(0);
                var previous = statements.GetValueOrDefault(id);
                statements[id] = (reader.GetString(1), previous.Item2 + reader.GetInt64(2), previous.Item3 + reader.GetDouble(3), previous.Item4 + reader.GetDouble(4));
            }
        }

        return new Snapshot(commits, rollbacks, walRecords, walBytes, walSyncs, statements);
    }

    public static Delta Between(Snapshot before, Snapshot after)
    {
        var byQuery = after.Statements
            .Select(s =>
            {
                var b = before.Statements.GetValueOrDefault(s.Key);
                return (s.Value.Query, Calls: s.Value.Calls - b.Calls, ExecMs: s.Value.ExecMs - b.ExecMs, PlanMs: s.Value.PlanMs - b.PlanMs);
            })
            .Where(s => s.Calls > 0).OrderByDescending(s => s.Calls).ToList();
        var control = byQuery.Where(s => IsTransactionControl(s.Query)).Sum(s => s.Calls);
        return new Delta(after.Commits - before.Commits, after.Rollbacks - before.Rollbacks, after.WalRecords - before.WalRecords,
            after.WalBytes - before.WalBytes, after.WalSyncs - before.WalSyncs, byQuery.Sum(s => s.Calls), control, byQuery);
    }

    public static bool IsTransactionControl(string query)
    {
        var head = query.TrimStart().Split(' ', 2)[0].ToUpperInvariant();
        return head is "BEGIN" or "COMMIT" or "ROLLBACK" or "SAVEPOINT" or "RELEASE" or "START";
    }
}
