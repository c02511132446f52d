using Disclosure.Workflows.Calendar;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Disclosure.Host.Operations;

/// <summary>
/// Degraded (still 200) while the current or next year has no holiday schedule: deadlines there are
/// counted weekends-only until an administrator enters the State Council's notice.
/// </summary>
internal sealed class CalendarHealthCheck(CalendarService calendar) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = await calendar.StatusAsync(cancellationToken);
        var data = new Dictionary<string, object>
        {
            ["scheduledYears"] = status.ScheduledYears,
            ["missingYears"] = status.MissingYears,
        };
        return status.Warning is null
            ? HealthCheckResult.Healthy($"节假日安排已录入 {string.Join("、", status.ScheduledYears)} 年", data)
            : HealthCheckResult.Degraded(status.Warning, data: data);
    }
}
