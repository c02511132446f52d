namespace Disclosure.Workflows.Catalogue;

/// <summary>
/// The five categories of the 2023 plan of 永安街道 and their sub-items, exactly as the plan lists
/// them. Items are filed under a sub-item, or under category 5, which has none.
/// </summary>
public static class CatalogueCategories
{
    public static IReadOnlyList<Category> All { get; } =
    [
        new("1", "规范性文件和发展规划", "Normative documents and plans", null, 1),
        new("1.1", "办事处规范性文件，依法行使管理职能的具体制度", "Normative documents of the office and rules for its statutory duties", "1", 2),
        new("1.2", "本行政区域经济和社会发展总体规划及其进展和完成情况", "Economic and social development plan of the area, its progress and completion", "1", 3),
        new("2", "与公众密切相关的重大事项", "Major matters close to the public", null, 4),
        new("2.1", "疫情、灾情或者突发事件的预报、发生及其处理情况", "Forecasts, occurrence and handling of epidemics, disasters and emergencies", "2", 5),
        new("2.2", "扶贫、优抚、教育、社会保障、劳动就业等方面的标准、条件及实施情况", "Standards, conditions and implementation of poverty relief, special care, education, social security and employment", "2", 6),
        new("2.3", "低保生活补助金、救灾物资的发放情况", "Payment of subsistence allowances and distribution of relief supplies", "2", 7),
        new("2.4", "政府惠民实事工程的建设、管理及完成情况", "Construction, management and completion of public-benefit projects", "2", 8),
        new("3", "公共资金使用和监督", "Use and supervision of public funds", null, 9),
        new("3.1", "政府基础建设项目的公开招标中标情况及工程进度情况", "Tender results and progress of public infrastructure projects", "3", 10),
        new("3.2", "政府集中采购项目目录、政府采购限额标准、采购方式、采购结果及其监督情况", "Central procurement catalogue, thresholds, methods, results and supervision", "3", 11),
        new("3.3", "重要专项资金使用情况", "Use of major special-purpose funds", "3", 12),
        new("3.4", "政府财政年度预算、决算及执行情况", "Annual budget, final accounts and their execution", "3", 13),
        new("4", "政府机构和人事", "Government bodies and personnel", null, 14),
        new("4.1", "办事处及社区依法行使管理职能的办公地址、机构设置、工作职能等情况", "Addresses, structure and functions of the office and communities", "4", 15),
        new("4.2", "办事处人事任免情况、职责分工", "Appointments, removals and division of duties", "4", 16),
        new("5", "法律、法规、规章规定应当公开的其他政府信息", "Other government information that laws and regulations require to be disclosed", null, 17),
    ];

    private static readonly Dictionary<string, Category> ByCode = All.ToDictionary(c => c.Code, StringComparer.Ordinal);

    public static Category? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var category) ? category : null;

    /// <summary>Items are filed under headings without sub-items: every sub-item, and category 5.</summary>
    public static bool IsFileable(Category category)
    {
        ArgumentNullException.ThrowIfNull(category);
        return !All.Any(c => c.ParentCode == category.Code);
    }
}
