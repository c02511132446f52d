using Disclosure.Workflows.Common;

namespace Disclosure.Host.Components.Applications;

/// <summary>A panel's errors: by field for a validation refusal, else one general line (key "").</summary>
public sealed class PanelErrors
{
    private readonly Dictionary<string, string> _byField = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> ByField => _byField;

    public string? General => _byField.GetValueOrDefault(string.Empty);

    public string? Of(string field) => _byField.GetValueOrDefault(field);

    public void Clear() => _byField.Clear();

    /// <summary>Runs a command; a refusal becomes the panel's errors and false.</summary>
    public async Task<bool> RunAsync(Func<Task> command)
    {
        ArgumentNullException.ThrowIfNull(command);
        _byField.Clear();
        try
        {
            await command();
            return true;
        }
        catch (ValidationFailedException ex)
        {
            foreach (var (field, messages) in ex.Errors)
            {
                _byField[field] = string.Join(" ", messages.Select(m => m.Text));
            }
        }
        catch (DisclosureException ex)
        {
            _byField[string.Empty] = ex.Message;
        }

        return false;
    }
}
