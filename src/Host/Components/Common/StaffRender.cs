using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Disclosure.Host.Components.Common;

/// <summary>
/// The render mode of every staff screen: interactive over a server circuit, not prerendered, so a
/// screen loads its data once (not once for the prerender and again for the circuit) and nothing
/// is shown that cannot yet be clicked.
/// </summary>
public static class StaffRender
{
    public static IComponentRenderMode Mode { get; } = new InteractiveServerRenderMode(prerender: false);
}
