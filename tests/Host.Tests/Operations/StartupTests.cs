using System.Net;
using System.Text.Json;
using Disclosure.Jobs.Operations;
using Disclosure.Testing;
using Disclosure.Workflows.Persistence;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Disclosure.Host.Tests.Operations;

/// <summary>A Host's start on an empty database: it applies every migration itself, then serves.</summary>
public sealed class StartupTests(EmptyDatabaseAppFactory factory) : IClassFixture<EmptyDatabaseAppFactory>
{
    [Fact]
    public async Task Startup_AppliesEveryMigration()
    {
        _ = factory.CreateClient();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DisclosureDbContext>();

        var applied = await db.Database.GetAppliedMigrationsAsync();
        var pending = await db.Database.GetPendingMigrationsAsync();

        Assert.Empty(pending);
        Assert.Equal(db.Database.GetMigrations(), applied);
        Assert.NotEmpty(applied);
    }

    [Fact]
    public async Task Health_ReportsDatabaseAndHangfireHealthy()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var checks = body.RootElement.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("hangfire").GetProperty("status").GetString());
        Assert.Contains(body.RootElement.GetProperty("status").GetString(), new[] { "Healthy", "Degraded" });
    }

    [Fact]
    public async Task Health_NotesAYearWithoutAHolidaySchedule()
    {
        var client = factory.CreateClient();
        var today = Workflows.Calendar.WorkingDayCalendar.Today(TimeProvider.System);

        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var calendar = body.RootElement.GetProperty("checks").GetProperty("calendar");
        var missing = calendar.GetProperty("data").GetProperty("missingYears").EnumerateArray().Select(y => y.GetInt32()).ToList();
        var expected = new[] { today.Year, today.Year + 1 }.Where(y => y > 2026).ToList();
        Assert.Equal(expected, missing);
        Assert.Equal(expected.Count == 0 ? "Healthy" : "Degraded", calendar.GetProperty("status").GetString());
        if (expected.Count > 0)
        {
            Assert.Contains($"{expected[0]} 年节假日安排尚未录入", calendar.GetProperty("description").GetString(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task EnqueuedJob_RunsOnTheHostsServer_AndWritesToPostgres()
    {
        _ = factory.CreateClient();
        var requestedBy = "test-" + Guid.NewGuid().ToString("N");
        var jobs = factory.Services.GetRequiredService<IBackgroundJobClient>();

        jobs.Enqueue<SelfCheckJob>(job => job.RunAsync(requestedBy, CancellationToken.None));

        var found = await Eventually.WaitAsync(async () =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DisclosureDbContext>();
            return await db.JobRuns.AnyAsync(r => r.JobName == SelfCheckJob.Name && r.Summary.Contains(requestedBy));
        }, f => f, TimeSpan.FromSeconds(90), "the self-check job writing its run");

        Assert.True(found);
    }

    [Fact]
    public async Task Health_Returns503_WhenTheDatabaseGoesAway()
    {
        using var cluster = LocalCluster.Start();
        await using var app = DisclosureAppFactory.For(cluster.Server.ConnectionString);
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);

        cluster.Server.Stop();
        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Unhealthy", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
