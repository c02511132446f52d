using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Disclosure.Testing;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Disclosure.Host.Tests.Api;

/// <summary>Files on item versions through HTTP, on real PostgreSQL: what is accepted, refused, stored and served to whom.</summary>
public sealed class AttachmentsApiTests(DisclosureAppFactory factory) : IClassFixture<DisclosureAppFactory>
{
    public static TheoryData<string, string, string, bool> EachKind => new()
    {
        { "2026年预算.pdf", nameof(SampleFiles.Pdf), "application/pdf", true },
        { "职责分工.docx", nameof(SampleFiles.Docx), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", false },
        { "职责分工（旧版）.doc", nameof(SampleFiles.Doc), "application/msword", false },
        { "发放明细.xlsx", nameof(SampleFiles.Xlsx), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false },
        { "发放明细（旧版）.xls", nameof(SampleFiles.Xls), "application/vnd.ms-excel", false },
        { "现场照片.png", nameof(SampleFiles.Png), "image/png", true },
        { "现场照片.JPG", nameof(SampleFiles.Jpeg), "image/jpeg", true },
        { "示意图.gif", nameof(SampleFiles.Gif), "image/gif", true },
        { "示意图.webp", nameof(SampleFiles.WebP), "image/webp", true },
    };

    [Theory]
    [MemberData(nameof(EachKind))]
    public async Task EachAcceptedKind_IsStoredWithItsHash_AndDownloadsByteForByte(string fileName, string sample, string mediaType, bool mayOpenInline)
    {
        var office = await Office.SignInAsync(factory);
        var itemId = await ApprovalPathApiTests.CreateAsync(office.Drafter, SampleItems.DivisionOfDuties($"附件类型测试 {fileName}"));
        var bytes = Sample(sample);

        var added = await office.Drafter.UploadJson(itemId, fileName, bytes);

        Assert.Equal(fileName, added.GetProperty("fileName").GetString());
        Assert.Equal(mediaType, added.GetProperty("mediaType").GetString());
        Assert.Equal(bytes.Length, added.GetProperty("length").GetInt64());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), added.GetProperty("sha256").GetString());
        var id = added.GetProperty("id").GetGuid();

