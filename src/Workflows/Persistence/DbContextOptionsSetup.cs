using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Disclosure.Workflows.Persistence;

public static class DbContextOptionsSetup
{
    /// <summary>
    /// The provider and conventions every context of the product uses. Queries that bring an item
    /// with its versions (whose attachments are always included) run as one statement, as EF Core
    /// does by default, and say so, so EF does not warn about it at every start: the collections
    /// are nested, not side by side, so the rows do not multiply (a version's attachments come once
    /// per version), and one statement reads them all from one snapshot.
    /// </summary>
    public static DbContextOptionsBuilder UseDisclosureDatabase(this DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", "disclosure")
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
            .UseSnakeCaseNamingConvention()
            .LogFailuresWhereHandled();

    /// <summary>
    /// A failed statement or connection is logged once where it is handled (the problem mapping,
    /// the outage log, the job's failure), not again by EF at every request. For every context,
    /// the accounts' too: each request reads its account.
    /// </summary>
    public static DbContextOptionsBuilder LogFailuresWhereHandled(this DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(w => w.Log(
            (RelationalEventId.ConnectionError, LogLevel.Debug),
            (RelationalEventId.CommandError, LogLevel.Debug),
            (CoreEventId.QueryIterationFailed, LogLevel.Debug),
            (CoreEventId.SaveChangesFailed, LogLevel.Debug)));
}
