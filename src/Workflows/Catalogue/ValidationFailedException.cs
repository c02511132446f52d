namespace Disclosure.Workflows.Catalogue;

/// <summary>Input was refused; every error names the field it concerns (maps to HTTP 400).</summary>
public sealed class ValidationFailedException : Exception
{
    public ValidationFailedException() : this(new Dictionary<string, string[]>())
    {
    }

    public ValidationFailedException(string message) : this(new Dictionary<string, string[]> { [""] = [message] })
    {
    }

    public ValidationFailedException(string message, Exception innerException) : base(message, innerException)
    {
        Errors = new Dictionary<string, string[]> { [""] = [message] };
    }

    public ValidationFailedException(IReadOnlyDictionary<string, string[]> errors)
        : base("输入有误 Validation failed: " + string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")))
    {
        Errors = errors;
    }

    public IReadOnlyDictionary<string, string[]> Errors { get; }
}
