using AntDesign;
using Disclosure.Host.Accounts;
using Disclosure.Host.Components.Common;
using Disclosure.Host.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.WebEncoders;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;

namespace Disclosure.Host.Components;

/// <summary>
/// The screens: Razor components (static server rendering for public pages and sign-in, Blazor
/// Server for the staff screens), their security headers, culture and error pages.
/// See docs/decisions/0004-screens.md.
/// </summary>
internal static class ScreensRegistration
{
    public static IHostApplicationBuilder AddScreens(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddAntDesign();
        services.AddSingleton<ScopedOperations>();
        // Chinese text stays Chinese in the HTML (encoded only where HTML needs it), not &#x...; entities.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(options =>
        {
            // One culture for everyone: the office works in Simplified Chinese, and the Hangfire
            // dashboard picks its own zh resources from it.
            options.SetDefaultCulture("zh-CN");
            options.AddSupportedCultures("zh-CN");
            options.AddSupportedUICultures("zh-CN");
            options.RequestCultureProviders.Clear();
        });
        LocaleProvider.DefaultLanguage = "zh-CN";
        return builder;
    }

    /// <summary>Culture, security headers and error pages: before anything answers a request.</summary>
    public static WebApplication UseScreens(this WebApplication app)
    {
        app.UseRequestLocalization();
        app.UseContentSecurityPolicy();
        // Browsers get a Chinese page for an empty error response; API clients keep problem documents.
        app.UseStatusCodePagesWithReExecute("/error/{0}", createScopeForStatusCodePages: true);
        app.Use((context, next) =>
        {
            if (IsApi(context.Request.Path) && context.Features.Get<IStatusCodePagesFeature>() is { } pages)
            {
                pages.Enabled = false;
            }

            return next(context);
        });
        app.UseWhen(context => IsApi(context.Request.Path), branch => branch.UseStatusCodePages());
        return app;
    }

    public static WebApplication MapScreens(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        // A form post with the antiforgery token (the staff layout's 退出登录 button).
        app.MapPost("/logout", async (SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("/login");
        }).WithMetadata(new RequireAntiforgeryTokenAttribute()).ExcludeFromDescription();
        return app;
    }

    private static bool IsApi(PathString path) => path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi");
}
