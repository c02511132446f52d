using Disclosure.Workflows.Common;

namespace Disclosure.Host.Components.Common;

/// <summary>The refusals of the last attempt, by field key as the domain reports them, shown at each field.</summary>
public sealed class FormErrors
{
    private readonly Dictionary<string, string> _errors = new(StringComparer.OrdinalIgnoreCase);

    public bool Any => _errors.Count > 0;

    /// <summary>The message of a field, or null.</summary>
    public string? this[string field] => _errors.TryGetValue(field, out var message) ? message : null;

    /// <summary>
    /// Errors whose field no control shows (e.g. the whole request). <paramref name="groups"/> are
    /// fields whose control lists the messages of all their parts (<c>channels</c> shows <c>channels[1]</c>).
    /// </summary>
    public IEnumerable<string> Except(IEnumerable<string> shown, params string[] groups)
    {
        var known = shown.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return _errors.Where(e => !known.Contains(e.Key) && !groups.Any(g => e.Key.StartsWith(g, StringComparison.OrdinalIgnoreCase))).Select(e => e.Value);
    }

    public IEnumerable<string> All => _errors.Values;

    /// <summary>Messages of a field and its parts, e.g. <c>channels</c> matches <c>channels[1]</c>.</summary>
    public IEnumerable<string> Matching(string prefix) =>
        _errors.Where(e => e.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).Select(e => e.Value);

    public void Clear() => _errors.Clear();

    public void Set(string field, string message) => _errors[field] = message;

    public void Take(ValidationFailedException refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        _errors.Clear();
        foreach (var (field, messages) in refusal.Errors)
        {
            _errors[field] = string.Join(" ", messages.Select(m => m.Text));
        }
    }
}
