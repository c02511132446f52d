using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Extensions.Logging;

namespace Disclosure.Host.Tests.Operations;

/// <summary>The text log writes dates as the product does everywhere, year first.</summary>
public sealed class HostLoggingTests
{
    [Fact]
    public void TheTextLog_WritesDates_YearMonthDay()
    {
        var console = Console.Out;
        using var text = new StringWriter();
        Console.SetOut(text);
        try
        {
            using var serilog = new LoggerConfiguration().WriteText().CreateLogger();
            using var factory = new SerilogLoggerFactory(serilog);
            factory.CreateLogger("Disclosure.Workflows.Applications.ApplicationService").LogInformation(
                "Application {Number} received ({Channel}) on {ReceivedOn}, due {DueAt}, stamped {At}",
                "YSQ-2026-0001", DayOfWeek.Monday, new DateOnly(2026, 11, 30), new DateTime(2026, 12, 28, 17, 30, 0, DateTimeKind.Unspecified),
                new DateTimeOffset(2026, 11, 29, 2, 58, 21, TimeSpan.FromHours(8)));
        }
        finally
        {
            Console.SetOut(console);
        }

        // Other tests' Hosts may write to the console meanwhile; the line is found among them.
        Assert.Contains(
            " INF] Application YSQ-2026-0001 received (Monday) on 2026-11-30, due 2026-12-28 17:30:00, stamped 2026-11-29 02:58:21 +08:00 "
            + "<Disclosure.Workflows.Applications.ApplicationService>" + Environment.NewLine,
            text.ToString(),
            StringComparison.Ordinal);
    }
}
