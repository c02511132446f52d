using Microsoft.Playwright;

namespace Disclosure.Host.Tests.Browser;

/// <summary>
/// The process modeler page as a test drives it: the bpmn-js canvas (palette, context pad, shapes by
/// element id) and the properties panel beside it. Every step waits for what the page shows, never
/// for time: the panel is read back from the drawing after each change.
/// </summary>
internal sealed class ModelerCanvas(IPage page)
{
    public IPage Page { get; } = page;

    /// <summary>
    /// Script errors and failed loads from now on, but the browser's own request for /favicon.ico,
    /// which main does not serve yet (the administration branch adds one).
    /// </summary>
    public static List<string> WatchErrors(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Location.Contains("favicon.ico", StringComparison.Ordinal))
            {
                errors.Add($"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        return errors;
    }

    /// <summary>
    /// Every request the page makes from now on that leaves the Host (the modeler must work offline:
    /// bpmn-js, its fonts and styles come from this site, never a CDN).
    /// </summary>
    public static List<string> WatchExternalRequests(IPage page, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(page);
        var external = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(baseUrl + "/", StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal)
                && !request.Url.StartsWith("blob:", StringComparison.Ordinal))
            {
                external.Add(request.Url);
            }
        };
        return external;
    }

    /// <summary>
    /// Every word the page shows, and every tool tip and accessible name on it (the canvas's palette,
    /// context pad and menus included), is Chinese: the only Latin letters left are the drawing's
    /// own ids (step and outcome ids an administrator types), the name of the file format and the
    /// bpmn.io watermark, which its licence keeps as it is.
    /// </summary>
    public async Task AssertAllChineseAsync()
    {
        var found = await Page.EvaluateAsync<string[]>("""
            () => {
                const ids = new Set(["BPMN"]);
                for (const e of document.querySelectorAll("[data-element-id]")) ids.add(e.getAttribute("data-element-id"));
                for (const e of document.querySelectorAll("[data-testid=properties] input:not([type=checkbox]):not([type=radio])")) if (e.value) ids.add(e.value);
                const texts = [document.body.innerText];
                // bpmn.io's watermark (its tool tip is English) must stay unchanged: its licence says so.
                for (const e of document.querySelectorAll("[title],[aria-label],[placeholder],[alt]")) {
                    if (e.closest(".bjs-powered-by")) continue;
                    for (const name of ["title", "aria-label", "placeholder", "alt"]) texts.push(e.getAttribute(name) ?? "");
                }
                let text = texts.join("\n");
                for (const id of [...ids].sort((a, b) => b.length - a.length)) text = text.split(id).join(" ");
                return [...new Set(text.match(/[A-Za-z]{2,}/g) ?? [])];
            }
            """);
        Assert.True(found.Length == 0, $"Latin words on {Page.Url}: {string.Join(", ", found)}");
    }

    public ILocator Panel => Page.GetByTestId("properties");

    public ILocator Shape(string elementId) => Page.Locator($".djs-element.djs-shape[data-element-id='{elementId}']");

    public ILocator ProblemOn(string nodeId) => Page.Locator($".gk-problem-box[data-node='{nodeId}']");

    public async Task OpenAsync(string key, int number)
    {
        await Page.GotoAsync($"/app/admin/definitions/{key}/{number}/modeler");
        await Assertions.Expect(Panel).ToHaveAttributeAsync("data-kind", "process");
    }

    /// <summary>
    /// Takes a tool from the palette and puts the new shape at a point of the canvas (fractions of
    /// its size); the panel then shows the new element, of the kind given.
    /// </summary>
    public async Task CreateAsync(string paletteAction, double x, double y, string kind = "userTask")
    {
        var box = (await Page.GetByTestId("canvas").BoundingBoxAsync())!;
        await DropAsync(paletteAction, (float)(box.X + (box.Width * x)), (float)(box.Y + (box.Height * y)));
        await Assertions.Expect(Panel).ToHaveAttributeAsync("data-kind", kind);
    }

    /// <summary>
    /// Puts a timer from the palette on the border of a task (its lower edge, towards the right), where
    /// it becomes the task's due time; the panel then shows the task.
    /// </summary>
    public async Task AttachTimerAsync(string elementId)
    {
        var box = (await Shape(elementId).BoundingBoxAsync())!;
        await DropAsync("create.timer", (float)(box.X + (box.Width * 0.75)), (float)(box.Y + box.Height));
        await Assertions.Expect(Panel).ToHaveAttributeAsync("data-node", elementId);
    }

    private async Task DropAsync(string paletteAction, float x, float y)
    {
        await Page.Locator($".djs-palette [data-action='{paletteAction}']").ClickAsync();
        // The shape follows the pointer before it is dropped.
        await Page.Mouse.MoveAsync(x - 10, y - 10);
        await Page.Mouse.MoveAsync(x, y, new() { Steps = 3 });
        await Page.Mouse.ClickAsync(x, y);
    }

    /// <summary>
    /// Selects a shape by clicking near its top left corner (connections cross the middle), after a
    /// click on empty canvas has closed the context pad of the shape selected before (it may cover this one).
    /// </summary>
    public async Task SelectAsync(string elementId)
    {
        var box = (await Page.GetByTestId("canvas").BoundingBoxAsync())!;
        await Page.Mouse.ClickAsync((float)(box.X + (box.Width / 2)), (float)(box.Y + box.Height - 12));
        await Assertions.Expect(Panel).ToHaveAttributeAsync("data-kind", "process");
        await Shape(elementId).ClickAsync(new() { Position = new() { X = 5, Y = 5 }, Force = true });
        await Assertions.Expect(Panel).ToHaveAttributeAsync("data-node", elementId);
    }

    /// <summary>Drags a shape by the pointer (grabbed near its top left corner) by the given pixels.</summary>
    public async Task DragAsync(string elementId, float dx, float dy)
    {
        await ClickEmptyCanvasAsync();
        var box = (await Shape(elementId).BoundingBoxAsync())!;
        var (x, y) = ((float)box.X + 6, (float)box.Y + 6);
        await Page.Mouse.MoveAsync(x, y);
        await Page.Mouse.DownAsync();
        await Page.Mouse.MoveAsync(x + (dx / 2), y + (dy / 2), new() { Steps = 4 });
        await Page.Mouse.MoveAsync(x + dx, y + dy, new() { Steps = 4 });
        await Page.Mouse.UpAsync();
        await ClickEmptyCanvasAsync();
    }

    /// <summary>
    /// After a drag, diagram-js swallows the next click (so the drop does not select what lies under
    /// it); when the drag ended on another element no click came, and it would swallow the test's next one.
    /// </summary>
    private async Task ClickEmptyCanvasAsync()
    {
        var canvas = (await Page.GetByTestId("canvas").BoundingBoxAsync())!;
        await Page.Mouse.ClickAsync((float)(canvas.X + (canvas.Width / 2)), (float)(canvas.Y + canvas.Height - 12));
    }

    /// <summary>Draws a flow with the shape's context pad: its connect tool, the pointer to the target shape, a click there.</summary>
    public async Task ConnectAsync(string fromElementId, string toElementId)
    {
        await SelectAsync(fromElementId);
        await ContextPadAsync("connect");
        var box = (await Shape(toElementId).BoundingBoxAsync())!;
        var (x, y) = ((float)(box.X + (box.Width / 2)), (float)(box.Y + (box.Height / 2)));
        await Page.Mouse.MoveAsync(x - 15, y - 15, new() { Steps = 6 });
        await Page.Mouse.MoveAsync(x, y, new() { Steps = 4 });
        await Page.Mouse.ClickAsync(x, y);
        await ClickEmptyCanvasAsync();
    }

    /// <summary>Waits until the last change has been checked (the problem list is no longer the previous check's).</summary>
    public async Task CheckedAsync() => await Assertions.Expect(Page.GetByTestId("problems")).ToHaveAttributeAsync("data-state", "checked");

    public async Task ContextPadAsync(string action) => await Page.Locator($".djs-context-pad [data-action='{action}']").ClickAsync();

    /// <summary>Types into a panel field and leaves it, which is when the change is applied.</summary>
    public async Task TypeAsync(string label, string text)
    {
        var field = Panel.GetByLabel(label, new() { Exact = true });
        await field.FillAsync(text);
        await field.PressAsync("Tab");
        await Assertions.Expect(Panel.GetByLabel(label, new() { Exact = true })).ToHaveValueAsync(text);
    }

    public async Task ChooseAsync(string label, string value)
    {
        await Panel.GetByLabel(label, new() { Exact = true }).SelectOptionAsync(value);
        await Assertions.Expect(Panel.GetByLabel(label, new() { Exact = true })).ToHaveValueAsync(value);
    }

    /// <summary>Draws a new flow from the selected step through the panel; the flow is the step's last one.</summary>
    public async Task AddFlowAsync(string label, string targetElementId, string expectLabel)
    {
        await Panel.GetByLabel(label, new() { Exact = true }).SelectOptionAsync(targetElementId);
        await Assertions.Expect(Panel.GetByLabel(expectLabel, new() { Exact = true })).ToBeVisibleAsync();
    }
}
