using Disclosure.Workflows.Calendar;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Workflows.Catalogue;

/// <summary>The catalogue's commands for staff: create, edit drafts, start new versions, confirm, withdraw.</summary>
public sealed class CatalogueService(DisclosureDbContext db, CalendarService calendar, TimeProvider clock)
{
    public async Task<CatalogueItem> CreateAsync(ItemInput input, Actor drafter, CancellationToken cancellationToken = default)
    {
        var (schedule, content) = ItemInputValidator.Validate(input);
        await ConcernedDepartments.CheckKnownAsync(db, content.DepartmentsConcerned ?? [], cancellationToken);
        var item = CatalogueItem.Create(schedule, content, drafter, clock.GetUtcNow(), await calendar.DeadlinesAsync(cancellationToken));
        db.Items.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return item;
    }

    /// <summary>Edits the open version (draft or returned), or starts a new version when the latest is closed.</summary>
    public async Task<CatalogueItem> UpdateAsync(Guid itemId, ItemInput input, Actor drafter, CancellationToken cancellationToken = default)
    {
        var (schedule, content) = ItemInputValidator.Validate(input);
        await ConcernedDepartments.CheckKnownAsync(db, content.DepartmentsConcerned ?? [], cancellationToken);
        var item = await LoadAsync(itemId, cancellationToken);
        var deadlines = await calendar.DeadlinesAsync(cancellationToken);
        var open = item.Versions.Where(v => v.IsPending && v.PeriodKey == content.Period?.Key).MaxBy(v => v.Number);
        if (open is { IsEditable: true })
        {
            // A draft or returned version belongs to its drafter; one the system opened (the next
            // period of a periodic item) is for any drafter to take.
            if (open.DrafterId != drafter.Id && open.DrafterId != Actor.System.Id)
            {
                throw new ForbiddenException(Messages.OnlyDrafterEdits(open.Number, open.DrafterName));
            }

            item.EditDraft(open.Id, schedule, content, deadlines);
        }
        else if (open is not null)
        {
            throw new CatalogueRuleException(Messages.VersionUnderReview(open.Number));
        }
        else
        {
            item.StartNewVersion(content, drafter, clock.GetUtcNow(), deadlines);
        }

        await SaveAsync(cancellationToken);
        return item;
    }

    public async Task<CatalogueItem> ConfirmCurrentAsync(Guid itemId, CancellationToken cancellationToken = default)
    {
        var item = await LoadAsync(itemId, cancellationToken);
        item.ConfirmCurrent(WorkingDayCalendar.Today(clock));
        await SaveAsync(cancellationToken);
        return item;
    }

    public async Task<CatalogueItem> WithdrawAsync(Guid itemId, string reason, CancellationToken cancellationToken = default)
    {
        var item = await LoadAsync(itemId, cancellationToken);
        item.Withdraw(reason?.Trim() ?? string.Empty, clock.GetUtcNow());
        await SaveAsync(cancellationToken);
        return item;
    }

    public async Task<CatalogueItem> LoadAsync(Guid itemId, CancellationToken cancellationToken = default) =>
        await db.Items.Include(i => i.Versions).SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken)
        ?? throw new NotFoundException(Messages.ItemNotFound(itemId));

    private Task SaveAsync(CancellationToken cancellationToken) =>
        db.SaveOrConflictAsync(Messages.ItemChangedMeanwhile, Messages.ItemChangedMeanwhile, cancellationToken);
}
