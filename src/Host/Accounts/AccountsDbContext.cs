using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Host.Accounts;

/// <summary>
/// Sign-in data (ASP.NET Core Identity) in its own schema, beside the product's tables: who may act
/// is the Host's concern; the Workflows project only sees an actor and roles.
/// </summary>
public sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options) : IdentityDbContext<AppUser, IdentityRole, string>(options)
{
    public const string Schema = "accounts";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasDefaultSchema(Schema);
        builder.Entity<AppUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(100);
            user.Property(u => u.ResponsibleBody).HasMaxLength(200);
            user.Property(u => u.DisabledBy).HasMaxLength(100);
            user.Ignore(u => u.IsDisabled);
        });
    }
}
