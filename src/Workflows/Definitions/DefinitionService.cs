using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions.Bpmn;
using Disclosure.Workflows.Engine;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Workflows.Definitions;

/// <summary>Administrators' commands on process definitions: drafts, validation, publication.</summary>
public sealed class DefinitionService(DisclosureDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<ProcessDefinitionVersion>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.DefinitionVersions.AsNoTracking().OrderBy(d => d.Key).ThenBy(d => d.Number).ToListAsync(cancellationToken);

    public async Task<ProcessDefinitionVersion> GetAsync(string key, int number, CancellationToken cancellationToken = default) =>
        await db.DefinitionVersions.SingleOrDefaultAsync(d => d.Key == key && d.Number == number, cancellationToken)
        ?? throw new NotFoundException(Messages.DefinitionVersionNotFound(key, number));

    /// <summary>Creates the next version as a draft. Refused while another draft of the key exists.</summary>
    public async Task<ProcessDefinitionVersion> CreateDraftAsync(string key, ProcessDocument document, Actor author, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Key != key)
        {
            throw new ValidationFailedException("key", Messages.DefinitionKeyMismatch(document.Key, key));
        }

        var draft = await db.DefinitionVersions.AnyAsync(d => d.Key == key && d.Status == DefinitionStatus.Draft, cancellationToken);
        if (draft)
        {
            throw new ConflictException(Messages.DefinitionDraftExists(key));
        }

        var number = (await db.DefinitionVersions.Where(d => d.Key == key).MaxAsync(d => (int?)d.Number, cancellationToken) ?? 0) + 1;
        var version = new ProcessDefinitionVersion(document, number, author, clock.GetUtcNow());
        db.DefinitionVersions.Add(version);
        await SaveAsync(key, cancellationToken);
        return version;
    }

    public async Task<ProcessDefinitionVersion> ReplaceDraftAsync(string key, int number, ProcessDocument document, CancellationToken cancellationToken = default)
    {
        var version = await GetAsync(key, number, cancellationToken);
        version.ReplaceDocument(document);
        await SaveAsync(key, cancellationToken);
        return version;
    }

    public async Task<IReadOnlyList<DefinitionError>> ValidateAsync(string key, int number, CancellationToken cancellationToken = default) =>
        await ValidateAsync((await GetAsync(key, number, cancellationToken)).Document, cancellationToken);

    /// <summary>The validator's rules, and that every department a countersign names exists.</summary>
    public async Task<IReadOnlyList<DefinitionError>> ValidateAsync(ProcessDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var errors = DefinitionValidator.Validate(document).ToList();
        var named = document.Nodes.SelectMany(n => (n.Countersign?.Departments ?? []).Select(d => (Node: n, Department: d))).ToList();
        if (named.Count > 0)
        {
            var names = named.Select(x => x.Department).Distinct().ToList();
            var known = await db.Departments.Where(d => names.Contains(d.Name)).Select(d => d.Name).ToListAsync(cancellationToken);
            errors.AddRange(named.Where(x => !known.Contains(x.Department)).Select(x =>
                new DefinitionError(x.Node.Id, "countersign", Messages.AtNode(x.Node.Name ?? x.Node.Id, Messages.CountersignDepartmentUnknown(x.Department).Text))));
        }

        return errors;
    }

    /// <summary>Any version as a BPMN 2.0 file (drafts included).</summary>
    public async Task<string> ExportBpmnAsync(string key, int number, CancellationToken cancellationToken = default) =>
        BpmnExporter.Export((await GetAsync(key, number, cancellationToken)).Document);

    /// <summary>
    /// A .bpmn file as the key's new draft, with the errors publishing it would meet. A file the
    /// engine cannot run at all is refused whole (<see cref="BpmnImportException"/>); nothing is stored.
    /// <paramref name="admit"/> is the caller's input policy (the text limits its other ways in hold
    /// a definition to), run on the document read before anything is stored.
    /// </summary>
    public async Task<(ProcessDefinitionVersion Draft, IReadOnlyList<DefinitionError> Errors)> ImportBpmnAsync(
        string key, string xml, Actor author, Action<ProcessDocument>? admit = null, CancellationToken cancellationToken = default)
    {
        var document = BpmnImporter.Import(xml, key);
        admit?.Invoke(document);
        if (DefinitionValidator.Validate(document).Any(e => e.Rule == "key"))
        {
            throw new ValidationFailedException("key", Messages.RuleKey(64));
        }

        var draft = await CreateDraftAsync(key, document, author, cancellationToken);
        return (draft, await ValidateAsync(document, cancellationToken));
    }

    /// <summary>The Mermaid drawing of any stored version, drafts included.</summary>
    public async Task<string> DiagramAsync(string key, int number, CancellationToken cancellationToken = default) =>
        MermaidDiagram.Render((await GetAsync(key, number, cancellationToken)).Document);

    public async Task<ProcessDefinitionVersion> PublishAsync(string key, int number, Actor publisher, CancellationToken cancellationToken = default)
    {
        var version = await GetAsync(key, number, cancellationToken);
        if (version.Status == DefinitionStatus.Draft && (await ValidateAsync(version.Document, cancellationToken)) is { Count: > 0 } errors)
        {
            throw new DefinitionInvalidException(errors);
        }

        version.Publish(publisher, clock.GetUtcNow());
        await SaveAsync(key, cancellationToken);
        return version;
    }

    /// <summary>Installs the shipped definitions whose key has no version yet, as published version 1.</summary>
    public static async Task SeedShippedAsync(DisclosureDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var keys = await db.DefinitionVersions.Select(d => d.Key).Distinct().ToListAsync(cancellationToken);
        foreach (var document in ShippedDefinitions.All.Where(d => !keys.Contains(d.Key)))
        {
            var version = new ProcessDefinitionVersion(document, 1, Actor.System, now);
            version.Publish(Actor.System, now);
            db.DefinitionVersions.Add(version);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private Task SaveAsync(string key, CancellationToken cancellationToken) =>
        db.SaveOrConflictAsync(Messages.DefinitionChangedConcurrently(key), Messages.DefinitionChangedMeanwhile(key), cancellationToken);
}
