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

    public ILocator Panel => Page.GetByTestId("properties");

    public ILocator Shape(string elementId) => Page.Locator($".djs-element.djs-shape[data-element-id='{elementId}']");

    public ILocator ProblemOn(string nodeId) => Page.Locator($".gk-problem-box[data-node='{nodeId}']");

    public async Task OpenAsync(string key, int number)
    {
        await Page.GotoAsync($"/app/admin/definitions/{key}/{number}/modeler");
        await Assertions.Expect(Panel).ToHaveAttributeAsync("data-kind", "process");
    }

    /// <summary>Takes a tool from the palette and puts the new shape at a point of the canvas (fractions of its size).</summary>
    public async Task CreateAsync(string paletteAction, double x, double y)
    {
        var box = (await Page.GetByTestId("canvas").BoundingBoxAsync())!;
        await Page.Locator($".djs-palette [data-action='{paletteAction}']").ClickAsync();
        var (px, py) = ((float)(box.X + (box.Width * x)), (float)(box.Y + (box.Height * y)));
        // The shape follows the pointer before it is dropped.
        await Page.Mouse.MoveAsync(px - 10, py - 10);
        await Page.Mouse.MoveAsync(px, py, new() { Steps = 3 });
        await Page.Mouse.ClickAsync(px, py);
        await Assertions.Expect(Panel).ToHaveAttributeAsync("data-kind", "userTask");
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
