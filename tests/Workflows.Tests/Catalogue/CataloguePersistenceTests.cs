using Disclosure.Testing;
using Disclosure.Workflows.Calendar;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static Disclosure.Testing.WorkflowHarness;

namespace Disclosure.Workflows.Tests.Catalogue;

/// <summary>The catalogue on real PostgreSQL: what is stored, what the database refuses.</summary>
public sealed class CataloguePersistenceTests
{
    [Fact]
    public async Task CreatedItem_RoundTripsEveryField()
    {
        await using var harness = await WorkflowHarness.CreateAsync();

        var created = await harness.CreateItemAsync(SampleItems.TenderResults() with { Exemption = null });

        await using var db = harness.NewContext();
        var item = await db.Items.Include(i => i.Versions).SingleAsync(i => i.Id == created.Id);
        var version = Assert.Single(item.Versions);
        Assert.Equal(("3.1", TimingClass.LongTerm, "城市管理办公室"), (item.CategoryCode, item.Timing, item.ResponsibleBody));
        Assert.Equal([Channel.Online, Channel.BulletinBoard], version.Channels);
        Assert.Equal(2, version.RightsHolders.Count);
        Assert.Equal(("淄博某建设有限公司", RightsConcern.CommercialSecret), (version.RightsHolders[0].Name, version.RightsHolders[0].Concern));
        // 2026-02-26 (Thu) + 20 working days: Sat 02-28 is a make-up working day, so 03-25 rather than 03-26.
        Assert.Equal(new DateOnly(2026, 3, 25), version.PublishBy);
        Assert.Equal(new DateOnly(2026, 2, 26), item.LastConfirmedOn);
    }

    [Fact]
    public async Task InvalidInput_StoresNothing()
    {
        await using var harness = await WorkflowHarness.CreateAsync();

        await Assert.ThrowsAsync<ValidationFailedException>(() => harness.CreateItemAsync(SampleItems.SubsistencePayout("2026-02") with { Cadence = null }));
        await Assert.ThrowsAsync<ValidationFailedException>(() => harness.CreateItemAsync(SampleItems.DivisionOfDuties() with { CategoryCode = "6.1" }));
        await Assert.ThrowsAsync<ValidationFailedException>(() => harness.CreateItemAsync(SampleItems.DivisionOfDuties() with { FormedOn = "2026年2月27日" }));

        await using var db = harness.NewContext();
        Assert.Equal(0, await db.Items.CountAsync());
        Assert.Equal(0, await db.ItemVersions.CountAsync());
    }

    [Fact]
    public async Task TheDatabase_RefusesTwoPublishedVersionsOfOnePeriod()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var item = await harness.CreateItemAsync(SampleItems.SubsistencePayout("2026-02"));
        var version = item.LatestVersion;
        await using var db = harness.NewContext();
        await db.Database.ExecuteSqlAsync($"UPDATE disclosure.item_versions SET status = 'Published' WHERE id = {version.Id}");

