using System.Collections.Concurrent;
using System.Data.Common;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.Json;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Disclosure.Workflows.Persistence;

/// <summary>
/// An entity type's row as EF Core maps it, read by hand: the columns to select and the entity made
/// from them, untracked, as a no-tracking query would make it. Built from EF Core's model, type
/// mappings, value converters and materializer, so a column added to an entity is read with no
/// change here. Owned types stored as JSON (<c>ToJson</c>) are read from their column.
/// </summary>
/// <remarks>
/// For the statement that runs on every workflow step (<c>WorkflowSubjects</c>): an EF Core query
/// of several tables builds a shaper whose nested lambdas are bound anew on every execution, which
/// a profile of the completion benchmark measured, with the query pipeline, at about a sixth of the
/// Host's CPU (docs/benchmarks.md, "Eighth pass"). Shadow properties are read but, as in a
/// no-tracking query, not kept: the entities read here have none but the keys of their JSON-owned
/// types, which EF Core sets itself when it attaches them.
/// </remarks>
internal sealed class EntityRow
{
    private static readonly ConcurrentDictionary<IEntityType, EntityRow> Rows = new();

    private readonly Column[] _columns;
    private readonly JsonColumn[] _json;
    private readonly int _properties;
    private Func<MaterializationContext, object>? _materializer;

    private EntityRow(IEntityType type)
    {
        Type = type;
        Table = StoreNames.Table(type) ?? throw new InvalidOperationException($"{type.DisplayName()} is not mapped to a table.");
        _properties = BufferSize(type);
        _columns = [.. type.GetProperties().Select(p => new Column(p))];
        _json = [.. type.GetNavigations()
            .Where(n => n.TargetEntityType.IsOwned() && n.TargetEntityType.IsMappedToJson())
            .Select(n => new JsonColumn(n))];
        if (type.GetNavigations().Any(n => n.TargetEntityType.IsOwned() && !n.TargetEntityType.IsMappedToJson())
            || type.GetComplexProperties().Any() || type.BaseType is not null || type.GetDirectlyDerivedTypes().Any())
        {
            throw new InvalidOperationException($"{type.DisplayName()} has owned types in its own columns, complex properties or a hierarchy, which are not read by hand.");
        }
    }

    public IEntityType Type { get; }

    /// <summary>The table, schema-qualified and quoted.</summary>
    public string Table { get; }

    /// <summary>The columns in the order <see cref="Read"/> reads them: quoted name and store type.</summary>
    public IEnumerable<(string Name, string StoreType)> Columns =>
        _columns.Select(c => (c.Name, c.StoreType)).Concat(_json.Select(j => (j.Name, j.StoreType)));

    public int Width => _columns.Length + _json.Length;

    public static EntityRow Of(IEntityType type) => Rows.GetOrAdd(type, t => new EntityRow(t));

    /// <summary>The entity in the reader's current row, its <see cref="Columns"/> at <paramref name="ordinals"/>.</summary>
    public object Read(DbDataReader reader, int[] ordinals, DbContext db)
    {
        var values = new object?[_properties];
        for (var i = 0; i < _columns.Length; i++)
        {
            var column = _columns[i];
            values[column.Index] = column.Read(reader, ordinals[i]);
        }

        var materializer = _materializer ??= db.GetService<IStructuralTypeMaterializerSource>().GetMaterializer(Type);
        var entity = materializer(new MaterializationContext(new ValueBuffer(values), db));
        for (var i = 0; i < _json.Length; i++)
        {
            var ordinal = ordinals[_columns.Length + i];
            if (!reader.IsDBNull(ordinal))
            {
                using var document = JsonDocument.Parse(reader.GetFieldValue<string>(ordinal));
                _json[i].Navigation.Fill(entity, document.RootElement, db);
            }
        }

        return entity;
    }

    /// <summary>The length of the value buffer EF Core's materializer reads a type's properties from, by their indexes.</summary>
    private static int BufferSize(IEntityType type) => type.GetProperties().Select(p => p.GetIndex() + 1).DefaultIfEmpty().Max();

    /// <summary>One column: read as the provider's type, then through the property's value converter.</summary>
    private sealed class Column
    {
        private static readonly MethodInfo FieldMethod = typeof(Column).GetMethod(nameof(Field), BindingFlags.NonPublic | BindingFlags.Static)!;

        private readonly Func<DbDataReader, int, object?> _read;
        private readonly ValueConverter? _converter;

        public Column(IProperty property)
        {
            var mapping = property.GetRelationalTypeMapping();
            Index = property.GetIndex();
            Name = StoreNames.Quote(property.GetColumnName());
            StoreType = property.GetColumnType();
            _converter = mapping.Converter;
            var provider = _converter?.ProviderClrType ?? mapping.ClrType;
            _read = FieldMethod.MakeGenericMethod(Nullable.GetUnderlyingType(provider) ?? provider).CreateDelegate<Func<DbDataReader, int, object?>>();
        }

