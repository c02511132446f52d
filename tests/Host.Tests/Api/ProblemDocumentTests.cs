using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Disclosure.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Disclosure.Host.Tests.Api;

/// <summary>
/// Every kind of failure answers with a problem document in Chinese (title and detail) and a stable
/// machine code, whether a feature refused, the framework refused, or only a status was set.
/// </summary>
public sealed partial class ProblemDocumentTests(DisclosureAppFactory factory) : IClassFixture<DisclosureAppFactory>
{
    [Fact]
    public async Task StatusOnlyFailures_AreChineseProblems_WithACode()
    {
        var office = await Office.SignInAsync(factory);

        await AssertProblem(await office.Anonymous.GetAsync(new Uri("/api/items", UriKind.Relative)), HttpStatusCode.Unauthorized, "http.unauthorized", "未登录");
        await AssertProblem(await office.Drafter.GetAsync(new Uri("/api/users", UriKind.Relative)), HttpStatusCode.Forbidden, "http.forbidden", "无权操作");
        await AssertProblem(await office.Drafter.GetAsync(new Uri("/api/no-such-route", UriKind.Relative)), HttpStatusCode.NotFound, "http.not-found", "未找到");
        await AssertProblem(await office.Drafter.DeleteAsync(new Uri("/api/items", UriKind.Relative)), HttpStatusCode.MethodNotAllowed, "http.method-not-allowed", "不支持的请求方法");
    }

