using System.Reflection;
using System.Text.RegularExpressions;
using Disclosure.Testing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;

namespace Disclosure.Host.Tests.Screens;

/// <summary>
/// An open staff screen lives in a circuit signed in once; when its account stops being valid
/// (disabled, a new password, other roles: AccountRevalidation) only a SessionGuard on the screen
/// reloads it so that the sign-in page answers. The screens are found by reflection (every routable
/// component with an interactive render mode), so a new screen cannot be forgotten; whether it
/// renders the guard is read from its source: on a line of its own at the top level of the markup
/// (not inside an @if), itself or through a component that does (AdminFrame).
/// </summary>
public sealed partial class SessionGuardRuleTests
{
    [Fact]
    public void EveryInteractiveScreen_RequiresSignIn_AndRendersTheSessionGuard()
    {
        var screens = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t) && t.GetCustomAttributes<RouteAttribute>().Any())
            .Where(t => t.GetCustomAttribute<RenderModeAttribute>(inherit: true) is { Mode: not null })
            .ToList();
        var guarding = GuardingComponents();

        var open = screens.Where(t => !t.GetCustomAttributes<AuthorizeAttribute>(inherit: true).Any()).Select(t => t.FullName).ToList();
        var unguarded = screens.Where(t => !Renders(Source(t), guarding)).Select(t => t.FullName).ToList();

        // The reflection finds the screens this rule is about (a wrong filter would pass vacuously).
        Assert.Contains(typeof(Components.Pages.Staff.TaskList), screens);
        Assert.Contains(typeof(Components.Reports.AnnualReportPage), screens);
        Assert.Contains(typeof(Components.Pages.Admin.Users.UserList), screens);
        Assert.Empty(open);
        Assert.Empty(unguarded);
    }

    [Fact]
    public void TheRule_TellsAGuardedScreenFromOneWhoseGuardIsConditionalOrMissing()
    {
        var guarding = new HashSet<string>(StringComparer.Ordinal) { "SessionGuard", "AdminFrame" };

        Assert.True(Renders("@page \"/x\"\n<SessionGuard />\n<h1>x</h1>", guarding));
        Assert.True(Renders("@page \"/x\"\n<AdminFrame Title=\"用户\">\n    <p>x</p>\n</AdminFrame>", guarding));
        Assert.False(Renders("@page \"/x\"\n@if (_ready)\n{\n    <SessionGuard />\n}", guarding));
        Assert.False(Renders("@page \"/x\"\n<h1>x</h1>\n@* <SessionGuard /> *@", guarding));
        Assert.False(Renders("@page \"/x\"\n<SessionGuardian />", guarding));
    }

    /// <summary>SessionGuard, and every component that renders one at its top level, to a fixed point.</summary>
    private static HashSet<string> GuardingComponents()
    {
        var sources = Directory.GetFiles(ComponentsFolder(), "*.razor", SearchOption.AllDirectories)
            .Select(f => (Name: Path.GetFileNameWithoutExtension(f), Text: File.ReadAllText(f))).ToList();
        var guarding = new HashSet<string>(StringComparer.Ordinal) { "SessionGuard" };
        while (sources.Where(s => !guarding.Contains(s.Name) && Renders(s.Text, guarding)).Select(s => s.Name).ToList() is { Count: > 0 } more)
        {
            guarding.UnionWith(more);
        }

        return guarding;
    }

    private static bool Renders(string source, HashSet<string> guarding) =>
        TopLevelTag().Matches(source).Any(m => guarding.Contains(m.Groups[1].Value));

    /// <summary>The .razor file of a component: its namespace below Disclosure.Host.Components is its folder.</summary>
    private static string Source(Type screen)
    {
        var folder = screen.Namespace!["Disclosure.Host.Components".Length..].Split('.', StringSplitOptions.RemoveEmptyEntries);
        return File.ReadAllText(Path.Combine([ComponentsFolder(), .. folder, screen.Name + ".razor"]));
    }

    private static string ComponentsFolder() => Path.Combine(RepositoryFiles.Root(), "src", "Host", "Components");

    // A tag opening a line (markup inside @if, loops and render fragments is indented), the name ending at a space, > or />.
    [GeneratedRegex(@"^<([A-Z]\w*)(?=[\s/>])", RegexOptions.Multiline)]
    private static partial Regex TopLevelTag();
}
