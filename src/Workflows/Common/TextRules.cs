namespace Disclosure.Workflows.Common;

/// <summary>
/// What any text a user sends may hold, checked at the edge (every request field) and again by the
/// domain's own validators: at most a maximum length, and no control characters except tab and
/// line breaks (CR, LF). NUL, the other C0 and C1 controls, DEL and lone UTF-16 surrogates are
/// refused: PostgreSQL cannot store NUL at all, and none of them is text anybody types.
/// </summary>
public static class TextRules
{
    /// <summary>Process definition keys: lowercase ASCII letters, digits and hyphens, 1 to 64 of them.</summary>
    public const int MaxKey = 64;

    /// <summary>The first problem of the value, or null when it is acceptable (null and empty are, here).</summary>
    public static UserMessage? Check(string? value, int max, string label)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Length > max)
        {
            return Messages.TooLong(label, value.Length, max);
        }

        return HasForbiddenCharacter(value) ? Messages.ControlCharacters(label) : null;
    }

    /// <summary>A definition key, or the message saying why it is not one.</summary>
    public static UserMessage? CheckKey(string? value, string label) =>
        IsKey(value) ? null : Messages.KeyInvalid(label, MaxKey);

    public static bool IsKey(string? value) =>
        value is { Length: > 0 and <= MaxKey } && value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    public static bool HasForbiddenCharacter(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            {
                return true;
            }

            if (char.IsHighSurrogate(c) && (i + 1 == value.Length || !char.IsLowSurrogate(value[i + 1])))
            {
                return true;
            }

            if (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(value[i - 1])))
            {
                return true;
            }
        }

        return false;
    }
}
