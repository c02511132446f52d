using Disclosure.Workflows.Common;
using Disclosure.Workflows.Reports;
using MiniExcelLibs;

namespace Disclosure.Host.Api;

/// <summary>The supervision view as an .xlsx workbook: one sheet per table, Chinese headings from the catalogue.</summary>
internal static class SupervisionWorkbook
{
    public const string MediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Create(SupervisionView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        string H(string code) => Messages.SupervisionHeading(code).Text;
        var sheets = new Dictionary<string, object>
        {
            [H("sheet.rates")] = new[]
            {
                Rate(H("publications"), view.Publications, H), Rate(H("replies"), view.Replies, H),
            },
            [H("sheet.departments")] = view.ByDepartment.Select(c => Overdue(H("department"), c, H)).ToList(),
            [H("sheet.steps")] = view.ByStep.Select(c => Overdue(H("step"), c, H)).ToList(),
            [H("sheet.stale")] = view.Stale.Select(s => new Dictionary<string, object?>
            {
                [H("title")] = s.Title, [H("department")] = s.ResponsibleBody,
                [H("last-confirmed")] = OfficeTime.Format(s.LastConfirmedOn), [H("review-due")] = OfficeTime.Format(s.ReviewDueOn),
            }).ToList(),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    private static Dictionary<string, object?> Rate(string name, OnTime rate, Func<string, string> h) => new()
    {
        [h("what")] = name, [h("total")] = rate.Total, [h("in-time")] = rate.InTime, [h("rate")] = rate.Rate,
    };

    private static Dictionary<string, object?> Overdue(string heading, OverdueCount count, Func<string, string> h) => new()
    {
        [heading] = count.Name, [h("tasks")] = count.Tasks, [h("publications-late")] = count.Publications, [h("applications-late")] = count.Applications, [h("total")] = count.Total,
    };
}
