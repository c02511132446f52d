using Disclosure.Workflows.Catalogue;

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
            throw new Catalogue.CatalogueRuleException($"流程“{Key}”第 {Number} 版已发布，不能修改；请新建草稿。 Published version {Number} is immutable.");
        }

        if (document.Key != Key)
        {
            throw new Catalogue.ValidationFailedException(new Dictionary<string, string[]> { ["key"] = [$"流程标识必须是“{Key}”。 The key cannot change."] });
        }

        SetDocument(document);
    }

    /// <summary>Publishes the draft; refused with the validator's errors when it breaks a rule.</summary>
    public void Publish(Actor publisher, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(publisher);
        if (Status != DefinitionStatus.Draft)
        {
            throw new Catalogue.CatalogueRuleException($"流程“{Key}”第 {Number} 版已经发布。 Version {Number} is already published.");
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

    private void SetDocument(ProcessDocument document)
    {
        _document = document;
        _blocks = null;
        DocumentJson = document.ToJson();
        Name = document.Name;
        EnglishName = document.EnglishName;
    }
}

/// <summary>Publishing was refused; the errors name nodes and rules (maps to HTTP 422/400).</summary>
public sealed class DefinitionInvalidException : Exception
{
    public DefinitionInvalidException()
        : this([])
    {
    }

    public DefinitionInvalidException(string message)
        : base(message)
    {
        Errors = [];
    }

    public DefinitionInvalidException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public DefinitionInvalidException(IReadOnlyList<DefinitionError> errors)
        : base("流程定义未通过校验 The definition breaks rules: " + string.Join("; ", errors.Select(e => $"[{e.NodeId ?? "-"}/{e.Rule}] {e.Message}")))
    {
        Errors = errors;
    }

    public IReadOnlyList<DefinitionError> Errors { get; }
}
