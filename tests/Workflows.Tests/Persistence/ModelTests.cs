using Disclosure.Testing;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Workflows.Tests.Persistence;

public sealed class ModelTests
{
    [Fact]
    public void TheModel_HasNoChangesMissingAMigration()
    {
        using var db = TestDatabase.CreateMigrated("model").NewContext();

        Assert.False(db.Database.HasPendingModelChanges(), "run `dotnet ef migrations add ...` for the model changes");
    }
}
