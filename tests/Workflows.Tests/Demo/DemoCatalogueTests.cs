using Disclosure.Testing;
using Disclosure.Workflows.Demo;
using Disclosure.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Disclosure.Workflows.Tests.Demo;

public sealed class DemoCatalogueTests
{
    [Fact]
    public async Task DemoCatalogue_UsesTheThreeLevelReview_AndLeavesACountersignHalfway()
    {
        await using var harness = await WorkflowHarness.CreateAsync();

        await harness.Services.GetRequiredService<DemoCatalogue>().SeedAsync(CancellationToken.None);

        await using var db = harness.NewContext();
        var byKey = await db.Instances.GroupBy(i => i.DefinitionKey).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        Assert.Equal(["immediate-notice", "standard-disclosure", "three-level-review"], byKey.Keys.Order());
        Assert.Equal(3, byKey["three-level-review"]);
        // The budget's countersign closed; the final accounts name no department, so theirs was skipped.
        Assert.Equal(1, await db.Journal.CountAsync(j => j.Action == "countersign-closed"));
        Assert.Equal(1, await db.Journal.CountAsync(j => j.Action == "countersign-skipped"));
        var halfway = await db.Tasks.Where(t => t.NodeId == "countersign").GroupBy(t => t.CountersignGroup)
            .Where(g => g.Any(t => t.Status == WorkTaskStatus.Open)).Select(g => g.Count(t => t.Status == WorkTaskStatus.Completed)).SingleAsync();
        Assert.Equal(1, halfway);
        Assert.All((await db.Journal.OrderBy(j => j.Id).ToListAsync()).GroupBy(j => j.InstanceId), chain => Assert.True(JournalEntry.Verify([.. chain])));
    }
}
