using Microsoft.Playwright;

namespace Disclosure.Host.Tests.Browser;

/// <summary>What every administration screen must hold to: Chinese words only, and a phone-wide page.</summary>
internal static class AdminScreens
{
    /// <summary>English a user met on the old screens; none may appear again.</summary>
    public static readonly string[] EnglishLeaks = ["submit", "approve", "Refused", "Validation failed", "Forbidden", "Passwords must", "Published"];

    /// <summary>Hostile text for names and labels: it must show as text and never run.</summary>
    public const string Hostile = "\"'><script>alert(1)</script><img src=x onerror=alert(2)> javascript:alert(3)";

    public static async Task AssertNoEnglishAsync(IPage page)
    {
        var text = await page.EvaluateAsync<string>("() => document.body.innerText");
        Assert.All(EnglishLeaks, word => Assert.False(text.Contains(word, StringComparison.Ordinal), $"“{word}” on {page.Url}"));
    }

    /// <summary>The page is not wider than the window: nothing scrolls sideways.</summary>
    public static async Task AssertFitsAsync(IPage page)
    {
        var sizes = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(sizes[0] <= sizes[1], $"{page.Url} is {sizes[0]} px wide in a {sizes[1]} px window");
    }

    /// <summary>Fails the test when the page opens a dialog (an alert a hostile string ran).</summary>
    public static void RefuseDialogs(IPage page, List<string> problems) =>
        page.Dialog += (_, dialog) =>
        {
            problems.Add("a dialog opened: " + dialog.Message);
            _ = dialog.DismissAsync();
        };
}
