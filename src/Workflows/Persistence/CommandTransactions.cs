using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Disclosure.Workflows.Persistence;

/// <summary>The command's open transaction, for the statements the engine sends itself (the lock, a step's writes, the journal).</summary>
internal static class CommandTransactions
{
    /// <summary>Npgsql's transaction under EF Core's; null when none is open.</summary>
    public static NpgsqlTransaction? CommandTransaction(this DatabaseFacade database) =>
        database.CurrentTransaction?.GetDbTransaction() as NpgsqlTransaction;
}
