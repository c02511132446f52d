using Ganss.Xss;

namespace Disclosure.Workflows.Catalogue;

/// <summary>
/// Bodies are stored as sanitised HTML: whatever a drafter pastes, no script, event handler or
/// foreign frame reaches a reader.
/// </summary>
public static class RichText
{
    private static readonly HtmlSanitizer Sanitizer = Create();

    public static string Sanitize(string html) => Sanitizer.Sanitize(html).Trim();

    private static HtmlSanitizer Create()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "ul", "ol", "li", "blockquote",
                "table", "thead", "tbody", "tr", "th", "td", "caption", "a", "span", "div", "hr", "sub", "sup",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "title", "colspan", "rowspan" },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
        };
        return new HtmlSanitizer(options);
    }
}
