using System.Collections;
using System.Reflection;
using Disclosure.Testing;
using Disclosure.Workflows.Applications;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Catalogue.Attachments;
using Disclosure.Workflows.Demo;
using Disclosure.Workflows.Engine;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static Disclosure.Testing.WorkflowHarness;

namespace Disclosure.Workflows.Tests.Persistence;

/// <summary>
/// A row read by hand (EntityRow, which every workflow step's load uses) makes the entity EF Core's
/// own no-tracking query makes, property for property, with owned types stored as JSON, value
/// converters, arrays, JSON columns and row versions, over the demo office's whole record.
/// </summary>
public sealed class EntityRowTests
{
    [Fact]
    public async Task EveryRowOfTheEngineAndCatalogueTables_ReadByHand_IsWhatEfCoreReads()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        await harness.Services.GetRequiredService<DemoCatalogue>().SeedAsync(CancellationToken.None);
        await harness.Services.GetRequiredService<DemoRecord>().SeedAsync(CancellationToken.None);
        var item = await harness.CreateItemAsync(SampleItems.DivisionOfDuties());
        await harness.InScopeAsync(sp => sp.GetRequiredService<AttachmentService>().AddAsync(item.Id, null, "分工.pdf", SampleFiles.Pdf(), Drafter.Actor));
        var review = await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter));
        var exemption = new ExemptionInput { Ground = "InternalAffairs", LegalBasis = "《政府信息公开条例》第十六条第一款", Reason = "属于内部人事管理信息" };
        await harness.EngineAsync(e => e.CompleteAsync(review!.Id, new TaskCompletion { Outcome = "withhold", Comment = "内部事务", Exemption = exemption }, Reviewer));

        await using var db = harness.NewContext();
        var instances = await SameAsEfAsync(db, db.Instances);
        var tasks = await SameAsEfAsync(db, db.Tasks);
        await SameAsEfAsync(db, db.Items);
        var versions = await SameAsEfAsync(db, db.ItemVersions);
        var attachments = await SameAsEfAsync(db, db.Attachments);
        var applications = await SameAsEfAsync(db, db.Applications);

        // What the comparison covered: every kind of column the tables have, with values in it.
        Assert.Contains(instances, i => i.Clock is not null);
        Assert.Contains(tasks, t => t.CompletedById is not null && t.CountersignGroup is not null);
        Assert.Contains(versions, v => v.RightsHolders.Count > 1);
        Assert.Contains(versions, v => v.Exemption is not null);
        Assert.Contains(versions, v => v.Channels.Length > 0 && v.DepartmentsConcerned.Count > 0);
        Assert.NotEmpty(attachments);
        Assert.Contains(applications, a => a.ThirdParties.Count > 0);
        Assert.Contains(applications, a => a.Reply is not null);
    }

    /// <summary>Reads every row of <typeparamref name="T"/>'s table both ways and compares them; returns EF Core's.</summary>
    private static async Task<List<T>> SameAsEfAsync<T>(DisclosureDbContext db, IQueryable<T> set)
        where T : class
    {
        var type = db.Model.FindEntityType(typeof(T))!;
        var key = type.FindPrimaryKey()!.Properties.Single();
        var expected = await set.AsNoTracking().IgnoreAutoIncludes().ToListAsync();
        var row = EntityRow.Of(type);
        var byHand = new List<T>();
        await db.Database.OpenConnectionAsync();
        await using (var command = new NpgsqlCommand($"SELECT {string.Join(", ", row.Columns.Select(c => c.Name))} FROM {row.Table}", (NpgsqlConnection)db.Database.GetDbConnection()))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                byHand.Add((T)row.Read(reader, [.. Enumerable.Range(0, row.Width)], db));
            }
        }

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, byHand.Count);
        var byKey = byHand.ToDictionary(e => Value(key, e)!);
        foreach (var entity in expected)
        {
            AssertSame(type, entity, byKey[Value(key, entity)!]);
        }

        return expected;
    }

    /// <summary>Every property with a CLR member, by its value comparer, and every owned navigation, element by element.</summary>
    private static void AssertSame(IEntityType type, object expected, object actual)
    {
        foreach (var property in type.GetProperties().Where(p => !p.IsShadowProperty()))
        {
            var (a, b) = (Value(property, expected), Value(property, actual));
            Assert.True(property.GetValueComparer().Equals(a, b), $"{type.DisplayName()}.{property.Name}: EF Core read {a}, the hand read {b}.");
        }

        foreach (var navigation in type.GetNavigations().Where(n => n.TargetEntityType.IsOwned()))
        {
            var (a, b) = (Value(navigation, expected), Value(navigation, actual));
            if (a is null || b is null)
            {
                Assert.True(a is null && b is null, $"{type.DisplayName()}.{navigation.Name}: EF Core read {a ?? "null"}, the hand read {b ?? "null"}.");
                continue;
            }

            if (navigation.IsCollection)
            {
                var (left, right) = (((IEnumerable)a).Cast<object>().ToList(), ((IEnumerable)b).Cast<object>().ToList());
                Assert.Equal(left.Count, right.Count);
                foreach (var (x, y) in left.Zip(right))
                {
                    AssertSame(navigation.TargetEntityType, x, y);
                }
            }
            else
            {
                AssertSame(navigation.TargetEntityType, a, b);
            }
        }
    }

    private static object? Value(IPropertyBase property, object entity) =>
        property.GetMemberInfo(forMaterialization: false, forSet: false) switch
        {
            PropertyInfo p => p.GetValue(entity),
            FieldInfo f => f.GetValue(entity),
            var member => throw new InvalidOperationException($"{property.Name}: {member}"),
        };
}

public sealed class RowUnionTests
{
    [Fact]
    public void Parts_ShareTheUnionsColumns_ByTypeWithoutLength_AndPadTheRestWithTypedNulls()
    {
        var union = new RowUnion(
            RowSet.Values(("a.id", "uuid"), ("a.name", "character varying(64)")),
            new RowSet([("b.code", "character varying(200)"), ("b.id", "uuid"), ("b.other", "uuid"), ("b.at", "numeric(18, 2)")], "b"));

        Assert.Equal(5, union.Width);
        Assert.Equal([1, 2], union.Ordinals(0));
        Assert.Equal([2, 1, 3, 4], union.Ordinals(1));
        Assert.Equal("SELECT 0, a.id, a.name, NULL::uuid, NULL::numeric UNION ALL SELECT 1, b.id, b.code, b.other, b.at FROM b", union.Sql);
    }
}
