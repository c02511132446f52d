using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Workflows.Catalogue;

/// <summary>What staff search items by; every part optional.</summary>
public sealed record ItemFilter(string? CategoryCode = null, VersionStatus? Status = null, TimingClass? Timing = null, string? Drafter = null, string? Text = null);

/// <summary>An item as the staff list shows it: its latest version, and the version the public sees.</summary>
public sealed record ItemRow(
    Guid Id, string Title, string CategoryCode, TimingClass Timing, string ResponsibleBody, int LatestNumber, VersionStatus LatestStatus,
    string DrafterName, int? PublishedNumber, DateTimeOffset UpdatedAt, bool Withdrawn);

/// <summary>The staff's item search (every role reads every item).</summary>
public sealed class ItemSearch(DisclosureDbContext db)
{
    public const int MaxRows = 200;

    public async Task<IReadOnlyList<ItemRow>> FindAsync(ItemFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query =
            from item in db.Items.AsNoTracking()
            let latest = item.Versions.OrderByDescending(v => v.Number).First()
            let published = item.Versions.Where(v => v.Status == VersionStatus.Published).OrderByDescending(v => v.Number).Select(v => (int?)v.Number).FirstOrDefault()
            select new { item, latest, published };
        if (filter.CategoryCode is { Length: > 0 } code)
        {
            query = query.Where(x => x.item.CategoryCode == code || x.item.CategoryCode.StartsWith(code + "."));
        }

        if (filter.Status is { } status)
        {
            query = query.Where(x => x.latest.Status == status);
        }

        if (filter.Timing is { } timing)
        {
            query = query.Where(x => x.item.Timing == timing);
        }

        if (filter.Drafter?.Trim() is { Length: > 0 } drafter)
        {
            query = query.Where(x => x.latest.DrafterName.Contains(drafter));
        }

        if (filter.Text?.Trim() is { Length: > 0 } text)
        {
            var pattern = "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            query = query.Where(x => EF.Functions.ILike(x.latest.Title, pattern) || EF.Functions.ILike(x.latest.Body, pattern));
        }

        return await query
            .OrderByDescending(x => x.latest.CreatedAt)
            .Take(MaxRows)
            .Select(x => new ItemRow(x.item.Id, x.latest.Title, x.item.CategoryCode, x.item.Timing, x.item.ResponsibleBody, x.latest.Number, x.latest.Status,
                x.latest.DrafterName, x.published, x.latest.SubmittedAt ?? x.latest.CreatedAt, x.item.WithdrawnAt != null))
            .ToListAsync(cancellationToken);
    }
}
