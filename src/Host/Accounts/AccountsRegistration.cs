using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Disclosure.Host.Accounts;

internal static class AccountsRegistration
{
    public const string CookieOrBearer = "CookieOrBearer";
    public const string Administrators = "administrators";

    /// <summary>
    /// Identity on PostgreSQL, cookie sign-in for browsers and bearer tokens for API clients on the
    /// same users, lockout and password rules, and the roles of the office.
    /// </summary>
    /// <summary>The accounts' database as the Host uses it: its own history table in its own schema.</summary>
    public static DbContextOptionsBuilder UseAccountsDatabase(this DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", AccountsDbContext.Schema))
            .LogFailuresWhereHandled();

    public static IHostApplicationBuilder AddAccounts(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<AccountCheck>();
        services.AddSingleton<AccountChanges>();
        services.AddDbContext<AccountsDbContext>((sp, options) => options
            .UseAccountsDatabase(sp.GetRequiredService<DatabaseEndpoint>().ApplicationConnectionString)
            .AddInterceptors(sp.GetRequiredService<AccountChanges>()),
            // Built once, like the product's context's options (WorkflowsRegistration).
            contextLifetime: ServiceLifetime.Scoped, optionsLifetime: ServiceLifetime.Singleton);

        services.AddIdentityCore<AppUser>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
            })
            .AddErrorDescriber<ChineseIdentityErrors>()
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddSignInManager<AppSignInManager>()
            .AddClaimsPrincipalFactory<AppClaimsFactory>()
            .AddDefaultTokenProviders();

        services.AddSingleton<Microsoft.Extensions.Options.IPostConfigureOptions<Microsoft.AspNetCore.Authentication.BearerToken.BearerTokenOptions>, RememberBearerTickets>();
        services.AddAuthentication(CookieOrBearer)
            .AddPolicyScheme(CookieOrBearer, "Cookie or bearer token", options =>
            {
                options.ForwardDefaultSelector = context =>
                    context.Request.Headers[HeaderNames.Authorization].ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? IdentityConstants.BearerScheme
                        : IdentityConstants.ApplicationScheme;
            })
            .AddBearerToken(IdentityConstants.BearerScheme, options => options.BearerTokenExpiration = TimeSpan.FromHours(8))
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(options =>
            {
                options.LoginPath = "/login";
                options.AccessDeniedPath = "/forbidden";
                options.Cookie.Name = "disclosure.auth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
                options.SlidingExpiration = true;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                // APIs answer 401/403 as problems; only pages redirect to the sign-in page.
                options.Events.OnRedirectToLogin = context => ApiOr(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => ApiOr(context, StatusCodes.Status403Forbidden);
            }));

        // Cookies and bearer tokens alike are checked by AccountCheck (UseAccountCheck): a disabled
        // user, a new password or other roles end them within Accounts:CheckInterval (30 s), at once
        // on the node that made the change, without a database round trip on every request (ADR 0008).
        // The cookie's own validator keeps Identity's interval and only refreshes cookies.
        services.AddScoped<UserAdministration>();
        // Open screens too (Blazor registers its own provider only when none is registered).
        services.AddScoped<AuthenticationStateProvider, AccountRevalidation>();

        services.AddAuthorizationBuilder()
            .AddPolicy(Administrators, policy => policy.RequireRole(Roles.Administrator));
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, DenialLogging>();
        services.AddScoped<StaffDirectory>();
        services.AddHostedService<AccountsStartup>();
        return builder;
    }

    private static Task ApiOr(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/hangfire"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