        // A second row for the same item and period, as a buggy writer might insert it.
        var duplicate = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlAsync($"""
            INSERT INTO disclosure.item_versions (id, item_id, number, status, title, body, channels, audience, legal_basis, formed_on, publish_by,
                period_key, drafter_id, drafter_name, created_at, rights_holders)
            SELECT gen_random_uuid(), item_id, 2, 'Published', title, body, channels, audience, legal_basis, formed_on, publish_by,
                period_key, drafter_id, drafter_name, created_at, rights_holders
            FROM disclosure.item_versions WHERE id = {version.Id}
            """));

        Assert.Equal(PostgresErrorCodes.ExclusionViolation, duplicate.SqlState);
        Assert.Equal("ex_item_versions_one_published", duplicate.ConstraintName);
    }

    [Fact]
    public async Task EditingAVersionUnderReview_IsRefused()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var item = await harness.CreateItemAsync(SampleItems.DivisionOfDuties());
        await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter));

        await Assert.ThrowsAsync<CatalogueRuleException>(() => harness.InScopeAsync(sp =>
            sp.GetRequiredService<CatalogueService>().UpdateAsync(item.Id, SampleItems.DivisionOfDuties() with { Title = "偷偷修改" }, Drafter.Actor)));

        await using var db = harness.NewContext();
        Assert.Equal("永安街道办事处领导班子成员职责分工", (await db.ItemVersions.SingleAsync()).Title);
    }

    [Fact]
    public async Task ChangingAPublishedItem_MakesANewVersion_ThatSupersedesItOnlyWhenPublished()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var item = await harness.CreateItemAsync(SampleItems.DivisionOfDuties());
        await PublishAsync(harness, item.Id);

        await harness.InScopeAsync(sp => sp.GetRequiredService<CatalogueService>()
            .UpdateAsync(item.Id, SampleItems.DivisionOfDuties() with { Body = "<p>新的分工</p>", FormedOn = "2026-03-02" }, Drafter.Actor));
        await using (var db = harness.NewContext())
        {
            var versions = await db.ItemVersions.Where(v => v.ItemId == item.Id).OrderBy(v => v.Number).ToListAsync();
            Assert.Equal([VersionStatus.Published, VersionStatus.Draft], versions.Select(v => v.Status));
        }

        await PublishAsync(harness, item.Id);

        await using var check = harness.NewContext();
        var all = await check.ItemVersions.Where(v => v.ItemId == item.Id).OrderBy(v => v.Number).ToListAsync();
        Assert.Equal([VersionStatus.Superseded, VersionStatus.Published], all.Select(v => v.Status));
        Assert.Equal("<p>新的分工</p>", all[1].Body);
    }

    [Fact]
    public async Task Withdrawal_IsRecordedWithItsReason_AndNothingIsDeleted()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var item = await harness.CreateItemAsync(SampleItems.DivisionOfDuties());
        await PublishAsync(harness, item.Id);

        await harness.InScopeAsync(sp => sp.GetRequiredService<CatalogueService>().WithdrawAsync(item.Id, "机构改革，本分工已失效"));

        await using var db = harness.NewContext();
        var stored = await db.Items.Include(i => i.Versions).SingleAsync();
        Assert.Equal("机构改革，本分工已失效", stored.WithdrawalReason);
        Assert.Equal(VersionStatus.Withdrawn, Assert.Single(stored.Versions).Status);
    }

    [Fact]
    public async Task AnAdministratorsSchedule_ChangesDeadlinesInThatYear()
    {
        await using var harness = await WorkflowHarness.CreateAsync(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(8)));
        var calendar = harness.Services.GetRequiredService<CalendarService>();
        var before = (await calendar.DeadlinesAsync()).PublishBy(new DateOnly(2026, 12, 20));
        Assert.Contains(2027, (await calendar.StatusAsync()).MissingYears);

        // A made-up 2027 notice: holidays on Fri 01-01, Mon 01-04 and Tue 01-05; Saturday 01-09 worked.
        await calendar.SaveAsync(new HolidaySchedule(2027, [new(2027, 1, 1), new(2027, 1, 4), new(2027, 1, 5)], [new(2027, 1, 9)]), Admin.Actor);
        var after = (await calendar.DeadlinesAsync()).PublishBy(new DateOnly(2026, 12, 20));

        // Weekends only: 2026-12-20 (Sun) + 20 working days = 2027-01-15. Two weekday holidays (01-04, 01-05) and
        // 01-01 push it back three days, the working Saturday 01-09 pulls it forward one.
        Assert.Equal(new DateOnly(2027, 1, 15), before);
        Assert.Equal(new DateOnly(2027, 1, 19), after);
        Assert.DoesNotContain(2027, (await calendar.StatusAsync()).MissingYears);
        await Assert.ThrowsAsync<ValidationFailedException>(() => calendar.SaveAsync(new HolidaySchedule(2027, [], [new(2027, 1, 6)]), Admin.Actor));
    }

    private static async Task PublishAsync(WorkflowHarness harness, Guid itemId)
    {
        var review = await harness.EngineAsync(e => e.SubmitAsync(itemId, Drafter));
        var signOff = await harness.EngineAsync(e => e.CompleteAsync(review!.Id, new Workflows.Engine.TaskCompletion { Outcome = "approve" }, Reviewer));
        await harness.EngineAsync(e => e.CompleteAsync(signOff!.Id, new Workflows.Engine.TaskCompletion { Outcome = "approve" }, Leader));
    }
}
