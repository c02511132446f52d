using System.Text.RegularExpressions;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Workflows.Engine;

/// <summary>A consent request as its rights-holder reads it, on the page or on the printed letter.</summary>
public sealed record ConsentLetter(
    Guid RequestId, string HolderName, string Concern, string Details, string ItemTitle, string ItemSummary, DateTimeOffset DueAt, ConsentWording Wording);

/// <summary>Reads what a rights-holder is shown, with the silence rule of the definition the request's workflow runs on.</summary>
public sealed partial class ConsentLetters(DisclosureDbContext db, DefinitionCache definitions)
{
    private const int SummaryLength = 300;

    public async Task<ConsentLetter> ForAsync(ConsentRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var instance = await db.Instances.AsNoTracking().Where(i => i.Id == request.InstanceId).Select(i => new { i.DefinitionId, i.Subject }).SingleAsync(cancellationToken);
        var definitionId = instance.DefinitionId;
        // An application's third party reads what was asked for (never who asked); an item's rights-holder, the item.
        var item = instance.Subject == Definitions.SubjectKind.Application
            ? await db.Applications.AsNoTracking().Where(a => a.Id == request.ItemId).Select(a => new { a.Title, Body = a.Description }).SingleAsync(cancellationToken)
            : await db.ItemVersions.AsNoTracking().IgnoreAutoIncludes().Where(v => v.Id == request.ItemVersionId)
                .Select(v => new { v.Title, v.Body }).SingleAsync(cancellationToken);
        var definition = await definitions.GetAsync(db, definitionId, cancellationToken);
        // The body is sanitised HTML: its text, with entities decoded, is what a reader sees (encoded again where it is shown).
        var summary = Spaces().Replace(System.Net.WebUtility.HtmlDecode(Tags().Replace(item.Body, " ")), " ").Trim();
        return new ConsentLetter(
            request.Id, request.HolderName, Labels.Of(request.Concern), request.Details, item.Title,
            summary.Length > SummaryLength ? summary[..SummaryLength] + "…" : summary, request.DueAt,
            ConsentWording.For(request.HolderName, item.Title, request.Concern, request.Details, request.DueAt, definition.Document.Settings.ConsentSilence));
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