        public int Index { get; }

        public string Name { get; }

        public string StoreType { get; }

        public object? Read(DbDataReader reader, int ordinal)
        {
            var value = _read(reader, ordinal);
            return value is not null && _converter is not null ? _converter.ConvertFromProvider(value) : value;
        }

        private static object? Field<T>(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<T>(ordinal);
    }

    /// <summary>An owned type stored as JSON in one column of its owner's row.</summary>
    private sealed class JsonColumn(INavigation navigation)
    {
        public string Name { get; } = StoreNames.Quote(navigation.TargetEntityType.GetContainerColumnName()!);

        public string StoreType { get; } = navigation.TargetEntityType.GetContainerColumnType() ?? "jsonb";

        public JsonNavigation Navigation { get; } = new(navigation);
    }

    /// <summary>
    /// An owned navigation read from JSON: a reference from an object, a collection from an array,
    /// each owned entity made by EF Core's materializer from its properties (by their JSON names,
    /// read as EF Core wrote them) and its own owned navigations.
    /// </summary>
    private sealed class JsonNavigation
    {
        private readonly INavigation _navigation;
        private readonly IEntityType _type;
        private readonly int _size;
        private readonly Action<object, object?> _set;
        private readonly (IProperty Property, string Name, JsonValueReaderWriter Reader, ValueConverter? Converter, Type Type)[] _properties;
        private readonly (JsonNavigation Navigation, string Name)[] _nested;
        private Func<MaterializationContext, object>? _materializer;

        public JsonNavigation(INavigation navigation)
        {
            _navigation = navigation;
            _type = navigation.TargetEntityType;
            _size = BufferSize(_type);
            _set = navigation.GetMemberInfo(forMaterialization: true, forSet: true) switch
            {
                FieldInfo field => field.SetValue,
                PropertyInfo property => property.SetValue,
                var member => throw new InvalidOperationException($"{navigation.Name} is set through {member}, which is not read by hand."),
            };
            _properties = [.. _type.GetProperties().Where(p => !p.IsShadowProperty()).Select(p =>
            {
                var mapping = p.GetTypeMapping();
                var reader = p.GetJsonValueReaderWriter() ?? mapping.JsonValueReaderWriter
                    ?? throw new InvalidOperationException($"{_type.DisplayName()}.{p.Name} has no JSON reader.");
                return (p, p.GetJsonPropertyName()!, reader, mapping.Converter, Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType);
            })];
            _nested = [.. _type.GetNavigations().Where(n => n.TargetEntityType.IsOwned()).Select(n => (new JsonNavigation(n), n.TargetEntityType.GetJsonPropertyName()!))];
        }

        /// <summary>Sets the navigation on <paramref name="owner"/> from <paramref name="json"/> (null leaves it as the owner was made).</summary>
        public void Fill(object owner, JsonElement json, DbContext db)
        {
            if (json.ValueKind == JsonValueKind.Null)
            {
                return;
            }

            if (!_navigation.IsCollection)
            {
                _set(owner, Make(json, db));
                return;
            }

            var accessor = _navigation.GetCollectionAccessor()!;
            accessor.GetOrCreate(owner, forMaterialization: true);
            foreach (var element in json.EnumerateArray())
            {
                accessor.Add(owner, Make(element, db), forMaterialization: true);
            }
        }

        private object Make(JsonElement json, DbContext db)
        {
            var values = new object?[_size];
            foreach (var (property, name, reader, converter, type) in _properties)
            {
                if (json.TryGetProperty(name, out var value))
                {
                    values[property.GetIndex()] = Value(value, reader, converter, type);
                }
            }

            var materializer = _materializer ??= db.GetService<IStructuralTypeMaterializerSource>().GetMaterializer(_type);
            var entity = materializer(new MaterializationContext(new ValueBuffer(values), db));
            foreach (var (nested, name) in _nested)
            {
                if (json.TryGetProperty(name, out var value))
                {
                    nested.Fill(entity, value, db);
                }
            }

            return entity;
        }

        /// <summary>A JSON value as EF Core wrote it: by its JSON reader-writer, then the value converter when the reader gave the provider's type.</summary>
        private static object? Value(JsonElement json, JsonValueReaderWriter readerWriter, ValueConverter? converter, Type type)
        {
            if (json.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            var manager = new Utf8JsonReaderManager(new JsonReaderData(Encoding.UTF8.GetBytes(json.GetRawText())), null);
            manager.MoveNext();
            var value = readerWriter.FromJson(ref manager);
            return value is not null && !type.IsInstanceOfType(value) && converter is not null ? converter.ConvertFromProvider(value) : value;
        }
    }
}
