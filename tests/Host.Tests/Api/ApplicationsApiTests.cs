using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using Disclosure.Workflows.Definitions;

namespace Disclosure.Host.Tests.Api;

/// <summary>Applications over the API: registration by staff, who sees personal data, the extension, supervision's workbook.</summary>
public sealed class ApplicationsApiTests(DisclosureAppFactory factory) : IClassFixture<DisclosureAppFactory>
{
    private static object Registration(string channel = "InPerson") => new
    {
        applicantKind = "Business", name = "淄博某商贸有限公司", identityNumber = "91370306MA3C000001", contactPerson = "王经理",
        phone = "0533-6180001", email = "trade@example.cn", description = "本街道2025年度临街商铺租金评估报告", delivery = "Electronic",
        channel, responsibleBody = "党政办公室",
    };

    [Fact]
    public async Task StaffRegister_AnInPersonApplication_AndOnlyThoseHandlingItSeeTheApplicant()
    {
        var office = await Office.SignInAsync(factory);
        var outsider = await factory.SignedInAsync("qianming", Roles.Drafter, "钱明", body: "财政所");

        var receipt = await office.Drafter.PostJson("/api/applications", Registration(), HttpStatusCode.Created);
        var id = receipt.GetProperty("id").GetGuid();
        Assert.Matches(@"^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$", receipt.GetProperty("trackingCode").GetString()!);

        var mine = await office.Drafter.GetJson($"/api/applications/{id}");
        var theirs = await outsider.GetJson($"/api/applications/{id}");
        Assert.Equal("淄博某商贸有限公司", mine.GetProperty("applicant").GetProperty("name").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, theirs.GetProperty("applicant").ValueKind);
        Assert.DoesNotContain("淄博某商贸", (await outsider.GetStringAsync(new Uri("/api/applications", UriKind.Relative))), StringComparison.Ordinal);
        Assert.Equal("登记", mine.GetProperty("currentStep").GetString());

        // Online applications come through the public page, not the staff registration.
        var online = await office.Drafter.PostAsJsonAsync("/api/applications", Registration("Online"));
        Assert.Equal("channel", (await online.Json(HttpStatusCode.BadRequest)).GetProperty("codes").EnumerateObject().Single().Name);
        Assert.Equal(HttpStatusCode.Forbidden, (await office.Reviewer.PostAsJsonAsync("/api/applications", Registration())).StatusCode);
    }

    [Fact]
    public async Task ALeaderExtends_TheApplicantIsTold_AndTheSecondExtensionIsRefused()
    {
        var office = await Office.SignInAsync(factory);
        var id = (await office.Drafter.PostJson("/api/applications", Registration(), HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var refused = await office.Drafter.PostAsJsonAsync($"/api/applications/{id}/extension", new { workingDays = 10, reason = "档案较多" });
        var extended = await office.Leader.PostJson($"/api/applications/{id}/extension", new { workingDays = 10, reason = "需调取多个年度档案" });
        var again = await office.Leader.PostAsJsonAsync($"/api/applications/{id}/extension", new { workingDays = 5, reason = "再延" });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(1, extended.GetProperty("extensions").GetInt32());
        Assert.Equal("clock.extension.used", (await again.Json(HttpStatusCode.Conflict)).GetProperty("code").GetString());
        var history = await office.Drafter.GetJson($"/api/applications/{id}");
        Assert.Equal(1, history.GetProperty("extensions").GetInt32());
    }

    [Fact]
    public async Task TheSupervisionView_IsForLeaders_AndExportsAWorkbookWithASheetPerTable()
    {
        var office = await Office.SignInAsync(factory);
        await office.Drafter.PostJson("/api/applications", Registration(), HttpStatusCode.Created);

        Assert.Equal(HttpStatusCode.Forbidden, (await office.Drafter.GetAsync(new Uri("/api/supervision", UriKind.Relative))).StatusCode);
        var view = await office.Leader.GetJson("/api/supervision");
        var workbook = await office.Leader.GetAsync(new Uri("/api/supervision/export.xlsx", UriKind.Relative));

        Assert.True(view.TryGetProperty("replies", out _));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(await workbook.Content.ReadAsStreamAsync());
        using var reader = new StreamReader(zip.GetEntry("xl/workbook.xml")!.Open());
        var sheets = await reader.ReadToEndAsync();
        foreach (var sheet in new[] { "按时率", "逾期（按科室）", "逾期（按环节）", "长期未更新事项" })
        {
            Assert.Contains(sheet, sheets, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheReplyTypes_AreListedWithTheirGroundsAndArticles_WithoutTheSystemOnlyGround()
    {
        var office = await Office.SignInAsync(factory);
        var types = await office.Drafter.GetJson("/api/applications/reply-types");

        Assert.Equal(["disclose", "partial", "withhold", "unavailable", "not-processed", "other"], types.EnumerateArray().Select(t => t.GetProperty("code").GetString()));
        var withhold = types.EnumerateArray().Single(t => t.GetProperty("code").GetString() == "withhold");
        Assert.Equal(8, withhold.GetProperty("grounds").GetArrayLength());
        var other = types.EnumerateArray().Single(t => t.GetProperty("code").GetString() == "other");
        Assert.DoesNotContain(other.GetProperty("grounds").EnumerateArray(), g => g.GetProperty("code").GetString() == "no-correction");
    }
}
