using System.Net;

namespace Disclosure.Host.Pages;

/// <summary>
/// The frame of every server-rendered page: Simplified Chinese, readable without JavaScript, all
/// styles inline (nothing from a CDN: offices often run on isolated networks).
/// </summary>
internal static class PageLayout
{
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    public static IResult Html(string body, int status = StatusCodes.Status200OK) =>
        Results.Content(body, "text/html; charset=utf-8", statusCode: status);

    public static string Render(string title, string content, string? head = null) => $$"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{E(title)}} - 永安街道办事处政府信息公开</title>
        {{head}}
        <style>
        :root { --red: #9b1c1c; --ink: #1b1b1b; --muted: #555; --line: #d8d8d8; }
        * { box-sizing: border-box; }
        body { margin: 0; font-family: system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; color: var(--ink); line-height: 1.7; background: #fafafa; }
        header.site { background: var(--red); color: #fff; padding: .8rem 1rem; }
        header.site a { color: #fff; text-decoration: none; font-weight: bold; font-size: 1.15rem; }
        main { max-width: 60rem; margin: 0 auto; padding: 1rem; background: #fff; min-height: 80vh; }
        a { color: #0b4f9c; }
        a:focus, button:focus, input:focus, select:focus { outline: 3px solid #f0b400; outline-offset: 2px; }
        h1 { font-size: 1.5rem; color: var(--red); margin-top: .3rem; }
        h2 { font-size: 1.15rem; border-bottom: 2px solid var(--red); padding-bottom: .2rem; }
        form.filters { display: flex; flex-wrap: wrap; gap: .6rem; align-items: flex-end; margin: 1rem 0; }
        form.filters label { display: flex; flex-direction: column; font-size: .9rem; color: var(--muted); min-width: 0; }
        input, select, button { font: inherit; padding: .35rem .5rem; max-width: 100%; }
        main, li, dd, h1 { overflow-wrap: anywhere; }
        .body table { display: block; overflow-x: auto; max-width: 100%; }
        button { background: var(--red); color: #fff; border: 0; border-radius: 4px; padding: .45rem 1.1rem; cursor: pointer; }
        ul.results { list-style: none; padding: 0; }
        ul.results li { border-bottom: 1px solid var(--line); padding: .6rem 0; }
        .meta { color: var(--muted); font-size: .9rem; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
        dl.facts dt { font-weight: bold; }
        .empty { padding: 2rem 0; color: var(--muted); }
        nav.pages { display: flex; gap: 1rem; margin: 1rem 0; }
        footer.site { text-align: center; color: var(--muted); font-size: .85rem; padding: 1rem; }
        @media (max-width: 40rem) { dl.facts { grid-template-columns: 1fr; } form.filters { flex-direction: column; align-items: stretch; } form.filters select, form.filters input { width: 100%; } }
        </style>
        </head>
        <body>
        <header class="site"><a href="/gongkai">永安街道办事处 · 政府信息公开</a></header>
        <main id="main">
        {{content}}
        </main>
        <footer class="site">淄博市周村区永安街道办事处 · <a href="/api/public/feed.atom">订阅更新（Atom）</a></footer>
        </body>
        </html>
        """;
}
