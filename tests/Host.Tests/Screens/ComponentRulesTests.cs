using System.Text.RegularExpressions;
using Disclosure.Testing;

namespace Disclosure.Host.Tests.Screens;

/// <summary>Rules every component keeps, read from the source (docs/decisions/0004-screens.md).</summary>
public sealed partial class ComponentRulesTests
{
    /// <summary>
    /// What a component may inject. Anything holding a DbContext goes through ScopedOperations, so
    /// no context lives as long as a circuit. The sign-in page is static (one request) and signs in
    /// through Identity's SignInManager, which needs the request's HttpContext. AttachmentOptions is
    /// configuration (the size limit), held by no context. SessionGuard listens to the circuit's
    /// AuthenticationStateProvider (AccountRevalidation, which opens a scope of its own per check).
    /// </summary>
    private static readonly HashSet<string> Allowed = new(StringComparer.Ordinal)
    {
        "ScopedOperations", "NavigationManager", "IJSRuntime", "TimeProvider", "ILogger<Login>",
        "SignInManager<AppUser>@Login.razor", "AttachmentOptions", "AuthenticationStateProvider@SessionGuard.razor",
    };

    /// <summary>The stored bodies and interpretations (item versions, the public item page), sanitised when saved.</summary>
    private static readonly string[] SanitisedBodies = ["Version.Body", "Model.Body", "_item.Body", "interpretation"];

    [Fact]
    public void Components_ReachTheDatabaseOnlyThroughAScopePerOperation()
    {
        var injected = Razor().SelectMany(file => Inject().Matches(File.ReadAllText(file))
            .Select(m => m.Groups[1].Value)
            .Select(type => Allowed.Contains(type) ? null : Allowed.Contains($"{type}@{Path.GetFileName(file)}") ? null : $"{Path.GetFileName(file)}: {type}"))
            .OfType<string>().ToList();

        Assert.NotEmpty(Razor());
        Assert.Empty(injected);
    }

    [Fact]
    public void NoComponent_WritesMarkupFromStrings_OrRunsInlineScript()
    {
        var problems = new List<string>();
        foreach (var file in Razor())
        {
            var text = File.ReadAllText(file);
            // Stored bodies are sanitised on save (RichText.Sanitize); nothing else becomes markup.
            problems.AddRange(Markup().Matches(text).Select(m => m.Value)
                .Where(m => !SanitisedBodies.Any(body => m.EndsWith(body, StringComparison.Ordinal)))
                .Select(m => $"{Path.GetFileName(file)}: {m}"));
            problems.AddRange(InlineScript().Matches(text).Select(m => $"{Path.GetFileName(file)}: {m.Value}"));
        }

        Assert.Empty(problems);
    }

    private static string[] Razor() =>
        Directory.GetFiles(Path.Combine(RepositoryFiles.Root(), "src", "Host", "Components"), "*.razor", SearchOption.AllDirectories);

    [GeneratedRegex(@"^@inject\s+(\S+)\s+\w+\s*$", RegexOptions.Multiline)]
    private static partial Regex Inject();

    [GeneratedRegex(@"\(MarkupString\)[^)\s]*")]
    private static partial Regex Markup();

    // Case-sensitive on purpose: HTML event attributes are lowercase (onclick=), Razor's are @onclick and OnValidSubmit.
    [GeneratedRegex(@"<script(?![^>]*\ssrc=)[^>]*>|\son[a-z]+=""")]
    private static partial Regex InlineScript();
}
