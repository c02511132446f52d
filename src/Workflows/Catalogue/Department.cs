namespace Disclosure.Workflows.Catalogue;

/// <summary>
/// A department (科室) of the office. Staff belong to one (their 公开主体); an item's version names
/// the departments concerned by it, whose section heads countersign (会签) in the three-level review.
/// Reference data: the office's departments ship with the product; more rows may be added.
/// </summary>
public sealed class Department
{
    private Department()
    {
        Name = string.Empty;
    }

    public Department(string name, int order)
    {
        Name = name;
        Order = order;
    }

    /// <summary>The Chinese name, e.g. 财政所; it is also the key.</summary>
    public string Name { get; private set; }

    public int Order { get; private set; }
}

/// <summary>The departments of 永安街道办事处 as shipped.</summary>
public static class OfficeDepartments
{
    public const int MaxName = 100;

    /// <summary>At most this many departments concerned per version (a countersign opens one task each).</summary>
    public const int MaxConcerned = 100;

    public static IReadOnlyList<Department> Shipped { get; } =
    [
        new("党政办公室", 1),
        new("财政所", 2),
        new("社会事务办公室", 3),
        new("城市管理办公室", 4),
        new("经济发展办公室", 5),
        new("应急管理办公室", 6),
        new("办事处领导", 7),
    ];
}