    [Fact]
    public async Task MalformedAndInvalidBodies_AreChineseProblems_WithACodePerField()
    {
        var office = await Office.SignInAsync(factory);

        using var malformed = new StringContent("{\"title\": ", System.Text.Encoding.UTF8, "application/json");
        await AssertProblem(await office.Drafter.PostAsync(new Uri("/api/items", UriKind.Relative), malformed), HttpStatusCode.BadRequest, "request.malformed-json", "请求有误");
        using var wrongType = new StringContent("{\"title\": 7}", System.Text.Encoding.UTF8, "application/json");
        var typed = await AssertProblem(await office.Drafter.PostAsync(new Uri("/api/items", UriKind.Relative), wrongType), HttpStatusCode.BadRequest, "request.malformed-json", "请求有误");
        Assert.Contains("$.title", typed.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var invalid = await AssertProblem(await office.Drafter.PostAsJsonAsync("/api/items", new { title = "" }), HttpStatusCode.BadRequest, "validation-failed", "输入有误");
        Assert.Equal("标题不能为空。", invalid.GetProperty("errors").GetProperty("title")[0].GetString());
        Assert.Equal("field.required", invalid.GetProperty("codes").GetProperty("title")[0].GetString());
        Assert.Equal(
            invalid.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(),
            invalid.GetProperty("codes").EnumerateObject().Select(e => e.Name).Order());
    }

    [Fact]
    public async Task DomainRefusals_CarryTheirCatalogueCode()
    {
        var office = await Office.SignInAsync(factory);
        var itemId = await ApprovalPathApiTests.CreateAsync(office.Drafter, SampleItems.DivisionOfDuties("问题文档测试"));
        await office.Drafter.PostJson($"/api/items/{itemId}/submit", new { });

        var unknown = await office.Reviewer.CompleteTask(itemId, new { outcome = "approve-everything" }, HttpStatusCode.BadRequest);
        Assert.Equal("task.unknown-outcome", unknown.GetProperty("codes").GetProperty("outcome")[0].GetString());
        var missing = await office.Drafter.GetJson($"/api/items/{Guid.Empty}", HttpStatusCode.NotFound);
        Assert.Equal("item.not-found", missing.GetProperty("code").GetString());
        var again = await office.Drafter.PostJson($"/api/items/{itemId}/submit", new { }, HttpStatusCode.Conflict);
        Assert.Equal("item.no-draft-to-submit", again.GetProperty("code").GetString());
        var notLeader = await office.Drafter.PostJson($"/api/items/{itemId}/withdraw", new { reason = "试试" }, HttpStatusCode.Forbidden);
        Assert.Equal("role.required", notLeader.GetProperty("code").GetString());
        Assert.Equal("需要“领导”角色。", notLeader.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task SignInFailures_AndIdentityErrors_AreChinese()
    {
        var office = await Office.SignInAsync(factory);

        var wrong = await AssertProblem(await office.Anonymous.PostAsJsonAsync("/api/auth/login", new { userName = "wangmin", password = "wrong" }), HttpStatusCode.Unauthorized, "sign-in.failed", "登录失败");
        Assert.Equal("用户名或密码不正确。", wrong.GetProperty("detail").GetString());
        var weak = await office.Admin.PostJson("/api/users", new { userName = "weakpass", displayName = "弱密码", password = "abc", roles = new[] { "drafter" } }, HttpStatusCode.BadRequest);
        var passwordCodes = weak.GetProperty("codes").GetProperty("password").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Contains("account.password-too-short", passwordCodes);
        Assert.Contains("密码至少需要 10 个字符。", weak.GetProperty("errors").GetProperty("password").EnumerateArray().Select(e => e.GetString()));
        AssertChinese(weak);
    }

    [Fact]
    public void TheIdentityErrorDescriber_OverridesEveryErrorIdentityHas()
    {
        using var scope = factory.Services.CreateScope();
        var describer = scope.ServiceProvider.GetRequiredService<IdentityErrorDescriber>();
        var errors = typeof(IdentityErrorDescriber).GetMethods()
            .Where(m => m.IsVirtual && m.ReturnType == typeof(IdentityError) && m.DeclaringType == typeof(IdentityErrorDescriber))
            .ToList();

        Assert.True(errors.Count >= 22, $"only {errors.Count} describer methods found");
        foreach (var method in errors)
        {
            var overridden = describer.GetType().GetMethod(method.Name, [.. method.GetParameters().Select(p => p.ParameterType)])!;
            Assert.True(overridden.DeclaringType != typeof(IdentityErrorDescriber), $"{method.Name} is not translated");
            var error = (IdentityError)overridden.Invoke(describer, [.. method.GetParameters().Select(p => p.ParameterType == typeof(int) ? (object)10 : "示例")])!;
            Assert.StartsWith("account.", error.Code, StringComparison.Ordinal);
            Assert.DoesNotMatch("[A-Za-z]{3,}", error.Description);
        }
    }

    [Fact]
    public async Task TooManyConsentRequests_AreAChineseProblem()
    {
        var client = factory.CreateClient();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 40 && limited is null; i++)
        {
            var response = await client.GetAsync(new Uri("/api/consent/not-a-token", UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                limited = response;
            }
            else
            {
                await AssertProblem(response, HttpStatusCode.NotFound, "consent.link-invalid", "未找到");
            }
        }

        Assert.NotNull(limited);
        await AssertProblem(limited, HttpStatusCode.TooManyRequests, "http.too-many-requests", "请求过于频繁");
    }

    internal static async Task<JsonElement> AssertProblem(HttpResponseMessage response, HttpStatusCode status, string code, string title)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Equal(title, problem.GetProperty("title").GetString());
        AssertChinese(problem);
        return problem;
    }

    /// <summary>No English word in what a user reads: the title, the detail and every field message.</summary>
    internal static void AssertChinese(JsonElement problem)
    {
        var texts = new List<string?> { problem.GetProperty("title").GetString(), problem.GetProperty("detail").GetString() };
        if (problem.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
        {
            texts.AddRange(errors.EnumerateObject().SelectMany(e => e.Value.EnumerateArray()).Select(e => e.GetString()));
        }

        foreach (var text in texts)
        {
            Assert.False(string.IsNullOrEmpty(text));
            Assert.DoesNotMatch(EnglishWord(), text);
        }
    }

    // Format names that may appear in Chinese text (see MessageCatalogueTests), and JSON paths such as $.title.
    [GeneratedRegex(@"(?<![$.\w])(?!JSON\b|ISO\b|yyyy\b)[A-Za-z]{3,}")]
    private static partial Regex EnglishWord();
}
