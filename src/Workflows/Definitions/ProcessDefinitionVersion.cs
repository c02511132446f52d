using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;

namespace Disclosure.Workflows.Definitions;

public enum DefinitionStatus
{
    Draft,
    Published,
}

/// <summary>
/// One numbered version of a process definition. At most one draft per key (enforced by a unique
/// index); a published version is immutable and running instances stay pinned to it.
/// </summary>
public sealed class ProcessDefinitionVersion
{
    private ProcessDocument? _document;
    private ParallelBlocks? _blocks;

    private ProcessDefinitionVersion()
    {
        Key = Name = EnglishName = DocumentJson = CreatedBy = string.Empty;
    }

    public ProcessDefinitionVersion(ProcessDocument document, int number, Actor author, DateTimeOffset now)
        : this()
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(author);
        Id = Guid.CreateVersion7(now);
        Key = document.Key;
        Number = number;
        Status = DefinitionStatus.Draft;
        CreatedAt = now;
        CreatedBy = author.Name;
        SetDocument(document);
    }

    public Guid Id { get; private set; }

    public string Key { get; private set; }

    public int Number { get; private set; }

    public DefinitionStatus Status { get; private set; }

    public string Name { get; private set; }

    public string EnglishName { get; private set; }

    /// <summary>The document as stored (jsonb).</summary>
    public string DocumentJson { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public string? PublishedBy { get; private set; }

    public ProcessDocument Document => _document ??= ProcessDocument.FromJson(DocumentJson);

    /// <summary>The split/join pairs the engine needs to count arrivals at joins.</summary>
    public ParallelBlocks Blocks => _blocks ??= ParallelBlocks.Analyse(Document);

    public void ReplaceDocument(ProcessDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (Status != DefinitionStatus.Draft)
        {
            throw new CatalogueRuleException(Messages.DefinitionPublishedImmutable(Key, Number));
        }

        if (document.Key != Key)
        {
            throw new ValidationFailedException("key", Messages.DefinitionKeyFixed(Key));
        }

        SetDocument(document);
    }

    /// <summary>Publishes the draft; refused with the validator's errors when it breaks a rule.</summary>
    public void Publish(Actor publisher, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(publisher);
        if (Status != DefinitionStatus.Draft)
        {
            throw new CatalogueRuleException(Messages.DefinitionAlreadyPublished(Key, Number));
        }

        var errors = DefinitionValidator.Validate(Document);
        if (errors.Count > 0)
        {
            throw new DefinitionInvalidException(errors);
        }

        Status = DefinitionStatus.Published;
        PublishedAt = now;
        PublishedBy = publisher.Name;
    }

    /// <summary>
    /// Every write of a document, drafts included, must fit the published schema and the rules of
    /// law; what the structural validator finds (unreachable steps, missing targets) may wait for publication.
    /// </summary>
    private void SetDocument(ProcessDocument document)
    {
        var errors = DefinitionSchema.Check(document).Concat(LawRules.Check(document)).ToList();
        if (errors.Count > 0)
        {
            throw new DefinitionInvalidException(errors);
        }

        _document = document;
        _blocks = null;
        DocumentJson = document.ToJson();
        Name = document.Name;
        EnglishName = document.EnglishName;
    }
}

/// <summary>Publishing was refused; the errors name nodes and rules (maps to HTTP 400).</summary>
public sealed class DefinitionInvalidException(IReadOnlyList<DefinitionError> errors)
    : DisclosureException(Messages.DefinitionInvalid((errors ?? throw new ArgumentNullException(nameof(errors))).Count))
{
    public IReadOnlyList<DefinitionError> Errors { get; } = errors;
}
