namespace Disclosure.Workflows.Common;

/// <summary>
/// Input was refused (HTTP 400): every error names the field it concerns (the JSON name clients
/// send, e.g. <c>rightsHolders[0].name</c>) with one or more catalogue messages.
/// </summary>
public sealed class ValidationFailedException : DisclosureException
{
    public ValidationFailedException(string field, UserMessage message)
        : this(new Dictionary<string, IReadOnlyList<UserMessage>>(StringComparer.Ordinal) { [field] = [message] })
    {
    }

    public ValidationFailedException(IReadOnlyDictionary<string, IReadOnlyList<UserMessage>> errors)
        : base(Messages.ValidationFailed(Summary(errors)))
    {
        Errors = errors;
    }

    public IReadOnlyDictionary<string, IReadOnlyList<UserMessage>> Errors { get; }

    private static string Summary(IReadOnlyDictionary<string, IReadOnlyList<UserMessage>> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return string.Join("；", errors.SelectMany(e => e.Value).Select(m => m.Text.TrimEnd('。')));
    }
}

/// <summary>Collects field errors, then throws them together so a client sees every problem at once.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<UserMessage>> _byField = new(StringComparer.Ordinal);

    public bool Any => _byField.Count > 0;

    public bool Has(string field) => _byField.ContainsKey(field);

    public void Add(string field, UserMessage message)
    {
        if (!_byField.TryGetValue(field, out var list))
        {
            _byField[field] = list = [];
        }

        list.Add(message);
    }

    public void AddRange(IReadOnlyDictionary<string, IReadOnlyList<UserMessage>> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var (field, messages) in errors)
        {
            foreach (var message in messages)
            {
                Add(field, message);
            }
        }
    }

    public ValidationFailedException ToException() =>
        new(_byField.ToDictionary(e => e.Key, e => (IReadOnlyList<UserMessage>)e.Value.ToArray(), StringComparer.Ordinal));

    /// <summary>Throws when anything was added.</summary>
    public void ThrowIfAny()
    {
        if (Any)
        {
            throw ToException();
        }
    }
}
