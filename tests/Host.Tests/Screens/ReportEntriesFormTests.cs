using Bunit;
using Disclosure.Host.Components.Reports;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Reports;

namespace Disclosure.Host.Tests.Screens;

/// <summary>
/// What staff enter on the annual report: every row of table 二 the record cannot answer and every
/// cell of table 四 has its own input, anything typed that is not a figure of its kind is refused
/// at that input in Chinese (nothing is saved), and a refusal from the service lands at its field.
/// </summary>
public sealed class ReportEntriesFormTests : IDisposable
{
    private readonly BunitContext _context = new();
    private readonly List<ReportEntries> _saved = [];

    private static readonly ReportEntries Stored = new()
    {
        Licensing = 12, Fees = 1.25m, Reconsideration = [1, 0, 0, 1], LitigationDirect = [0, 0, 0, 0], LitigationAfterReconsideration = [0, 1, 0, 0],
        Problems = "政策解读形式较为单一。",
    };

    [Fact]
    public void EveryEnteredFigure_HasItsInput_BesideTheRowTheRecordGives()
    {
        var form = Render();

        Assert.Equal(ReportEntryFields.All.Count, form.FindAll("input").Count);
        Assert.Equal(7 + 12, ReportEntryFields.All.Count);
        Assert.Equal("行政许可·本年处理决定数量", form.Find("#licensing").GetAttribute("aria-label"));
        Assert.Equal("行政诉讼（复议后起诉）·结果纠正", form.Find("#litigationAfterReconsideration-1").GetAttribute("aria-label"));
        Assert.Equal(("12", "1.25", "1"), (form.Find("#licensing").GetAttribute("value"), form.Find("#fees").GetAttribute("value"),
            form.Find("#reconsideration-3").GetAttribute("value")));
        Assert.Equal(("2", "1", "5"), (form.Find("[data-testid=normative-issued]").TextContent, form.Find("[data-testid=normative-repealed]").TextContent,
            form.Find("[data-testid=normative-in-force]").TextContent));
    }

    [Fact]
    public async Task WhatIsNotAFigureOfItsKind_IsRefusedAtItsInput_InChinese_AndNothingIsSaved()
    {
        var form = Render();

        await form.Find("#licensing").ChangeAsync(new() { Value = "十二" });
        await form.Find("#penalties").ChangeAsync(new() { Value = "-1" });
        await form.Find("#fees").ChangeAsync(new() { Value = "1.255" });
        await form.Find("#litigationDirect-2").ChangeAsync(new() { Value = "2.5" });
        await form.Find("[data-testid=report-save]").ClickAsync(new());

        Assert.Empty(_saved);
        Assert.Equal("“行政许可·本年处理决定数量”须为 0 至 1000000 之间的整数。", form.Find("[data-testid=licensing-error]").TextContent);
        Assert.Equal("“行政处罚·本年处理决定数量”须为 0 至 1000000 之间的整数。", form.Find("[data-testid=penalties-error]").TextContent);
        Assert.Equal("“行政事业性收费·本年收费金额（单位：万元）”须为 0 至 1000000 之间的数，最多保留两位小数。", form.Find("[data-testid=fees-error]").TextContent);
        Assert.Equal("“行政诉讼（未经复议直接起诉）·其他结果”须为 0 至 1000000 之间的整数。", form.Find("[data-testid=litigationDirect-2-error]").TextContent);
        Assert.Equal("true", form.Find("#fees").GetAttribute("aria-invalid"));
        Assert.Null(form.Find("#enforcement").GetAttribute("aria-invalid"));
        // What was typed stays, to be corrected.
        Assert.Equal("十二", form.Find("#licensing").GetAttribute("value"));
    }

    [Fact]
    public async Task GoodFigures_AreSaved_FullWidthDigitsAndBlanksIncluded_WithTheTexts()
    {
        var form = Render();

        await form.Find("#regulationsInForce").ChangeAsync(new() { Value = "１２" });
        await form.Find("#enforcement").ChangeAsync(new() { Value = " 3 " });
        await form.Find("#licensing").ChangeAsync(new() { Value = string.Empty });
        await form.Find("#fees").ChangeAsync(new() { Value = "0.5" });
        await form.Find("#litigationDirect-3").ChangeAsync(new() { Value = "2" });
        await form.Find("#overview").InputAsync(new() { Value = "本年度坚持以公开为常态。" });
        await form.Find("[data-testid=report-save]").ClickAsync(new());

        var saved = Assert.Single(_saved);
        Assert.Equal((12, 3, 0, 0.5m), (saved.RegulationsInForce, saved.Enforcement, saved.Licensing, saved.Fees));
        Assert.Equal([1, 0, 0, 1], saved.Reconsideration);
        Assert.Equal([0, 0, 0, 2], saved.LitigationDirect);
        Assert.Equal([0, 1, 0, 0], saved.LitigationAfterReconsideration);
        Assert.Equal(("本年度坚持以公开为常态。", "政策解读形式较为单一。"), (saved.Overview, saved.Problems));
        Assert.Empty(form.FindAll(".error"));
    }

    [Fact]
    public async Task TheServicesRefusal_IsShownAtTheFieldsItNames()
    {
        var refusal = new FieldErrors();
        refusal.Add("reconsideration[1]", Messages.ReportFigureInvalid("行政复议·结果纠正"));
        refusal.Add("other", Messages.TooLong("其他需要报告的事项", 4001, AnnualReports.MaxText));
        var form = Render(_ => throw refusal.ToException());

        await form.Find("[data-testid=report-save]").ClickAsync(new());

        Assert.Equal("“行政复议·结果纠正”须为 0 至 1000000 之间的整数。", form.Find("[data-testid=reconsideration-1-error]").TextContent);
        Assert.Contains("其他需要报告的事项", form.Find("[data-testid=other-error]").TextContent, StringComparison.Ordinal);
        Assert.Equal("true", form.Find("#other").GetAttribute("aria-invalid"));
    }

    public void Dispose() => _context.Dispose();

    private IRenderedComponent<ReportEntriesForm> Render(Action<ReportEntries>? save = null) =>
        _context.Render<ReportEntriesForm>(ps => ps
            .Add(p => p.Entries, Stored)
            .Add(p => p.Normative, new NormativeRow(2, 1, 5))
            .Add(p => p.Save, entries =>
            {
                if (save is null)
                {
                    _saved.Add(entries);
                }
                else
                {
                    save(entries);
                }
            }));
}
