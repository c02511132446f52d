using System.Globalization;
using System.Text;
using System.Xml;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;

namespace Disclosure.Host.Api;

internal static class PublicApi
{
    public static RouteGroupBuilder MapPublicApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/public").WithTags("Public catalogue").AllowAnonymous();
        group.MapGet("/items", async (string? category, string? timing, string? q, int? page, int? pageSize, CatalogueQueries queries, CancellationToken ct) =>
        {
            var errors = new FieldErrors();
            TimingClass? timingClass = null;
            if (!string.IsNullOrWhiteSpace(timing))
            {
                if (Enum.TryParse<TimingClass>(timing, true, out var parsed) && Enum.IsDefined(parsed) && !char.IsAsciiDigit(timing[0]))
                {
                    timingClass = parsed;
                }
                else
                {
                    errors.Add("timing", Messages.ChoiceInvalid("公开时限", timing, Enum.GetValues<TimingClass>().Select(t => $"{Labels.Of(t)}（{t}）")));
                }
            }

            if (category is { Length: > 0 } && CatalogueCategories.Find(category.Trim()) is null)
            {
                errors.Add("category", Messages.CategoryUnknown(category));
            }

            if (page is < 1)
            {
                errors.Add("page", Messages.PageInvalid);
            }

            if (pageSize is < 1 or > CatalogueQueries.MaxPageSize)
            {
                errors.Add("pageSize", Messages.PageSizeInvalid(CatalogueQueries.MaxPageSize));
            }

            if (q is { Length: > 100 })
            {
                errors.Add("q", Messages.TooLong("检索词", q.Length, 100));
            }

            errors.ThrowIfAny();

            return TypedResults.Ok(await queries.PublishedAsync(category, timingClass, q, page ?? 1, pageSize ?? 20, ct));
        }).WithSummary("Published items only; filter by category (a category matches its sub-items), timing class and text; paged.");
        group.MapGet("/items/{id:guid}", async (Guid id, CatalogueQueries queries, CancellationToken ct) =>
            await queries.PublishedVersionAsync(id, ct) is { } item ? Results.Ok(item) : Results.Problem(ProblemMapping.Problem(StatusCodes.Status404NotFound, Messages.PublicItemNotFound)));
        group.MapGet("/feed.atom", async (HttpContext http, CatalogueQueries queries, CancellationToken ct) =>
        {
            var page = await queries.PublishedAsync(null, null, null, 1, 50, ct);
            var baseUrl = $"{http.Request.Scheme}://{http.Request.Host}";
            return TypedResults.Content(Atom(page.Items, baseUrl), "application/atom+xml; charset=utf-8");
        }).WithSummary("Atom feed of the 50 newest publications, for the district website to pull.");
        return group;
    }

    private static string Atom(IReadOnlyList<PublicItem> items, string baseUrl)
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true }))
        {
            const string Ns = "http://www.w3.org/2005/Atom";
            xml.WriteStartElement("feed", Ns);
            xml.WriteElementString("title", Ns, "永安街道办事处政府信息公开");
            xml.WriteElementString("id", Ns, $"{baseUrl}/api/public/feed.atom");
            xml.WriteElementString("updated", Ns, (items.Count > 0 ? items[0].PublishedAt : DateTimeOffset.UnixEpoch).ToString("O", CultureInfo.InvariantCulture));
            xml.WriteStartElement("link", Ns);
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("href", $"{baseUrl}/api/public/feed.atom");
            xml.WriteEndElement();
            xml.WriteStartElement("link", Ns);
            xml.WriteAttributeString("rel", "alternate");
            xml.WriteAttributeString("type", "text/html");
            xml.WriteAttributeString("href", $"{baseUrl}/gongkai");
            xml.WriteEndElement();
            foreach (var item in items)
            {
                xml.WriteStartElement("entry", Ns);
                xml.WriteElementString("id", Ns, $"urn:uuid:{item.Id}");
                xml.WriteElementString("title", Ns, item.Title);
                xml.WriteElementString("updated", Ns, item.PublishedAt.ToString("O", CultureInfo.InvariantCulture));
                xml.WriteStartElement("author", Ns);
                xml.WriteElementString("name", Ns, item.ResponsibleBody);
                xml.WriteEndElement();
                xml.WriteStartElement("category", Ns);
                xml.WriteAttributeString("term", item.CategoryCode);
                xml.WriteAttributeString("label", item.CategoryName);
                xml.WriteEndElement();
                // The entry is the page the public reads; its files travel as enclosures.
                xml.WriteStartElement("link", Ns);
                xml.WriteAttributeString("rel", "alternate");
                xml.WriteAttributeString("type", "text/html");
                xml.WriteAttributeString("href", $"{baseUrl}/gongkai/{item.Id}");
                xml.WriteEndElement();
                foreach (var file in item.Attachments)
                {
                    xml.WriteStartElement("link", Ns);
                    xml.WriteAttributeString("rel", "enclosure");
                    xml.WriteAttributeString("type", file.MediaType);
                    xml.WriteAttributeString("length", file.Length.ToString(CultureInfo.InvariantCulture));
                    xml.WriteAttributeString("title", file.FileName);
                    xml.WriteAttributeString("href", $"{baseUrl}/gongkai/attachments/{file.Id}");
                    xml.WriteEndElement();
                }

                xml.WriteStartElement("content", Ns);
                xml.WriteAttributeString("type", "html");
                xml.WriteString(item.Body);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return text.ToString();
    }
}
