using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Disclosure.Workflows.Persistence;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the model without starting the Host (and its private
/// PostgreSQL). Commands that touch a database read DISCLOSURE_CONNECTION.
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<DisclosureDbContext>
{
    public DisclosureDbContext CreateDbContext(string[] args)
    {
        var connection = Environment.GetEnvironmentVariable("DISCLOSURE_CONNECTION") ?? "Host=localhost;Database=disclosure";
        var options = new DbContextOptionsBuilder<DisclosureDbContext>();
        options.UseDisclosureDatabase(connection);
        return new DisclosureDbContext(options.Options);
    }
}
