using Disclosure.Workflows.Common;

namespace Disclosure.Host.Components.Admin;

/// <summary>A refusal's messages by field (the keys the domain and the API use), for showing each at its field.</summary>
public sealed class FieldProblems
{
    private readonly Dictionary<string, string> _byField = new(StringComparer.OrdinalIgnoreCase);

    public string? this[string field] => _byField.GetValueOrDefault(field);

    public void Clear() => _byField.Clear();

    public void Take(ValidationFailedException refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        _byField.Clear();
        foreach (var (field, messages) in refusal.Errors)
        {
            _byField[field] = string.Join(" ", messages.Select(m => m.Text));
        }
    }

    /// <summary>Messages of fields no control shows.</summary>
    public IEnumerable<string> Except(params string[] shown) =>
        _byField.Where(e => !shown.Contains(e.Key, StringComparer.OrdinalIgnoreCase)).Select(e => e.Value);
}
