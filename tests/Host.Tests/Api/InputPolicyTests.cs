using System.Net;
using System.Reflection;
using Disclosure.Host.Accounts;
using Disclosure.Host.Api;
using Disclosure.Testing;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Disclosure.Host.Tests.Api;

/// <summary>The input policy covers every route and field, is documented as enforced, and refuses before anything is written.</summary>
public sealed class InputPolicyTests(DisclosureAppFactory factory) : IClassFixture<DisclosureAppFactory>
{
    [Fact]
    public void EveryTextAnApiRouteTakes_HasALimit()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api", StringComparison.Ordinal)).ToList();
        var named = InputPolicy.Parameters.Select(p => p.Name).ToHashSet();
        var problems = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var method = endpoint.Metadata.GetMetadata<MethodInfo>()!;
            foreach (var parameter in method.GetParameters())
            {
                var type = parameter.ParameterType;
                if (type == typeof(string) && !named.Contains(parameter.Name!))
                {
                    problems.Add($"{endpoint.RoutePattern.RawText}: text parameter {parameter.Name} has no limit");
                }

                if (type.Namespace?.StartsWith("Disclosure.", StringComparison.Ordinal) == true && type.Name.EndsWith("Input", StringComparison.Ordinal) && !InputPolicy.BodyTypes.Contains(type))
                {
                    problems.Add($"{endpoint.RoutePattern.RawText}: body {type.Name} is not in InputPolicy.BodyTypes");
                }
            }
        }

        // Describe throws for a text property without a limit.
        foreach (var body in InputPolicy.BodyTypes)
        {
            Assert.NotEmpty(InputPolicy.Describe(body));
        }

        Assert.Empty(problems);
        Assert.Equal(InputPolicy.BodyTypes.OrderBy(t => t.Name), InputLimitsDocument.BodyRoutes(factory.Services.GetRequiredService<EndpointDataSource>()).Select(r => r.Body).Distinct().OrderBy(t => t.Name));
    }

    [Fact]
    public void TheDocumentedLimits_AreTheEnforcedOnes()
    {
        var path = Path.Combine(RepositoryFiles.Root(), "docs", "api-input-limits.md");
        var expected = InputLimitsDocument.Render(factory.Services.GetRequiredService<EndpointDataSource>());
        if (Environment.GetEnvironmentVariable("DISCLOSURE_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path) && File.ReadAllText(path) == expected, $"{path} is out of date: run this test with DISCLOSURE_UPDATE_DOCS=1 and commit the file");
    }

    [Fact]
    public async Task ANonAsciiKey_IsRefusedBeforeADraftIsStored()
    {
        var office = await Office.SignInAsync(factory);
        var document = ShippedDefinitions.Get(ShippedDefinitions.Standard) with { Key = "Ünïcode" };

        var response = await office.Admin.PostAsync(new Uri("/api/process-definitions/%C3%9Cn%C3%AFcode/versions", UriKind.Relative),
            new StringContent(document.ToJson(), System.Text.Encoding.UTF8, "application/json"));
        var tooLong = await office.Admin.PostAsync(new Uri($"/api/process-definitions/{new string('a', 65)}/versions", UriKind.Relative),
            new StringContent((document with { Key = new string('a', 65) }).ToJson(), System.Text.Encoding.UTF8, "application/json"));

        var problem = await response.Json(HttpStatusCode.BadRequest);
        Assert.Equal("field.key-invalid", problem.GetProperty("codes").GetProperty("key")[0].GetString());
        Assert.Equal("field.key-invalid", (await tooLong.Json(HttpStatusCode.BadRequest)).GetProperty("codes").GetProperty("key")[0].GetString());
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DisclosureDbContext>();
        var shipped = ShippedDefinitions.All.Select(d => d.Key).ToList();
        Assert.False(await db.DefinitionVersions.AnyAsync(d => !shipped.Contains(d.Key)));
    }

    [Fact]
    public async Task ANulCharacter_OrOneCharacterTooMany_IsRefusedNamingTheField()
    {
        var office = await Office.SignInAsync(factory);
        var item = SampleItems.DivisionOfDuties() with
        {
            Title = new string('题', 201),
            RightsHolders = [new() { Name = "甲\u0000乙", Contact = "a@example.cn", Concern = "PersonalPrivacy", Details = "电话" }],
        };

        var refused = await office.Drafter.PostJson("/api/items", item, HttpStatusCode.BadRequest);

        Assert.Equal("field.too-long", refused.GetProperty("codes").GetProperty("title")[0].GetString());
        Assert.Equal("field.control-characters", refused.GetProperty("codes").GetProperty("rightsHolders[0].name")[0].GetString());
        Assert.Equal("标题过长（201 字），最多 200 字。", refused.GetProperty("errors").GetProperty("title")[0].GetString());
        var query = await office.Anonymous.GetJson("/api/public/items?q=%00", HttpStatusCode.BadRequest);
        Assert.Equal("field.control-characters", query.GetProperty("codes").GetProperty("q")[0].GetString());
    }

    [Fact]
    public async Task ACreatedUser_WhoseRolesAreRefused_IsNotStored()
    {
        var office = await Office.SignInAsync(factory);

        await office.Admin.PostJson("/api/users", new { userName = "halfmade", displayName = "半成品", password = "Strong@Pass1", roles = new[] { "drafter", "mayor" } }, HttpStatusCode.BadRequest);
        await office.Admin.PostJson("/api/users", new { userName = "weakling", displayName = "弱密码", password = "weak", roles = new[] { "drafter" } }, HttpStatusCode.BadRequest);

        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.Null(await users.FindByNameAsync("halfmade"));
        Assert.Null(await users.FindByNameAsync("weakling"));
    }

    [Theory]
    [InlineData("22001", 400, "db.value-too-long")]
    [InlineData("22021", 400, "db.invalid-character")]
    [InlineData("22P02", 400, "db.invalid-value")]
    [InlineData("23514", 400, "db.check-violation")]
    [InlineData("23505", 409, "db.duplicate")]
    [InlineData("23503", 409, "db.reference-missing")]
    public void DatabaseRefusals_OfInput_AreClientErrors(string sqlState, int status, string code)
    {
        var wrapped = new DbUpdateException("save failed", new PostgresException("refused", "ERROR", "ERROR", sqlState));

        var refusal = ProblemMapping.DatabaseRefusal(wrapped);

        Assert.Equal((status, code), (refusal!.Value.Status, refusal.Value.Message.Code));
        Assert.Null(ProblemMapping.DatabaseRefusal(new PostgresException("down", "FATAL", "FATAL", "57P01")));
    }

    [Fact]
    public async Task ADatabaseRefusal_ThatGetsPastEveryCheck_IsNotA500()
    {
        // The public column page is not an API route: its search text reaches PostgreSQL unchecked,
        // and a NUL in it is refused by the database (22021), which the safety net answers.
        var response = await factory.CreateClient().GetAsync(new Uri("/gongkai?q=%00", UriKind.Relative));

        Assert.True((int)response.StatusCode < 500, $"got {(int)response.StatusCode}");
    }
}
