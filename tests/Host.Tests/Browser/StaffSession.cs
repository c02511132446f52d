using Microsoft.Playwright;

namespace Disclosure.Host.Tests.Browser;

/// <summary>
/// A member of staff's browser tab: signed in through the sign-in page, and collecting every
/// console error and Content-Security-Policy violation so a test can assert there were none.
/// </summary>
public sealed class StaffSession
{
    public const string Password = "Yongan@2026";

    private StaffSession(IPage page) => Page = page;

    public IPage Page { get; }

    public List<string> Problems { get; } = [];

    public static async Task<StaffSession> OpenAsync(RunningHost host, int width = 1280, int height = 900)
    {
        ArgumentNullException.ThrowIfNull(host);
        var context = await host.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BaseURL = host.BaseUrl,
        });
        var session = new StaffSession(await context.NewPageAsync());
        session.Page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                session.Problems.Add(message.Text);
            }
        };
        session.Page.PageError += (_, error) => session.Problems.Add(error);
        return session;
    }

    public static async Task<StaffSession> SignInAsync(RunningHost host, string userName, int width = 1280, int height = 900)
    {
        var session = await OpenAsync(host, width, height);
        await session.Page.GotoAsync("/login");
        await session.Page.GetByLabel("用户名").FillAsync(userName);
        await session.Page.GetByLabel("密码").FillAsync(Password);
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await session.Page.WaitForURLAsync("**/app");
        await Assertions.Expect(session.Page.Locator("h1")).ToHaveTextAsync("待办任务");
        return session;
    }

    /// <summary>English a user must never meet on a staff screen (words that leaked before).</summary>
    public static IReadOnlyList<string> EnglishLeaks { get; } =
        ["submit", "approve", "Refused", "Validation failed", "Forbidden", "Passwords must", "Published", "Not Found"];

    /// <summary>Pages this tab visited and checked for English.</summary>
    public List<string> Checked { get; } = [];

    /// <summary>Fails when the page's visible text holds any of <see cref="EnglishLeaks"/>.</summary>
    public async Task AssertChineseAsync()
    {
        var text = await Page.EvaluateAsync<string>("document.body.innerText");
        var found = EnglishLeaks.Where(word => text.Contains(word, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(found.Count == 0, $"English on {Page.Url}: {string.Join(", ", found)}");
        Checked.Add(Page.Url);
    }

    /// <summary>The page body does not scroll sideways at the tab's width.</summary>
    public async Task AssertFitsWidthAsync()
    {
        var (scroll, width) = (await Page.EvaluateAsync<int>("document.documentElement.scrollWidth"), await Page.EvaluateAsync<int>("window.innerWidth"));
        Assert.True(scroll <= width, $"{Page.Url} scrolls sideways: {scroll}px content in a {width}px window");
    }

    /// <summary>No script error and no CSP violation happened in this tab.</summary>
    public void AssertNoProblems() => Assert.True(Problems.Count == 0, "browser problems: " + string.Join(" | ", Problems));
}
