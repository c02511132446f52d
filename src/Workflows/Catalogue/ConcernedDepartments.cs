using Disclosure.Workflows.Common;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Workflows.Catalogue;

/// <summary>
/// The departments concerned (会签部门) a drafter names on a version: their shape is checked with
/// the rest of the input; that each is a known department needs the database (<see cref="CheckKnownAsync"/>).
/// </summary>
public static class ConcernedDepartments
{
    public const string Field = "departmentsConcerned";

    internal static List<string> Read(Action<string, UserMessage> error, IReadOnlyList<string>? values, string? responsibleBody)
    {
        var names = new List<string>();
        if (values is null)
        {
            return names;
        }

        if (values.Count > OfficeDepartments.MaxConcerned)
        {
            error(Field, Messages.ConcernedTooMany(OfficeDepartments.MaxConcerned));
            return names;
        }

        foreach (var (value, i) in values.Select((v, i) => (v, i)))
        {
            var name = value?.Trim();
            if (string.IsNullOrEmpty(name) || name.Length > OfficeDepartments.MaxName)
            {
                error($"{Field}[{i}]", Messages.ConcernedBlank);
            }
            else if (name == responsibleBody?.Trim())
            {
                error($"{Field}[{i}]", Messages.ConcernedIsResponsibleBody(name));
            }
            else if (names.Contains(name))
            {
                error($"{Field}[{i}]", Messages.ConcernedTwice(name));
            }
            else
            {
                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>Refuses names that are not departments of the office, naming each.</summary>
    public static async Task CheckKnownAsync(DisclosureDbContext db, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(names);
        if (names.Count == 0)
        {
            return;
        }

        var list = names.ToList();
        var known = await db.Departments.Where(d => list.Contains(d.Name)).Select(d => d.Name).ToListAsync(cancellationToken);
        var errors = new FieldErrors();
        foreach (var (name, i) in names.Select((n, i) => (n, i)).Where(x => !known.Contains(x.n)))
        {
            errors.Add($"{Field}[{i}]", Messages.ConcernedUnknown(name));
        }

        errors.ThrowIfAny();
    }
}
