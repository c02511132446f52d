namespace Disclosure.Workflows.Catalogue;

/// <summary>A heading of the office's disclosure catalogue (公开内容), shipped as reference data.</summary>
public sealed class Category
{
    private Category()
    {
        Code = string.Empty;
        Name = string.Empty;
        EnglishName = string.Empty;
    }

    public Category(string code, string name, string englishName, string? parentCode, int order)
    {
        Code = code;
        Name = name;
        EnglishName = englishName;
        ParentCode = parentCode;
        Order = order;
    }

    /// <summary>"1" for a top-level category, "1.2" for a sub-item.</summary>
    public string Code { get; private set; }

    /// <summary>The Chinese name exactly as the plan lists it.</summary>
    public string Name { get; private set; }

    public string EnglishName { get; private set; }

    public string? ParentCode { get; private set; }

    public int Order { get; private set; }

    public string Display => $"{Code} {Name}";
}
