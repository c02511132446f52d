using Disclosure.Testing;
using Disclosure.Workflows.Demo;
using Disclosure.Workflows.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace Disclosure.Workflows.Tests.Reports;

/// <summary>The supervision view (督查) over the demo record, then after time has passed.</summary>
public sealed class SupervisionTests
{
    [Fact]
    public async Task OnTimeRates_AndOverdueWork_ByDepartmentAndStep_FollowTheRecord()
    {
        var shanghai = TimeSpan.FromHours(8);
        await using var harness = await WorkflowHarness.CreateAsync(new DateTimeOffset(2026, 11, 16, 9, 0, 0, shanghai));
        await harness.Services.GetRequiredService<DemoCatalogue>().SeedAsync(CancellationToken.None);
        await harness.Services.GetRequiredService<DemoRecord>().SeedAsync(CancellationToken.None);
        Task<SupervisionView> Compute() => harness.InScopeAsync(sp => sp.GetRequiredService<Supervision>().ComputeAsync());

        var now = await Compute();
        Assert.Equal(3, now.Replies.Total);
        Assert.Equal(3, now.Replies.InTime);
        Assert.Equal(100m, now.Replies.Rate);
        Assert.True(now.Publications.Total > 0);

        // Two months on, nothing moved: the open applications are overdue at their steps, in their department.
        harness.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 20, 9, 0, 0, shanghai).ToUniversalTime());
        var later = await Compute();
        var office = Assert.Single(later.ByDepartment, d => d.Name == "党政办公室");
        Assert.True(office.Applications >= 1 && office.Tasks >= 1);
        Assert.Contains(later.ByStep, s => s.Name == "承办" && s.Applications >= 1);
        Assert.DoesNotContain(later.ByStep, s => s.Name == "补正");
        Assert.Equal(2027, later.Year);
    }
}
