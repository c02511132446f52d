using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Definitions.Bpmn;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Host.Components.Admin.Modeler;

/// <summary>
/// A version as the modeler screens open it: its drawing (<c>Xml</c>), the stored document when the
/// page opened it (<c>Baseline</c>: a save refuses if someone changed it since), the key's draft if
/// any, its latest published version (<c>Current</c>, what publishing replaces), and the office's departments.
/// </summary>
public sealed record ModelerVersion(
    string Key, int Number, string Name, bool IsDraft, string Xml, string? Baseline, ProcessDocument Document,
    int? DraftNumber, (int Number, ProcessDocument Document)? Current, IReadOnlyList<string> Departments)
{
    public static async Task<ModelerVersion> LoadAsync(IServiceProvider services, string key, int number)
    {
        ArgumentNullException.ThrowIfNull(services);
        var definitions = services.GetRequiredService<DefinitionService>();
        var version = await definitions.GetAsync(key, number);
        var siblings = (await definitions.ListAsync()).Where(v => v.Key == key).ToList();
        var current = siblings.Where(v => v.Status == DefinitionStatus.Published).MaxBy(v => v.Number);
        var departments = await services.GetRequiredService<DisclosureDbContext>().Departments.AsNoTracking()
            .OrderBy(d => d.Order).Select(d => d.Name).ToListAsync();
        return new(key, number, version.Name, version.Status == DefinitionStatus.Draft, BpmnExporter.Export(version.Document), version.DocumentJson, version.Document,
            siblings.FirstOrDefault(v => v.Status == DefinitionStatus.Draft)?.Number,
            current is null ? null : (current.Number, current.Document),
            departments);
    }
}
