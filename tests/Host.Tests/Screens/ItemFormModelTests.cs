using System.Text.Json;
using Disclosure.Host.Components.Items;
using Disclosure.Testing;
using Disclosure.Workflows.Catalogue;

namespace Disclosure.Host.Tests.Screens;

/// <summary>The item editor's model loses nothing: a stored version read into the form and saved unchanged is the same version.</summary>
public sealed class ItemFormModelTests
{
    [Theory]
    [InlineData("division")]
    [InlineData("tender")]
    [InlineData("payout")]
    public void AVersionReadIntoTheForm_AndSavedUnchanged_IsTheSameContent(string sample)
    {
        var input = sample switch
        {
            "division" => SampleItems.DivisionOfDuties() with { DepartmentsConcerned = ["财政所", "城市管理办公室"] },
            "tender" => SampleItems.TenderResults(),
            _ => SampleItems.SubsistencePayout("2026-10"),
        };
        var (schedule, content) = ItemInputValidator.Validate(input);
        var item = CatalogueItem.Create(schedule, content, new Actor("u-drafter", "王拟稿"), DateTimeOffset.UnixEpoch, new Deadlines());

        var form = ItemFormModel.For(item, item.LatestVersion);
        var (savedSchedule, savedContent) = ItemInputValidator.Validate(form.ToInput(form.Body));

        Assert.Equal(JsonSerializer.Serialize(schedule), JsonSerializer.Serialize(savedSchedule));
        Assert.Equal(JsonSerializer.Serialize(content), JsonSerializer.Serialize(savedContent));
        Assert.Equal(input.DepartmentsConcerned ?? [], savedContent.DepartmentsConcerned ?? []);
    }

    private sealed class Deadlines : IDisclosureDeadlines
    {
        public DateOnly PublishBy(DateOnly formedOn) => formedOn.AddDays(28);

        public DateOnly PeriodDue(DisclosurePeriod period) => new(2026, 12, 1);
    }
}
