using System.Collections.Concurrent;
using System.Text;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Disclosure.Workflows.Engine;

/// <summary>
/// Writes a step's changes and its journal lines in one round trip, without EF Core's update
/// pipeline, when the step changed only what most steps change: tasks it completed, claimed or
/// opened and its instance's own columns. Anything else (an item or its version, an instance's
/// clock or exemption, a new instance, a deletion) is left to <c>SaveChanges</c>, whole.
/// </summary>
/// <remarks>
/// A profile of the completion benchmark found a quarter of the Host's CPU in <c>SaveChanges</c>
/// for these three or four rows (docs/benchmarks.md, "Fifth pass"). The statements here are the
/// ones EF Core would send (an <c>UPDATE</c> of the modified columns by key, an <c>INSERT</c> of
/// every column), built from EF Core's own model and type mappings, so a column added to a task
/// or an instance is written with no change here. Updates go before inserts, as EF Core orders
/// them, so a task closed and a task opened at the same step meet no unique index; every update
/// must touch its row; a unique index refusing a row is the same conflict <c>SaveChanges</c>
/// reports. The instance is locked, so no concurrency token is needed on either table; a table
/// that has one (or a value the database generates) is never written here.
/// </remarks>
internal static class StepWrites
{
    private static readonly ConcurrentDictionary<IEntityType, Table?> Tables = new();

    /// <summary>
    /// Writes and accepts the changes and the unwritten journal lines; false (nothing written) when
    /// they are not for this path. The caller has just scanned for changes (<c>DetectChanges</c>).
    /// </summary>
    public static async Task<bool> TryWriteAsync(StepContext context, CancellationToken cancellationToken)
    {
        var db = context.Db;
        if (db.Database.CommandTransaction() is not { } transaction)
        {
            return false;
        }

        var tracker = db.ChangeTracker;
        var updates = new List<(EntityEntry Entry, Table Table)>(4);
        var inserts = new List<(EntityEntry Entry, Table Table)>(2);
        foreach (var entry in tracker.AsTracked())
        {
            if (entry.State == EntityState.Unchanged)
            {
                continue;
            }

            var table = entry.Entity is WorkflowTask or WorkflowInstance ? Tables.GetOrAdd(entry.Metadata, Table.Of) : null;
            switch (entry.State)
            {
                case EntityState.Modified when table is not null:
                    updates.Add((entry, table));
                    break;
                case EntityState.Added when table is { CanInsert: true } && entry.Entity is WorkflowTask:
                    inserts.Add((entry, table));
                    break;
                default:
                    return false;
            }
        }

        await using var batch = new NpgsqlBatch(transaction.Connection, transaction);
        foreach (var (entry, table) in updates)
        {
            batch.BatchCommands.Add(table.Update(entry));
        }

        foreach (var (entry, table) in inserts)
        {
            batch.BatchCommands.Add(table.Insert(entry));
        }

        var journal = context.UnwrittenJournal();
        if (journal is not null)
        {
            batch.BatchCommands.Add(journal);
        }

        if (batch.BatchCommands.Count > 0)
        {
            try
            {
                await batch.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                throw new ConflictException(Messages.WorkflowChangedMeanwhile, ex);
            }

            for (var i = 0; i < updates.Count; i++)
            {
                if (batch.BatchCommands[i].RecordsAffected != 1)
                {
                    throw new ConflictException(Messages.ItemChangedMeanwhile);
                }
            }
        }

        context.JournalWritten();
        tracker.AcceptAllChanges();
        return true;
    }

    /// <summary>A table as EF Core maps it: its name, key and columns with their type mappings.</summary>
    private sealed class Table
    {
        private readonly string _name;
        private readonly Column _key;
        private readonly Column[] _columns;
        private readonly string _insert;

        private Table(string name, Column key, Column[] columns, bool canInsert)
        {
            CanInsert = canInsert;
            _name = name;
            _key = key;
            _columns = columns;
            var values = string.Join(", ", columns.Select((_, i) => $"${i + 1}"));
            _insert = $"INSERT INTO {name} ({string.Join(", ", columns.Select(c => c.Name))}) VALUES ({values})";
        }

        /// <summary>
        /// False when a row of this table is not made here: a value the database makes on insert
        /// (a default), or owned entities stored with the row. Their updates are still written here
        /// (an owned entity's change is an entry of its own, which sends the step to SaveChanges).
        /// </summary>
        public bool CanInsert { get; }

        /// <summary>Null when the table is not for this path: a concurrency token, a value the database makes on update, a composite key.</summary>
        public static Table? Of(IEntityType type)
        {
            var key = type.FindPrimaryKey();
            if (StoreNames.Table(type) is not { } name || key is not { Properties.Count: 1 })
            {
                return null;
            }

            var canInsert = !type.GetNavigations().Any(n => n.TargetEntityType.IsOwned());
            var columns = new List<Column>();
            foreach (var property in type.GetProperties())
            {
                if (property.IsConcurrencyToken || property.ValueGenerated.HasFlag(ValueGenerated.OnUpdate) || property.GetColumnName() is not { } column)
                {
                    return null;
                }

                canInsert &= property.ValueGenerated == ValueGenerated.Never;
                columns.Add(new Column(property, StoreNames.Quote(column), property.GetRelationalTypeMapping()));
            }

            return new Table(name, columns.Single(c => c.Property == key.Properties[0]), [.. columns], canInsert);
        }

        public NpgsqlBatchCommand Update(EntityEntry entry)
        {
            var command = new NpgsqlBatchCommand();
            var sql = new StringBuilder("UPDATE ").Append(_name).Append(" SET ");
            foreach (var column in _columns)
            {
                if (column.Property != _key.Property && entry.Property(column.Property).IsModified)
                {
                    if (command.Parameters.Count > 0)
                    {
                        sql.Append(", ");
                    }

                    command.Parameters.Add(column.Parameter(entry.CurrentValues[column.Property]));
                    sql.Append(column.Name).Append(" = $").Append(command.Parameters.Count);
                }
            }

            command.Parameters.Add(_key.Parameter(entry.OriginalValues[_key.Property]));
            sql.Append(" WHERE ").Append(_key.Name).Append(" = $").Append(command.Parameters.Count);
            command.CommandText = sql.ToString();
            return command;
        }

        public NpgsqlBatchCommand Insert(EntityEntry entry)
        {
            var command = new NpgsqlBatchCommand(_insert);
            foreach (var column in _columns)
            {
                command.Parameters.Add(column.Parameter(entry.CurrentValues[column.Property]));
            }

            return command;
        }
    }

    /// <summary>One column: its parameter is made by EF Core's type mapping (value converter, database type), positional.</summary>
    private sealed record Column(IProperty Property, string Name, RelationalTypeMapping Mapping)
    {
        private static readonly NpgsqlCommand Factory = new();

        public NpgsqlParameter Parameter(object? value) =>
            (NpgsqlParameter)Mapping.CreateParameter(Factory, string.Empty, value, Property.IsNullable);
    }
}