        var download = await office.Reviewer.GetAsync(new Uri($"/api/attachments/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(mediaType, download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", Assert.Single(download.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(fileName, download.Content.Headers.ContentDisposition.FileNameStar);

        var inline = await office.Reviewer.GetAsync(new Uri($"/api/attachments/{id}?inline=true", UriKind.Relative));
        Assert.Equal(mayOpenInline ? "inline" : "attachment", inline.Content.Headers.ContentDisposition!.DispositionType);
    }

    [Fact]
    public async Task ImpostorsAreRefused_NamingTheField_AndNothingIsStored()
    {
        var office = await Office.SignInAsync(factory);
        var itemId = await ApprovalPathApiTests.CreateAsync(office.Drafter, SampleItems.DivisionOfDuties("附件冒充测试"));
        var contentsBefore = await CountAsync(db => db.AttachmentContents);

        var exe = await Refused(await office.Drafter.UploadAsync(itemId, "会议通知.pdf", SampleFiles.Exe(), "application/pdf"));
        Assert.Equal("attachment.type-not-allowed", exe.GetProperty("code").GetString());
        Assert.Contains("会议通知.pdf", exe.GetProperty("errors").GetProperty("file")[0].GetString(), StringComparison.Ordinal);
        var textAsDocx = await Refused(await office.Drafter.UploadAsync(itemId, "通知.docx", "这不是 Word 文档"u8.ToArray()));
        Assert.Equal("attachment.type-not-allowed", textAsDocx.GetProperty("code").GetString());
        Assert.Equal("attachment.type-not-allowed", (await Refused(await office.Drafter.UploadAsync(itemId, "通知.docx", SampleFiles.PlainZip()))).GetProperty("code").GetString());
        Assert.Equal("attachment.type-not-allowed", (await Refused(await office.Drafter.UploadAsync(itemId, "宏.docx", SampleFiles.Docm()))).GetProperty("code").GetString());
        Assert.Equal("attachment.type-not-allowed", (await Refused(await office.Drafter.UploadAsync(itemId, "安装.doc", SampleFiles.Msi()))).GetProperty("code").GetString());
        var mismatch = await Refused(await office.Drafter.UploadAsync(itemId, "预算.docx", SampleFiles.Pdf()));
        Assert.Equal("attachment.extension-mismatch", mismatch.GetProperty("code").GetString());
        Assert.Contains(".pdf", mismatch.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("attachment.empty", (await Refused(await office.Drafter.UploadAsync(itemId, "空.pdf", []))).GetProperty("code").GetString());
        using var noFile = new MultipartFormDataContent { { new StringContent("x"), "note" } };
        Assert.Equal("attachment.file-missing", (await Refused(await office.Drafter.PostAsync(new Uri($"/api/items/{itemId}/attachments", UriKind.Relative), noFile))).GetProperty("code").GetString());
        Assert.Equal("attachment.file-missing", (await Refused(await office.Drafter.PostAsJsonAsync($"/api/items/{itemId}/attachments", new { file = "x" }))).GetProperty("code").GetString());

        var list = await office.Drafter.GetJson($"/api/items/{itemId}/attachments");
        Assert.Empty(list.GetProperty("attachments").EnumerateArray());
        Assert.Equal(contentsBefore, await CountAsync(db => db.AttachmentContents));
    }

    [Fact]
    public async Task AFileWithoutExtension_GetsTheOneItsContentCallsFor()
    {
        var office = await Office.SignInAsync(factory);
        var itemId = await ApprovalPathApiTests.CreateAsync(office.Drafter, SampleItems.DivisionOfDuties("无扩展名附件"));

        var added = await office.Drafter.UploadJson(itemId, "扫描件", SampleFiles.Pdf());

        Assert.Equal("扫描件.pdf", added.GetProperty("fileName").GetString());
    }

    [Fact]
    public async Task HostileNames_AreStoredClean_AndOfferedBackSafelyInContentDisposition()
    {
        var office = await Office.SignInAsync(factory);
        var itemId = await ApprovalPathApiTests.CreateAsync(office.Drafter, SampleItems.DivisionOfDuties("附件名称测试"));

        var quoted = await office.Drafter.UploadJson(itemId, "报告\"<img src=x onerror=alert(1)>\";.pdf", SampleFiles.Pdf());
        var pathed = await office.Drafter.UploadJson(itemId, @"..\..\Windows\System32\照片.png", SampleFiles.Png());
        var script = await office.Drafter.UploadJson(itemId, "\"><script>alert(1)</script>.gif", SampleFiles.Gif());

        Assert.Equal("报告＂＜img src=x onerror=alert(1)＞＂;.pdf", quoted.GetProperty("fileName").GetString());
        Assert.Equal("照片.png", pathed.GetProperty("fileName").GetString());
        Assert.Equal("script＞.gif", script.GetProperty("fileName").GetString());
        var download = await office.Drafter.GetAsync(new Uri($"/api/attachments/{quoted.GetProperty("id").GetGuid()}", UriKind.Relative));
        var header = string.Join(" ", download.Content.Headers.GetValues("Content-Disposition"));
        Assert.DoesNotContain("<", header, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", header, StringComparison.Ordinal);
        Assert.Contains("filename*=UTF-8''", header, StringComparison.Ordinal);
        Assert.Equal("报告＂＜img src=x onerror=alert(1)＞＂;.pdf", download.Content.Headers.ContentDisposition!.FileNameStar);
    }

    [Fact]
    public async Task OnlyTheDrafter_ChangesFiles_AndOnlyWhileTheVersionIsEditable_WhileReviewersSeeThem()
    {
        var office = await Office.SignInAsync(factory);
        var colleague = await factory.SignedInAsync("zhoufang", Disclosure.Workflows.Definitions.Roles.Drafter, "周芳");
        var itemId = await ApprovalPathApiTests.CreateAsync(office.Drafter, SampleItems.DivisionOfDuties("附件权限测试"));
        var id = (await office.Drafter.UploadJson(itemId, "分工.pdf", SampleFiles.Pdf())).GetProperty("id").GetGuid();

        await (await colleague.UploadAsync(itemId, "插入.png", SampleFiles.Png())).Json(HttpStatusCode.Forbidden);
        await (await office.Reviewer.UploadAsync(itemId, "插入.png", SampleFiles.Png())).Json(HttpStatusCode.Forbidden);
        await (await colleague.DeleteAsync(new Uri($"/api/attachments/{id}", UriKind.Relative))).Json(HttpStatusCode.Forbidden);
        await office.Drafter.PostJson($"/api/items/{itemId}/submit", new { });

        await (await office.Drafter.UploadAsync(itemId, "晚了.png", SampleFiles.Png())).Json(HttpStatusCode.Conflict);
        await (await office.Drafter.DeleteAsync(new Uri($"/api/attachments/{id}", UriKind.Relative))).Json(HttpStatusCode.Conflict);
        var seen = await office.Reviewer.GetJson($"/api/items/{itemId}/attachments");
        Assert.False(seen.GetProperty("editable").GetBoolean());
        Assert.Equal("分工.pdf", Assert.Single(seen.GetProperty("attachments").EnumerateArray()).GetProperty("fileName").GetString());
        await office.Anonymous.GetJson($"/api/items/{itemId}/attachments", HttpStatusCode.Unauthorized);
        await office.Anonymous.GetJson($"/api/attachments/{id}", HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task OnlyFilesOfThePublishedVersion_ArePublic_AndANewVersionStartsWithThem()
    {
        var office = await Office.SignInAsync(factory);
        var itemId = await ApprovalPathApiTests.CreateAsync(office.Drafter, SampleItems.DivisionOfDuties("附件公开测试"));
        var pdf = SampleFiles.Pdf();
        var first = (await office.Drafter.UploadJson(itemId, "分工.pdf", pdf)).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await office.Anonymous.GetAsync(new Uri($"/gongkai/attachments/{first}", UriKind.Relative))).StatusCode);

        await PublishAsync(office, itemId);
        var published = await office.Anonymous.GetAsync(new Uri($"/gongkai/attachments/{first}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal(pdf, await published.Content.ReadAsByteArrayAsync());
        Assert.Equal("nosniff", Assert.Single(published.Headers.GetValues("X-Content-Type-Options")));

        var update = await office.Drafter.PutAsJsonAsync($"/api/items/{itemId}", SampleItems.DivisionOfDuties("附件公开测试") with { FormedOn = "2026-11-20" });
        await update.Json(HttpStatusCode.OK);
        var draft = await office.Drafter.GetJson($"/api/items/{itemId}/attachments");
        Assert.True(draft.GetProperty("editable").GetBoolean());
        var copy = Assert.Single(draft.GetProperty("attachments").EnumerateArray()).GetProperty("id").GetGuid();
        Assert.NotEqual(first, copy);
        Assert.Equal(HttpStatusCode.NotFound, (await office.Anonymous.GetAsync(new Uri($"/gongkai/attachments/{copy}", UriKind.Relative))).StatusCode);

        // Taking the file off the draft leaves the published version's file (and its bytes) alone.
        Assert.Equal(HttpStatusCode.NoContent, (await office.Drafter.DeleteAsync(new Uri($"/api/attachments/{copy}", UriKind.Relative))).StatusCode);
        Assert.Equal(pdf, await office.Anonymous.GetByteArrayAsync(new Uri($"/gongkai/attachments/{first}", UriKind.Relative)));
        var table = (await office.Drafter.UploadJson(itemId, "新表.xlsx", SampleFiles.Xlsx())).GetProperty("id").GetGuid();

        await PublishAsync(office, itemId);
        Assert.Equal(HttpStatusCode.NotFound, (await office.Anonymous.GetAsync(new Uri($"/gongkai/attachments/{first}", UriKind.Relative))).StatusCode);
        Assert.Equal(SampleFiles.Xlsx().Length, (await office.Anonymous.GetByteArrayAsync(new Uri($"/gongkai/attachments/{table}", UriKind.Relative))).Length);
        Assert.Equal(pdf, await office.Drafter.GetByteArrayAsync(new Uri($"/api/attachments/{first}", UriKind.Relative)));
    }

    [Fact]
    public async Task RemovingTheLastReference_DeletesTheBytes()
    {
        var office = await Office.SignInAsync(factory);
        var itemId = await ApprovalPathApiTests.CreateAsync(office.Drafter, SampleItems.DivisionOfDuties("附件清理测试"));
        var unique = SampleFiles.Pdf().Concat("%unique-to-this-test\n"u8.ToArray()).ToArray();
        var hash = Convert.ToHexStringLower(SHA256.HashData(unique));
        var id = (await office.Drafter.UploadJson(itemId, "一次性.pdf", unique)).GetProperty("id").GetGuid();
        Assert.Equal(1, await CountAsync(db => db.AttachmentContents.Where(c => c.Sha256 == hash)));

        await office.Drafter.DeleteAsync(new Uri($"/api/attachments/{id}", UriKind.Relative));

        Assert.Equal(0, await CountAsync(db => db.AttachmentContents.Where(c => c.Sha256 == hash)));
        await office.Drafter.GetJson($"/api/attachments/{id}", HttpStatusCode.NotFound);
    }

    internal static async Task PublishAsync(Office office, Guid itemId)
    {
        await office.Drafter.PostJson($"/api/items/{itemId}/submit", new { });
        await office.Reviewer.CompleteTask(itemId, new { outcome = "approve" });
        await office.Leader.CompleteTask(itemId, new { outcome = "approve" });
    }

    private static async Task<System.Text.Json.JsonElement> Refused(HttpResponseMessage response) => await response.Json(HttpStatusCode.BadRequest);

    private async Task<int> CountAsync<T>(Func<DisclosureDbContext, IQueryable<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<DisclosureDbContext>()).CountAsync();
    }

    private static byte[] Sample(string name) => (byte[])typeof(SampleFiles).GetMethod(name)!.Invoke(null, null)!;
}

/// <summary>The size limit comes from configuration; over it is a 413 in Chinese with a code, and nothing is stored.</summary>
public sealed class AttachmentSizeLimitTests : IDisposable
{
    private const int Limit = 4096;
    private readonly DisclosureAppFactory _factory = new() { Settings = { ["Attachments:MaxBytes"] = $"{Limit}" } };

    [Fact]
    public async Task AFileOverTheConfiguredLimit_IsRefusedWith413_AndOneAtTheLimitIsAccepted()
    {
        var office = await Office.SignInAsync(_factory);
        var itemId = await ApprovalPathApiTests.CreateAsync(office.Drafter, SampleItems.DivisionOfDuties("附件大小测试"));
        var atLimit = Padded(Limit);
        var over = Padded(Limit + 1);

        var refused = await (await office.Drafter.UploadAsync(itemId, "超大.pdf", over)).Json(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("attachment.too-large", refused.GetProperty("code").GetString());
        Assert.Contains("不能超过 4 KB", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty((await office.Drafter.GetJson($"/api/items/{itemId}/attachments")).GetProperty("attachments").EnumerateArray());

        var accepted = await office.Drafter.UploadJson(itemId, "刚好.pdf", atLimit);
        Assert.Equal(Limit, accepted.GetProperty("length").GetInt32());
    }

    public void Dispose() => _factory.Dispose();

    private static byte[] Padded(int length)
    {
        var pdf = SampleFiles.Pdf();
        var bytes = new byte[length];
        pdf.CopyTo(bytes, 0);
        bytes.AsSpan(pdf.Length).Fill((byte)' ');
        return bytes;
    }
}

/// <summary>A multipart form can be sent by any web page: a cookie-signed-in browser must bring the antiforgery token.</summary>
public sealed class AttachmentAntiforgeryTests(DisclosureAppFactory factory) : IClassFixture<DisclosureAppFactory>
{
    [Fact]
    public async Task ACookieUpload_WithoutTheAntiforgeryToken_IsRefused_AndNothingIsStored()
    {
        var drafter = await factory.SignedInAsync("wangmin", Disclosure.Workflows.Definitions.Roles.Drafter, "王敏");
        var itemId = await ApprovalPathApiTests.CreateAsync(drafter, SampleItems.DivisionOfDuties("跨站上传测试"));
        var browser = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true });
        (await browser.PostAsJsonAsync("/api/auth/login", new { userName = "wangmin", password = DisclosureAppFactory.Password, useCookies = true })).EnsureSuccessStatusCode();

        var refused = await (await browser.UploadAsync(itemId, "跨站.pdf", SampleFiles.Pdf())).Json(HttpStatusCode.BadRequest);

        Assert.Equal("attachment.form-expired", refused.GetProperty("code").GetString());
        Assert.Empty((await drafter.GetJson($"/api/items/{itemId}/attachments")).GetProperty("attachments").EnumerateArray());
    }
}
