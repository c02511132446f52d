using Disclosure.Testing;
using Disclosure.Workflows.Calendar;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Disclosure.Workflows.Tests.Calendar;

public sealed class CalendarWarningTests
{
    [Fact]
    public async Task AMissingYear_IsWarnedOnceADay_HoweverOftenTheHealthReportAsks()
    {
        var logs = new CapturedLogs();
        // December 2026: the 2027 schedule (announced each November) is not entered.
        await using var harness = await WorkflowHarness.CreateAsync(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(8)),
            s => s.AddSingleton<ILoggerProvider>(logs));
        var calendar = harness.Services.GetRequiredService<CalendarService>();

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal([2027], (await calendar.StatusAsync()).MissingYears);
        }

        harness.Clock.Advance(TimeSpan.FromHours(5));
        await calendar.StatusAsync();
        var sameDay = logs.Entries.Count(IsMissingYearWarning);
        harness.Clock.Advance(TimeSpan.FromDays(1));
        await calendar.StatusAsync();
        await calendar.StatusAsync();

        Assert.Equal(1, sameDay);
        Assert.Equal(2, logs.Entries.Count(IsMissingYearWarning));
    }

    private static bool IsMissingYearWarning(CapturedLogs.Entry entry) =>
        entry.Level == LogLevel.Warning && entry.Message.Contains("No holiday schedule is entered for 2027", StringComparison.Ordinal);
}
