using System.Globalization;
using System.Text;

namespace Disclosure.Workflows.Catalogue.Attachments;

/// <summary>
/// Makes the name a browser sent with a file safe to show and to offer back as a download name. It is
/// never used as a path: the bytes live in the database. What is kept is the last path segment (some
/// browsers send <c>C:\fakepath\…</c>), without control and bidirectional-override characters (which
/// can disguise <c>exe.pdf</c> as <c>fdp.exe</c>), with the characters Windows forbids in file names
/// replaced by their full-width forms so the name reads the same and saves on every system.
/// </summary>
public static class AttachmentFileName
{
    public const int MaxLength = 200;

    private static readonly Dictionary<char, char> FullWidth = new()
    {
        ['<'] = '＜', ['>'] = '＞', [':'] = '：', ['"'] = '＂', ['|'] = '｜', ['?'] = '？', ['*'] = '＊',
    };

    public static string Sanitise(string? name)
    {
        var text = name ?? string.Empty;
        var slash = text.LastIndexOfAny(['/', '\\']);
        if (slash >= 0)
        {
            text = text[(slash + 1)..];
        }

        var clean = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            // Invalid UTF-16 (a lone surrogate) enumerates as the replacement character: dropped.
            var category = Rune.GetUnicodeCategory(rune);
            if (rune == Rune.ReplacementChar || category is UnicodeCategory.Control or UnicodeCategory.Format
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse)
            {
                continue;
            }

            if (rune.IsBmp && FullWidth.TryGetValue((char)rune.Value, out var wide))
            {
                clean.Append(wide);
            }
            else
            {
                clean.Append(rune.ToString());
            }
        }

        // Leading dots would hide the file on Unix; trailing dots and spaces vanish on Windows.
        var result = clean.ToString().Normalize(NormalizationForm.FormC).Trim().TrimStart('.').TrimEnd('.', ' ');
        return result.Length <= MaxLength ? result : Shorten(result);
    }

    /// <summary>The lower-case extension with its dot, or an empty string.</summary>
    public static string Extension(string sanitised)
    {
        var dot = sanitised.LastIndexOf('.');
        return dot <= 0 ? string.Empty : sanitised[dot..].ToLowerInvariant();
    }

    // Keeps the extension, cuts the stem, and never splits a surrogate pair.
    private static string Shorten(string name)
    {
        var extension = Extension(name);
        if (extension.Length > 16)
        {
            extension = string.Empty;
        }

        var stem = name[..^extension.Length];
        var keep = MaxLength - extension.Length;
        if (char.IsHighSurrogate(stem[keep - 1]))
        {
            keep--;
        }

        return stem[..keep] + extension;
    }
}
