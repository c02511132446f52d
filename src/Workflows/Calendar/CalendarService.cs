using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Disclosure.Workflows.Calendar;

/// <summary>
/// The office calendar from the stored schedules, cached for a minute (so a schedule entered on
/// another server is seen soon) and refreshed at once when entered here. Years without a schedule
/// are counted weekends-only, and said so in the log and in <see cref="StatusAsync"/>.
/// </summary>
public sealed class CalendarService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<CalendarService> logger) : IDisposable
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _loading = new(1, 1);
    private readonly HashSet<int> _warnedYears = [];
    private DateOnly? _missingWarnedOn;
    private (WorkingDayCalendar Calendar, DateTimeOffset LoadedAt)? _cached;

    public async Task<WorkingDayCalendar> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_cached is { } hit && clock.GetUtcNow() - hit.LoadedAt < CacheFor)
        {
            return hit.Calendar;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DisclosureDbContext>();
            var years = await db.CalendarYears.AsNoTracking().ToListAsync(cancellationToken);
            var calendar = new WorkingDayCalendar(years.Select(y => y.ToSchedule()));
            _cached = (calendar, clock.GetUtcNow());
            return calendar;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>Deadlines on the current calendar, warning in the log for years without a schedule.</summary>
    public async Task<DisclosureDeadlines> DeadlinesAsync(CancellationToken cancellationToken = default) =>
        new(await GetAsync(cancellationToken), WarnUnscheduled);

    /// <summary>Stores a year's schedule (administrators), replacing what was there.</summary>
    public async Task SaveAsync(HolidaySchedule schedule, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(actor);
        var problems = schedule.Validate();
        if (problems.Count > 0)
        {
            throw new ValidationFailedException(new Dictionary<string, IReadOnlyList<UserMessage>> { ["schedule"] = problems });
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DisclosureDbContext>();
        var stored = await db.CalendarYears.FindAsync([schedule.Year], cancellationToken);
        if (stored is null)
        {
            db.CalendarYears.Add(new CalendarYear(schedule, actor.Name, clock.GetUtcNow()));
        }
        else
        {
            stored.Replace(schedule, actor.Name, clock.GetUtcNow());
        }

        await db.SaveChangesAsync(cancellationToken);
        _cached = null;
        logger.LogInformation("{Actor} entered the holiday schedule for {Year}", actor.Name, schedule.Year);
    }

    /// <summary>Adds the shipped schedules for years that have none stored (never overwrites an administrator's entry).</summary>
    public static async Task SeedShippedAsync(DisclosureDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var stored = await db.CalendarYears.Select(y => y.Year).ToListAsync(cancellationToken);
        foreach (var schedule in ShippedHolidaySchedules.All.Where(s => !stored.Contains(s.Year)))
        {
            db.CalendarYears.Add(new CalendarYear(schedule, "国务院办公厅通知（随系统提供）", now));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>What administrators and the health report are told about the years that matter now.</summary>
    public async Task<CalendarStatus> StatusAsync(CancellationToken cancellationToken = default)
    {
        var calendar = await GetAsync(cancellationToken);
        var today = WorkingDayCalendar.Today(clock);
        var missing = new[] { today.Year, today.Year + 1 }.Where(y => !calendar.HasSchedule(y)).ToList();
        var status = new CalendarStatus(today, [.. calendar.ScheduledYears.Order()], missing);
        WarnMissingOncePerDay(status);
        return status;
    }

    // The health report asks every few seconds; administrators need the reminder once a day.
    private void WarnMissingOncePerDay(CalendarStatus status)
    {
        if (status.MissingYears.Count == 0)
        {
            return;
        }

        lock (_warnedYears)
        {
            if (_missingWarnedOn == status.Today)
            {
                return;
            }

            _missingWarnedOn = status.Today;
        }

        logger.LogWarning("No holiday schedule is entered for {Years}: deadlines there count weekends only until an administrator enters the State Council's notice", string.Join(", ", status.MissingYears));
    }

    public void Dispose() => _loading.Dispose();

    private void WarnUnscheduled(int year)
    {
        lock (_warnedYears)
        {
            if (!_warnedYears.Add(year))
            {
                return;
            }
        }

        logger.LogWarning("{Year} 年节假日安排尚未录入，按仅周末休息计算 The holiday schedule for {Year} is not entered; counting weekends only", year, year);
    }
}

/// <summary>Scheduled years, and the current or next year still missing one.</summary>
public sealed record CalendarStatus(DateOnly Today, IReadOnlyList<int> ScheduledYears, IReadOnlyList<int> MissingYears)
{
    public string? Warning => MissingYears.Count == 0 ? null
        : Messages.CalendarYearsMissing(MissingYears).Text;
}
