using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Disclosure.Host.Accounts;

/// <summary>Lets <c>dotnet ef migrations add … --context AccountsDbContext</c> work without starting the Host.</summary>
internal sealed class AccountsDesignTimeFactory : IDesignTimeDbContextFactory<AccountsDbContext>
{
    public AccountsDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<AccountsDbContext>()
        .UseNpgsql(Environment.GetEnvironmentVariable("DISCLOSURE_CONNECTION") ?? "Host=localhost;Database=disclosure",
            npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", AccountsDbContext.Schema))
        .Options);
}
