using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Disclosure.Workflows.Persistence;

/// <summary>Names in SQL written by hand from EF Core's model: quoted, and a table with its schema.</summary>
internal static class StoreNames
{
    public static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    /// <summary>The entity type's table, schema-qualified and quoted; null when it is not mapped to one.</summary>
    public static string? Table(IEntityType type) =>
        type.GetTableName() is not { } table ? null : type.GetSchema() is { } schema ? $"{Quote(schema)}.{Quote(table)}" : Quote(table);
}
