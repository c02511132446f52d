using Serilog;
using Serilog.Formatting.Compact;

namespace Disclosure.Host;

internal static class HostLogging
{
    private const string TextTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} <{SourceContext}>{NewLine}{Exception}";

    /// <summary>
    /// How the text log writes values: the invariant culture, but days as the product writes them
    /// (<see cref="Disclosure.Workflows.Common.OfficeTime.DayPattern"/>: 2026-11-30, and moments
    /// 2026-11-30 09:05:00, to the second, as a log wants), not the invariant culture's 11/30/2026,
    /// which a reader in China takes for another day.
    /// </summary>
    internal static readonly System.Globalization.CultureInfo Culture = CreateCulture();

    private static System.Globalization.CultureInfo CreateCulture()
    {
        var culture = (System.Globalization.CultureInfo)System.Globalization.CultureInfo.InvariantCulture.Clone();
        culture.DateTimeFormat.ShortDatePattern = Disclosure.Workflows.Common.OfficeTime.DayPattern;
        culture.DateTimeFormat.LongTimePattern = "HH:mm:ss";
        culture.DateTimeFormat.ShortTimePattern = "HH:mm";
        return System.Globalization.CultureInfo.ReadOnly(culture);
    }

    /// <summary>
    /// Logs what happens outside the host (start-up failures). The host gets its own logger from
    /// configuration and leaves this static one alone, so several hosts can run in one process (tests).
    /// </summary>
    public static Serilog.ILogger CreateBootstrapLogger() =>
        new LoggerConfiguration().WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}", formatProvider: Culture).CreateLogger();

    /// <summary>Serilog from appsettings; <c>LogFormat=json</c> switches the console to compact JSON.</summary>
    public static IHostApplicationBuilder AddHostLogging(this IHostApplicationBuilder builder)
    {
        var json = string.Equals(builder.Configuration["LogFormat"], "json", StringComparison.OrdinalIgnoreCase);
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext();
            if (json)
            {
                logger.WriteTo.Console(new RenderedCompactJsonFormatter());
            }
            else
            {
                logger.WriteText();
            }
        }, preserveStaticLogger: true);
        return builder;
    }

    /// <summary>The text log on the console: one line per event, dates year first (<see cref="Culture"/>).</summary>
    internal static LoggerConfiguration WriteText(this LoggerConfiguration logger) =>
        logger.WriteTo.Console(outputTemplate: TextTemplate, formatProvider: Culture);

    public static WebApplication UseHostLogging(this WebApplication app)
    {
        // A 503 during a database outage is expected and logged once per outage (DatabaseOutage),
        // so it stays an ordinary request line here.
        app.UseSerilogRequestLogging(options => options.GetLevel = (http, _, ex) =>
            ex is not null || (http.Response.StatusCode >= 500 && http.Response.StatusCode != StatusCodes.Status503ServiceUnavailable)
                ? Serilog.Events.LogEventLevel.Error : Serilog.Events.LogEventLevel.Information);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Urls.Count > 0 ? string.Join(", ", app.Urls) : "(test server)";
            app.Logger.LogInformation("政务公开工作流系统已启动。请用浏览器打开 Open a browser at: {Addresses}", addresses);
        });
        return app;
    }
}
