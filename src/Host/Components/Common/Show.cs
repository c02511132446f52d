using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Engine;

namespace Disclosure.Host.Components.Common;

/// <summary>Small readings of domain codes for screens; each delegates to the domain's own list or labels.</summary>
public static class Show
{
    /// <summary>"3.1 政府基础建设项目的公开招标中标情况及工程进度情况" from CatalogueCategories.</summary>
    public static string Category(string code) => CatalogueCategories.Find(code)?.Display ?? code;

    public static string Channels(IEnumerable<Channel> channels) => string.Join("、", channels.Select(Labels.Of));

    public static string Role(string role) => Roles.Label(role);

    public static string Version(int number) => $"第 {number} 版";

    /// <summary>A step as people name it: "会签（财政所）" when the task belongs to one department.</summary>
    public static string Step(WorkflowTask task) => Step(task?.Name ?? string.Empty, task?.Department);

    public static string Step(string name, string? department) => department is null ? name : $"{name}（{department}）";

    /// <summary>The screen of what a flag or a notification is about: an application's, or an item's.</summary>
    public static string SubjectLink(Guid id, bool isApplication) => isApplication ? $"/app/applications/{id}" : $"/app/items/{id}";
}
