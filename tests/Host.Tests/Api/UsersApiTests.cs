using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Disclosure.Testing;
using Disclosure.Workflows.Definitions;

namespace Disclosure.Host.Tests.Api;

public sealed class UsersApiTests(DisclosureAppFactory factory) : IClassFixture<DisclosureAppFactory>
{
    [Fact]
    public async Task AnAdministrator_CreatesAUserWithRoles_UnderThePasswordRules()
    {
        var office = await Office.SignInAsync(factory);

        var weak = await office.Admin.PostJson("/api/users", new { userName = "sunli", displayName = "孙丽", password = "123456", roles = new[] { "drafter" } }, HttpStatusCode.BadRequest);
        var noRole = await office.Admin.PostJson("/api/users", new { userName = "sunli", displayName = "孙丽", password = "Strong@Pass1", roles = new[] { "mayor" } }, HttpStatusCode.BadRequest);
        var created = await office.Admin.PostJson("/api/users", new { userName = "sunli", displayName = "孙丽", responsibleBody = "社会事务办公室", password = "Strong@Pass1", roles = new[] { "drafter", "reviewer" } }, HttpStatusCode.Created);
        await office.Drafter.GetJson("/api/users", HttpStatusCode.Forbidden);

        Assert.True(weak.GetProperty("errors").TryGetProperty("password", out _));
        Assert.True(noRole.GetProperty("errors").TryGetProperty("roles", out _));
        Assert.Equal(2, created.GetProperty("roles").GetArrayLength());
        var login = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = "sunli", password = "Strong@Pass1" });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }

    [Fact]
    public async Task ADraft_IsEditedOnlyByItsDrafter()
    {
        var office = await Office.SignInAsync(factory);
        var colleague = await factory.SignedInAsync("zhoumei", Roles.Drafter, "周梅");
        var itemId = await ApprovalPathApiTests.CreateAsync(office.Drafter, SampleItems.DivisionOfDuties("归属测试"));

        var denied = await colleague.PutAsJsonAsync($"/api/items/{itemId}", SampleItems.DivisionOfDuties("被他人修改"));
        var allowed = await office.Drafter.PutAsJsonAsync($"/api/items/{itemId}", SampleItems.DivisionOfDuties("本人修改"));

        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal("本人修改", (await office.Drafter.GetJson($"/api/items/{itemId}")).GetProperty("versions")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task TheCreateAdminCommand_MakesAnAdministratorWhoCanSignIn()
    {
        _ = factory.CreateClient();
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "Disclosure.Host.dll"), "create-admin", "firstadmin", "第一管理员" })
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["ConnectionStrings__Disclosure"] = factory.ConnectionString;
        info.Environment["DISCLOSURE_ADMIN_PASSWORD"] = "First@Admin2026";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, output);
        var login = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = "firstadmin", password = "First@Admin2026" });
        var client = factory.CreateClient();
        using var token = System.Text.Json.JsonDocument.Parse(await login.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.RootElement.GetProperty("accessToken").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/process-definitions", UriKind.Relative))).StatusCode);
    }
}
