using Disclosure.Testing;
using Disclosure.Workflows.Catalogue;
using Microsoft.Playwright;

namespace Disclosure.Host.Tests.Browser;

/// <summary>
/// Text that looks like markup or script, planted through the API as a drafter and a reviewer
/// could type it (and a file name), is shown as text on every staff screen: no dialog ever opens, and the characters
/// read exactly as typed.
/// </summary>
[Collection(BrowserHosts.PublicColumn)]
public sealed class HostileTextBrowserTests(RunningHost host) : IClassFixture<BrowserClass>
{
    private const string Title = "<script>alert('title')</script>\"><img src=x onerror=alert('img')>供热通知";
    private const string Holder = "ACME\" autofocus onfocus=\"alert('holder')";
    private const string Details = "javascript:alert('details')";
    private const string Comment = "<img src=x onerror=alert('comment')>'\" 请补充";
    private const string FileName = "plan' onmouseover='alert(1)' x='&amp;<script>alert(2)</script>.pdf";

    [Fact]
    public async Task MarkupInTitlesNamesAndComments_IsShownAsText_OnEveryStaffScreen()
    {
        using var drafterApi = await HostApi.SignInAsync(host, "wangmin");
        using var reviewerApi = await HostApi.SignInAsync(host, "lijianguo");
        var input = SampleItems.DivisionOfDuties(Title) with
        {
            RightsHolders = [new RightsHolderInput { Name = Holder, Contact = "<b>13800000000</b>", Concern = "PersonalPrivacy", Details = Details }],
        };
        var itemId = (await drafterApi.PostAsync("/api/items", input)).GetProperty("id").GetGuid();
        var file = (await drafterApi.UploadAsync(itemId, FileName, SampleFiles.Pdf())).GetProperty("fileName").GetString()!;
        await drafterApi.PostAsync($"/api/items/{itemId}/submit", new { });
        await reviewerApi.CompleteAsync(itemId, new { outcome = "return", comment = Comment });

        var drafter = await StaffSession.SignInAsync(host, "wangmin");
        var dialogs = Watch(drafter);
        await Assertions.Expect(drafter.Page.GetByTestId("tasks")).ToContainTextAsync(Title);
        await drafter.Page.GotoAsync("/app/items");
        await Assertions.Expect(drafter.Page.GetByTestId("items")).ToContainTextAsync(Title);
        await drafter.Page.GotoAsync($"/app/items/{itemId}");
        await Assertions.Expect(drafter.Page.GetByLabel("标题", new() { Exact = true })).ToHaveValueAsync(Title);
        await Assertions.Expect(drafter.Page.GetByLabel("权利人名称")).ToHaveValueAsync(Holder);
        await Assertions.Expect(drafter.Page.GetByLabel("具体内容")).ToHaveValueAsync(Details);
        await Assertions.Expect(drafter.Page.GetByTestId("returned")).ToContainTextAsync(Comment);
        await Assertions.Expect(drafter.Page.GetByTestId("history")).ToContainTextAsync(Comment);
        await Assertions.Expect(drafter.Page.GetByTestId("attachments").GetByRole(AriaRole.Link, new() { Name = file, Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(drafter.Page.GetByRole(AriaRole.Button, new() { Name = $"删除附件 {file}" })).ToBeVisibleAsync();
        await drafter.Page.GetByRole(AriaRole.Button, new() { Name = "提交审查" }).ClickAsync();
        await Assertions.Expect(drafter.Page.GetByTestId("notice")).ToContainTextAsync("已提交");

        var reviewer = await StaffSession.SignInAsync(host, "lijianguo");
        dialogs.AddRange(Watch(reviewer));
        await Assertions.Expect(reviewer.Page.GetByTestId("tasks")).ToContainTextAsync(Title);
        await reviewer.Page.GetByTestId("tasks").GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        await Assertions.Expect(reviewer.Page.Locator("h1")).ToHaveTextAsync($"保密审查：{Title}");
        await Assertions.Expect(reviewer.Page.GetByTestId("rights-holders")).ToContainTextAsync(Holder);
        await Assertions.Expect(reviewer.Page.GetByTestId("rights-holders")).ToContainTextAsync(Details);
        await Assertions.Expect(reviewer.Page.GetByTestId("rights-holders")).ToContainTextAsync("<b>13800000000</b>");
        await Assertions.Expect(reviewer.Page.GetByTestId("history")).ToContainTextAsync(Comment);
        await Assertions.Expect(reviewer.Page.GetByTestId("attachments").GetByRole(AriaRole.Link, new() { Name = file, Exact = true })).ToBeVisibleAsync();
        Assert.Equal(0, await reviewer.Page.Locator("[onmouseover], script:not([src])").CountAsync());
        await reviewer.Page.GetByLabel("意见").FillAsync(Comment);
        await reviewer.Page.GetByRole(AriaRole.Button, new() { Name = "审查通过" }).ClickAsync();
        await Assertions.Expect(reviewer.Page.GetByTestId("history")).ToContainTextAsync($"结果：审查通过；意见：{Comment}");

        Assert.Equal(0, await reviewer.Page.Locator("img[src=x]").CountAsync());
        Assert.Empty(dialogs);
        drafter.AssertNoProblems();
        reviewer.AssertNoProblems();
    }

    private static List<string> Watch(StaffSession session)
    {
        var dialogs = new List<string>();
        session.Page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        return dialogs;
    }
}
