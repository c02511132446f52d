using Microsoft.Playwright;

namespace Disclosure.Host.Tests.Browser;

/// <summary>What drafters and leaders do on a published item's screen: confirm it, draft a second version, withdraw it.</summary>
[Collection(BrowserHosts.StandardPathChanged)]
public sealed class ItemActionsBrowserTests(RunningHost host) : IClassFixture<BrowserClass>
{
    private const string Duties = "永安街道办事处领导班子成员职责分工";

    [Fact]
    public async Task ADrafterConfirmsAndRevisesAPublishedItem_AndALeaderWithdrawsIt()
    {
        var drafter = await StaffSession.SignInAsync(host, "wangmin");
        var page = drafter.Page;
        await page.GotoAsync("/app/items");
        await page.GetByLabel("关键字").FillAsync("职责分工");
        await page.GetByRole(AriaRole.Button, new() { Name = "检索" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("item-count")).ToHaveTextAsync("共 1 项");
        await page.GetByTestId("items").GetByRole(AriaRole.Link, new() { Name = Duties }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "确认内容仍然有效" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("notice")).ToContainTextAsync("已确认该事项内容仍然有效，下次复核日期：");
        await Assertions.Expect(page.GetByTestId("save-note")).ToContainTextAsync("保存将起草第 2 版");
        await page.GetByLabel("公开依据").FillAsync("《中华人民共和国政府信息公开条例》第二十条第（二）项");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("notice")).ToHaveTextAsync("已保存第 2 版。");
        await Assertions.Expect(page.GetByTestId("published-note")).ToHaveTextAsync("第 1 版仍在公开，第 2 版正在起草或审核，发布后将替代第 1 版。");
        await Assertions.Expect(page.GetByTestId("versions").Locator("li")).ToHaveCountAsync(2);
        await drafter.AssertChineseAsync();

        var leader = await StaffSession.SignInAsync(host, "zhangzhiqiang");
        await leader.Page.GotoAsync(page.Url.Split('?')[0]);
        await Assertions.Expect(leader.Page.GetByTestId("read-only-reason")).ToHaveTextAsync("只有拟稿人可以修改公开事项，您可以查看。");
        await leader.Page.GetByRole(AriaRole.Button, new() { Name = "撤回事项" }).ClickAsync();
        await Assertions.Expect(leader.Page.Locator("[data-field=reason] .field-error")).ToHaveTextAsync("撤回必须说明理由。");
        await leader.Page.GetByLabel("撤回理由").FillAsync("职责分工已调整，待重新发布。");
        await leader.Page.GetByRole(AriaRole.Button, new() { Name = "撤回事项" }).ClickAsync();
        await Assertions.Expect(leader.Page.GetByTestId("notice")).ToHaveTextAsync("该事项已撤回，所有版本已从公开栏目撤下。");
        await Assertions.Expect(leader.Page.GetByTestId("read-only-reason")).ToHaveTextAsync("该事项已撤回，不能再修改。");
        await leader.AssertChineseAsync();

        var reader = await host.NewPageAsync();
        await reader.GotoAsync(host.BaseUrl + "/gongkai?category=4.2");
        await Assertions.Expect(reader.GetByRole(AriaRole.Link, new() { Name = Duties })).ToHaveCountAsync(0);
        drafter.AssertNoProblems();
        leader.AssertNoProblems();
    }
}
