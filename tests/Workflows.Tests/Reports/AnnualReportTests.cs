using System.Globalization;
using Disclosure.Testing;
using Disclosure.Workflows.Applications;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Demo;
using Disclosure.Workflows.Engine;
using Disclosure.Workflows.Reports;
using Disclosure.Workflows.Tests.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Disclosure.Workflows.Tests.Reports;

/// <summary>
/// The annual report for 2026 from the demo record (plus one application carried in from 2025):
/// every figure of tables 二 and 三 is recomputed here from the record with the test's own SQL, and
/// must equal the report's, its .docx's (which must be valid Office Open XML) and its HTML's.
/// </summary>
public sealed class AnnualReportTests
{
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    [Fact]
    public async Task TheReportFor2026_GivesEveryFigureTheRecordGives_InTheDocxAndTheHtmlAlike_AndTheJobOpensItOnce()
    {
        await using var harness = await SeededAsync();
        var reports = (Func<Func<AnnualReports, Task<bool>>, Task<bool>>)(work => harness.InScopeAsync(sp => work(sp.GetRequiredService<AnnualReports>())));
        harness.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 2, 8, 0, 0, Shanghai).ToUniversalTime());

        Assert.True(await reports(r => r.OpenDraftAsync(2026)));
        Assert.False(await reports(r => r.OpenDraftAsync(2026)));

        await using var db = harness.NewContext();
        var report = await db.AnnualReports.SingleAsync(r => r.Year == 2026);
        var figures = AnnualReports.Figures(report)!;
        var cells = figures.Cells();
        var expected = await ExpectedAsync(harness.Database.ConnectionString, 2026);
        Assert.NotEmpty(expected);
        Assert.All(expected, e => Assert.True(cells[e.Key] == e.Value, $"{e.Key}: report {cells[e.Key]}, record {e.Value}"));
        // The demo record is not empty: these are the figures a reader checks first.
        Assert.Equal((2, 1), ((int)cells["二.normative.issued"], (int)cells["二.normative.repealed"]));
        Assert.True(cells["三.received.6"] >= 6 && cells["三.carried-in.6"] == 1);
        Assert.Equal(cells["三.received.6"] + cells["三.carried-in.6"], cells["三.results-total.6"] + cells["三.carried-out.6"]);

        // The item: category 5, 即时, due 31 January, waiting at drafting with the .docx attached.
        var item = await db.Items.Include(i => i.Versions).SingleAsync(i => i.Id == report.ItemId);
        var version = item.LatestVersion;
        Assert.Equal(("5", TimingClass.Immediate, new DateOnly(2027, 1, 31), VersionStatus.Draft), (item.CategoryCode, item.Timing, version.PublishBy, version.Status));
        Assert.Equal(Messages.ReportTitle(2026).Text, version.Title);
        Assert.True(await db.Tasks.AnyAsync(t => t.ItemId == item.Id && t.Status == WorkTaskStatus.Open && t.Purpose == Disclosure.Workflows.Definitions.NodePurpose.Drafting));
        var attachment = Assert.Single(version.Attachments);
        Assert.Equal(Disclosure.Workflows.Catalogue.Attachments.AttachmentKind.Word, attachment.Kind);
        var docx = (await db.AttachmentContents.SingleAsync(c => c.Sha256 == attachment.Sha256)).Data;

        Assert.Empty(ReportReading.Validate(docx));
        AssertTablesShow(figures, ReportReading.DocxTables(docx), docx: true);
        AssertTablesShow(figures, ReportReading.HtmlTables(version.Body), docx: false);
        Assert.Contains("本年度新收政府信息公开申请", ReportReading.DocxText(docx), StringComparison.Ordinal);
        Assert.DoesNotContain("张三", version.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatStaffEnter_IsCheckedAtItsField_RegeneratesTextAndDocx_AndThePublishedReportRecomputesToItsFigures()
    {
        await using var harness = await SeededAsync();
        harness.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 4, 9, 0, 0, Shanghai).ToUniversalTime());
        await harness.InScopeAsync(sp => sp.GetRequiredService<AnnualReports>().OpenDraftAsync(2026));
        var drafter = new Caller(new Actor("u-drafter", "王拟稿"), new HashSet<string> { Disclosure.Workflows.Definitions.Roles.Drafter });

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => harness.InScopeAsync(sp =>
            sp.GetRequiredService<AnnualReports>().SaveAsync(2026, new ReportEntries { Licensing = -1, Reconsideration = [1, 0, 0] }, drafter)));
        Assert.Equal(["licensing", "reconsideration"], refused.Errors.Keys.Order());
        var entries = new ReportEntries
        {
            Licensing = 12, Penalties = 3, Fees = 1.25m, Reconsideration = [1, 0, 0, 1], LitigationDirect = [0, 0, 0, 1],
            Overview = "本年度街道坚持以公开为常态、不公开为例外。", Problems = "政策解读形式较为单一。",
        };
        var saved = await harness.InScopeAsync(sp => sp.GetRequiredService<AnnualReports>().SaveAsync(2026, entries, drafter));
        Assert.Equal((12m, 1.25m, 2m), (saved.Cells()["二.licensing"], saved.Cells()["二.fees"], saved.Cells()["四.reconsideration.4"]));

        // Through the normal approval path to the public column.
        Guid itemId;
        await using (var db = harness.NewContext())
        {
            itemId = (await db.AnnualReports.SingleAsync()).ItemId;
        }

        await harness.EngineAsync(e => e.SubmitAsync(itemId, drafter));
        for (var step = 0; step < 10; step++)
        {
            WorkflowTask? task;
            await using (var db = harness.NewContext())
            {
                task = await db.Tasks.Where(t => t.ItemId == itemId && t.Status == WorkTaskStatus.Open).FirstOrDefaultAsync();
            }

            if (task is null)
            {
                break;
            }

            var caller = task.Role == Disclosure.Workflows.Definitions.Roles.Reviewer ? WorkflowHarness.Reviewer : WorkflowHarness.Leader;
            await harness.EngineAsync(e => e.CompleteAsync(task.Id, new TaskCompletion { Outcome = "approve" }, caller));
        }

        var published = await harness.InScopeAsync(sp => sp.GetRequiredService<CatalogueQueries>().PublishedAsync("5", null, null, 1, 20));
        var page = Assert.Single(published.Items);
        Assert.Contains("政策解读形式较为单一", page.Body, StringComparison.Ordinal);
        Assert.Single(page.Attachments);
        AssertTablesShow(saved, ReportReading.HtmlTables(page.Body), docx: false);
        var recomputed = await harness.InScopeAsync(sp => sp.GetRequiredService<AnnualReports>().RecomputeAsync(2026));
        Assert.Equal(saved.Cells(), recomputed.Cells());
    }

    /// <summary>
    /// The demo record of 2026, one application received in 2025 and replied in 2026 (carried in), and
    /// one received and replied in 2025 (not 2026's business).
    /// </summary>
    private static async Task<WorkflowHarness> SeededAsync()
    {
        var harness = await WorkflowHarness.CreateAsync(new DateTimeOffset(2025, 12, 22, 9, 0, 0, Shanghai));
        var carried = await ApplicationScenario.SubmitAsync(harness);
        var closedIn2025 = await ApplicationScenario.SubmitAsync(harness, ApplicationScenario.Input() with { ApplicantKind = "ResearchInstitution", ContactPerson = "周老师" });
        await closedIn2025.CompleteAsync("register", "accept", ApplicationScenario.Registrar);
        await closedIn2025.DraftReplyAsync(ReplyTypes.NotProcessed, "publication");
        await closedIn2025.CompleteAsync("handle", "submit", ApplicationScenario.Handler);
        await closedIn2025.CompleteAsync("review", "approve", ApplicationScenario.Reviewer);
        await closedIn2025.CompleteAsync("sign-off", "approve", ApplicationScenario.Leader);

        harness.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 16, 9, 0, 0, Shanghai).ToUniversalTime());
        await harness.Services.GetRequiredService<DemoCatalogue>().SeedAsync(CancellationToken.None);
        await harness.Services.GetRequiredService<DemoRecord>().SeedAsync(CancellationToken.None);
        await carried.CompleteAsync("register", "accept", ApplicationScenario.Registrar);
        await carried.DraftReplyAsync(ReplyTypes.Withhold, "internal-affairs");
        await carried.CompleteAsync("handle", "submit", ApplicationScenario.Handler);
        await carried.CompleteAsync("review", "approve", ApplicationScenario.Reviewer);
        await carried.CompleteAsync("sign-off", "approve", ApplicationScenario.Leader);
        return harness;
    }

    /// <summary>Tables 二 (normative documents) and 三 recomputed from the tables with the test's own SQL.</summary>
    private static async Task<Dictionary<string, decimal>> ExpectedAsync(string connectionString, int year)
    {
        var expected = new Dictionary<string, decimal>(StringComparer.Ordinal);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var normative = new NpgsqlCommand($"""
            WITH first AS (
                SELECT i.id, min((v.published_at AT TIME ZONE 'Asia/Shanghai')::date) AS published, (i.withdrawn_at AT TIME ZONE 'Asia/Shanghai')::date AS withdrawn
                FROM disclosure.items i JOIN disclosure.item_versions v ON v.item_id = i.id
                WHERE i.category_code = '1.1' AND v.published_at IS NOT NULL GROUP BY i.id, i.withdrawn_at)
            SELECT count(*) FILTER (WHERE extract(year FROM published) = {year}),
                   count(*) FILTER (WHERE extract(year FROM withdrawn) = {year}),
                   count(*) FILTER (WHERE published <= make_date({year}, 12, 31) AND (withdrawn IS NULL OR withdrawn > make_date({year}, 12, 31)))
            FROM first
            """, connection))
        await using (var reader = await normative.ExecuteReaderAsync())
        {
            await reader.ReadAsync();
            expected["二.normative.issued"] = reader.GetInt64(0);
            expected["二.normative.repealed"] = reader.GetInt64(1);
            expected["二.normative.in-force"] = reader.GetInt64(2);
        }

        var kinds = new[] { "NaturalPerson", "Business", "ResearchInstitution", "NonProfit", "LegalService", "OtherOrganisation" };
        var rows = new List<(int Column, DateOnly Received, DateOnly? Ended, string? Type, string? Ground)>();
        await using (var applications = new NpgsqlCommand("""
            SELECT a.applicant_kind, a.received_on, (SELECT max((j.at AT TIME ZONE 'Asia/Shanghai')::date) FROM disclosure.journal j WHERE j.item_id = a.id AND j.action = 'ended'),
                   a.reply->>'typeCode', a.reply->>'groundCode'
            FROM disclosure.applications a
            """, connection))
        await using (var reader = await applications.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows.Add((Array.IndexOf(kinds, reader.GetString(0)), reader.GetFieldValue<DateOnly>(1), reader.IsDBNull(2) ? null : reader.GetFieldValue<DateOnly>(2),
                    reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
            }
        }

        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        void Row(string key, Func<(int Column, DateOnly Received, DateOnly? Ended, string? Type, string? Ground), bool> counts)
        {
            for (var column = 0; column < 6; column++)
            {
                expected[$"三.{key}.{column}"] = rows.Count(r => r.Column == column && counts(r));
            }

            expected[$"三.{key}.6"] = rows.Count(counts);
        }

        bool Closed((int, DateOnly, DateOnly? Ended, string?, string?) r) => r.Ended is { } e && e.Year == year;
        Row("received", r => r.Received.Year == year);
        Row("carried-in", r => r.Received < first && (r.Ended is null || r.Ended >= first));
        foreach (var type in ReplyTypes.All)
        {
            if (type.Grounds.Count == 0)
            {
                Row(type.Code, r => Closed(r) && r.Type == type.Code);
            }

            foreach (var ground in type.Grounds)
            {
                Row($"{type.Code}.{ground.Code}", r => Closed(r) && r.Type == type.Code && r.Ground == ground.Code);
            }
        }

        Row("results-total", r => Closed(r));
        Row("carried-out", r => r.Received <= last && (r.Ended is null || r.Ended > last));
        return expected;
    }

    /// <summary>The numbers of tables 二, 三 and 四 as a document shows them equal the figures.</summary>
    private static void AssertTablesShow(AnnualReportFigures figures, List<List<List<string>>> tables, bool docx)
    {
        Assert.Equal(3, tables.Count);
        var two = tables[0];
        var normative = two.Single(r => r[0] == Messages.ReportTwoRow("normative").Text);
        Assert.Equal([figures.Normative.Issued.ToString(CultureInfo.InvariantCulture), figures.Normative.Repealed.ToString(CultureInfo.InvariantCulture),
            figures.Normative.InForce.ToString(CultureInfo.InvariantCulture)], normative.Skip(1));
        Assert.Equal(figures.Entries.Licensing.ToString(CultureInfo.InvariantCulture), two.Single(r => r[0] == Messages.ReportTwoRow("licensing").Text)[1]);
        Assert.Equal(AnnualReportFigures.Format(figures.Entries.Fees), two.Single(r => r[0] == Messages.ReportTwoRow("fees").Text)[1]);

        // Table 三: header rows first (two in the .docx, one in the HTML), then one row per figure row in order.
        var three = tables[1].Skip(docx ? 2 : 1).ToList();
        Assert.Equal(figures.Applications.Count, three.Count);
        foreach (var (row, shown) in figures.Applications.Zip(three))
        {
            Assert.Equal(row.Label, shown[0]);
            Assert.Equal(row.Counts.Select(c => c.ToString(CultureInfo.InvariantCulture)), row.Counts.Count == 0 ? [] : shown.Skip(1));
        }

        Assert.Equal(figures.Four().SelectMany(g => g.Values).Select(v => v.ToString(CultureInfo.InvariantCulture)), tables[2][^1]);
    }
}
