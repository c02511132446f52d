using Disclosure.Workflows.Catalogue.Attachments;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Workflows.Catalogue;

/// <summary>A published version as the public sees it, with the files published with it.</summary>
public sealed record PublicItem(
    Guid Id, Guid ItemId, string Title, string Body, string? Interpretation, string CategoryCode, string CategoryName,
    TimingClass Timing, string? Period, string ResponsibleBody, string LegalBasis, Audience Audience, string? AudienceNote,
    Channel[] Channels, DateTimeOffset PublishedAt, int Version)
{
    public IReadOnlyList<PublicAttachment> Attachments { get; init; } = [];
}

public sealed record PublicPage(IReadOnlyList<PublicItem> Items, int Page, int PageSize, int Total);

/// <summary>
/// One line of an item's history as staff and inspectors read it: the journal's stored fields, and
/// <see cref="Text"/>, the entry as a Chinese sentence from the message catalogue.
/// </summary>
public sealed record HistoryLine(DateTimeOffset At, string Action, string Actor, string Node, string? Outcome, string? Comment, string? Details, string Definition)
{
    public string Text => Messages.JournalLine(Action, Actor, Node, Outcome, Comment, Details).Text;

    public string ActionLabel => Messages.JournalAction(Action).Text;
}

/// <summary>Reads of the catalogue: the public column (published versions only) and item histories.</summary>
public sealed class CatalogueQueries(DisclosureDbContext db)
{
    public const int MaxPageSize = 100;

    public async Task<PublicPage> PublishedAsync(string? category, TimingClass? timing, string? text, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var query =
            from v in db.ItemVersions.AsNoTracking()
            join i in db.Items.AsNoTracking() on v.ItemId equals i.Id
            join c in db.Categories.AsNoTracking() on i.CategoryCode equals c.Code
            where v.Status == VersionStatus.Published && i.WithdrawnAt == null
            select new { v, i, c };
        if (!string.IsNullOrWhiteSpace(category))
        {
            var code = category.Trim();
            query = query.Where(x => x.i.CategoryCode == code || x.i.CategoryCode.StartsWith(code + "."));
        }

        if (timing is { } t)
        {
            query = query.Where(x => x.i.Timing == t);
        }

        if (!string.IsNullOrWhiteSpace(text))
        {
            var pattern = "%" + text.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            query = query.Where(x => EF.Functions.ILike(x.v.Title, pattern) || EF.Functions.ILike(x.v.Body, pattern));
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(x => x.v.PublishedAt).ThenBy(x => x.v.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(x => new PublicItem(x.v.Id, x.i.Id, x.v.Title, x.v.Body, x.v.Interpretation, x.i.CategoryCode, x.c.Name, x.i.Timing, x.v.PeriodKey,
                x.i.ResponsibleBody, x.v.LegalBasis, x.v.Audience, x.v.AudienceNote, x.v.Channels, x.v.PublishedAt!.Value, x.v.Number))
            .ToListAsync(cancellationToken);
        return new PublicPage(await WithAttachmentsAsync(items, cancellationToken), page, pageSize, total);
    }

    public async Task<PublicItem?> PublishedVersionAsync(Guid versionId, CancellationToken cancellationToken = default)
    {
        var item = await (
            from v in db.ItemVersions.AsNoTracking()
            join i in db.Items.AsNoTracking() on v.ItemId equals i.Id
            join c in db.Categories.AsNoTracking() on i.CategoryCode equals c.Code
            where v.Id == versionId && v.Status == VersionStatus.Published && i.WithdrawnAt == null
            select new PublicItem(v.Id, i.Id, v.Title, v.Body, v.Interpretation, i.CategoryCode, c.Name, i.Timing, v.PeriodKey,
                i.ResponsibleBody, v.LegalBasis, v.Audience, v.AudienceNote, v.Channels, v.PublishedAt!.Value, v.Number))
            .SingleOrDefaultAsync(cancellationToken);
        return item is null ? null : (await WithAttachmentsAsync([item], cancellationToken))[0];
    }

    /// <summary>One more query for the page's files: their metadata only, never the bytes.</summary>
    private async Task<List<PublicItem>> WithAttachmentsAsync(List<PublicItem> items, CancellationToken cancellationToken)
    {
        var ids = items.Select(i => i.Id).ToList();
        var files = (await db.Attachments.AsNoTracking().Where(a => ids.Contains(a.VersionId)).OrderBy(a => a.AddedAt).ThenBy(a => a.Id)
                .Select(a => new { a.VersionId, a.Id, a.FileName, a.Kind, a.Length })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.VersionId, a => new PublicAttachment(a.Id, a.FileName, a.Kind.MediaType(), Messages.Label(a.Kind), a.Length, Messages.Size(a.Length), a.Kind.MayOpenInline()));
        return [.. items.Select(i => i with { Attachments = [.. files[i.Id]] })];
    }

    public async Task<IReadOnlyList<HistoryLine>> HistoryAsync(Guid itemId, CancellationToken cancellationToken = default)
    {
        if (!await db.Items.AnyAsync(i => i.Id == itemId, cancellationToken))
        {
            throw new NotFoundException(Messages.ItemNotFound(itemId));
        }

        return await db.Journal.AsNoTracking().Where(j => j.ItemId == itemId).OrderBy(j => j.Id)
            .Select(j => new HistoryLine(j.At, j.Action, j.ActorName, j.NodeName ?? j.NodeId, j.Outcome, j.Comment, j.Details, j.DefinitionKey + " v" + j.DefinitionNumber))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The office's departments in their order: what an item's departments concerned may name.</summary>
    public async Task<IReadOnlyList<string>> DepartmentNamesAsync(CancellationToken cancellationToken = default) =>
        await db.Departments.AsNoTracking().OrderBy(d => d.Order).ThenBy(d => d.Name).Select(d => d.Name).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<CatalogueItem>> ListAsync(int limit, CancellationToken cancellationToken = default) =>
        await db.Items.AsNoTracking().Include(i => i.Versions).OrderByDescending(i => i.CreatedAt).Take(limit).ToListAsync(cancellationToken);
}
