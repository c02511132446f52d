using System.Globalization;
using System.Text;
using Disclosure.Workflows.Catalogue;
using static Disclosure.Host.Pages.PageLayout;

namespace Disclosure.Host.Pages;

/// <summary>
/// The public disclosure column (政府信息公开): published items by the plan's categories and timing
/// class, search, and each item's page. No sign-in, no script.
/// </summary>
internal static class PublicColumnPages
{
    private const int PageSize = 20;

    public static IEndpointRouteBuilder MapPublicColumn(this IEndpointRouteBuilder app)
    {
        app.MapGet("/gongkai", async (string? category, string? timing, string? q, int? page, CatalogueQueries queries, CancellationToken ct) =>
        {
            var known = CatalogueCategories.Find(category);
            var timingClass = Enum.TryParse<TimingClass>(timing, true, out var t) && Enum.IsDefined(t) && !char.IsAsciiDigit(timing![0]) ? t : (TimingClass?)null;
            var text = q is { Length: > 100 } ? q[..100] : q;
            var current = Math.Max(1, page ?? 1);
            var results = await queries.PublishedAsync(known?.Code, timingClass, text, current, PageSize, ct);
            return Html(Render("政府信息公开", Column(known, timingClass, text, results)));
        }).AllowAnonymous().ExcludeFromDescription();

        app.MapGet("/gongkai/{id:guid}", async (Guid id, CatalogueQueries queries, CancellationToken ct) =>
            await queries.PublishedVersionAsync(id, ct) is { } item
                ? Html(Render(item.Title, ItemPage(item)))
                : Html(Render("未找到", "<h1>未找到该信息</h1><p>该信息不存在、尚未公开或已撤回。<a href=\"/gongkai\">返回政府信息公开</a></p>"), StatusCodes.Status404NotFound))
            .AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static string Column(Category? category, TimingClass? timing, string? text, PublicPage results)
    {
        var html = new StringBuilder();
        html.Append("<h1>政府信息公开</h1>");
        html.Append("<form class=\"filters\" method=\"get\" action=\"/gongkai\" role=\"search\">");
        html.Append("<label for=\"category\">公开目录<select id=\"category\" name=\"category\"><option value=\"\">全部类别</option>");
        foreach (var c in CatalogueCategories.All)
        {
            var indent = c.ParentCode is null ? string.Empty : "　";
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{E(c.Code)}\"{(c.Code == category?.Code ? " selected" : string.Empty)}>{indent}{E(c.Display)}</option>");
        }

        html.Append("</select></label>");
        html.Append("<label for=\"timing\">公开时限<select id=\"timing\" name=\"timing\"><option value=\"\">全部</option>");
        foreach (var value in Enum.GetValues<TimingClass>())
        {
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{value}\"{(value == timing ? " selected" : string.Empty)}>{Labels.Of(value)}</option>");
        }

        html.Append("</select></label>");
        html.Append(CultureInfo.InvariantCulture, $"<label for=\"q\">关键词<input id=\"q\" name=\"q\" type=\"search\" maxlength=\"100\" value=\"{E(text)}\"></label>");
        html.Append("<button type=\"submit\">检索</button></form>");

        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(category?.Display ?? "全部公开信息")}{(timing is null ? string.Empty : $" · {Labels.Of(timing.Value)}")}（共 {results.Total} 条）</h2>");
        if (results.Items.Count == 0)
        {
            html.Append("<p class=\"empty\">没有符合条件的已公开信息。</p>");
            return html.ToString();
        }

        html.Append("<ul class=\"results\">");
        foreach (var item in results.Items)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<li><a href=\"/gongkai/{item.Id}\">{E(item.Title)}</a><div class=\"meta\">{Published(item)} · {E(item.ResponsibleBody)} · {E(item.CategoryCode)} {E(item.CategoryName)} · {Labels.Of(item.Timing)}</div></li>");
        }

        html.Append("</ul>");
        var pages = (results.Total + PageSize - 1) / PageSize;
        if (pages > 1)
        {
            string Link(int p) => $"/gongkai?category={Uri.EscapeDataString(category?.Code ?? string.Empty)}&timing={timing}&q={Uri.EscapeDataString(text ?? string.Empty)}&page={p}";
            html.Append("<nav class=\"pages\" aria-label=\"分页\">");
            if (results.Page > 1)
            {
                html.Append(CultureInfo.InvariantCulture, $"<a href=\"{E(Link(results.Page - 1))}\">上一页</a>");
            }

            html.Append(CultureInfo.InvariantCulture, $"<span>第 {results.Page} / {pages} 页</span>");
            if (results.Page < pages)
            {
                html.Append(CultureInfo.InvariantCulture, $"<a href=\"{E(Link(results.Page + 1))}\">下一页</a>");
            }

            html.Append("</nav>");
        }

        return html.ToString();
    }

    private static string ItemPage(PublicItem item) => $"""
        <p><a href="/gongkai">← 返回政府信息公开</a></p>
        <article>
        <h1>{E(item.Title)}</h1>
        <dl class="facts">
        <dt>发布日期</dt><dd>{Published(item)}</dd>
        <dt>公开主体</dt><dd>{E(item.ResponsibleBody)}</dd>
        <dt>公开依据</dt><dd>{E(item.LegalBasis)}</dd>
        <dt>公开目录</dt><dd>{E(item.CategoryCode)} {E(item.CategoryName)}</dd>
        <dt>公开时限</dt><dd>{Labels.Of(item.Timing)}{(item.Period is { } p && DisclosurePeriod.TryParse(p, out var period) ? $"（{E(period.Label)}）" : string.Empty)}</dd>
        <dt>公开对象</dt><dd>{Labels.Of(item.Audience)}{(item.AudienceNote is null ? string.Empty : $"：{E(item.AudienceNote)}")}</dd>
        <dt>公开渠道</dt><dd>{string.Join("、", item.Channels.Select(Labels.Of))}</dd>
        </dl>
        <h2>正文</h2>
        <div class="body">{item.Body}</div>
        {(item.Interpretation is null ? string.Empty : $"<h2>政策解读</h2><div class=\"body\">{item.Interpretation}</div>")}
        </article>
        """;

    private static string Published(PublicItem item) =>
        item.PublishedAt.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
