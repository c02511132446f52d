using Disclosure.Jobs.Engine;
using Disclosure.Jobs.Operations;
using Disclosure.Workflows.Persistence;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Disclosure.Jobs;

public static class JobsRegistration
{
    public const string HangfireSchema = "hangfire";

    private static PostgreSqlStorageOptions StorageOptions => new()
    {
        SchemaName = HangfireSchema,
        PrepareSchemaIfNecessary = true,
        // LISTEN/NOTIFY wakes a worker as soon as a job is enqueued instead of polling every 15 s.
        EnableLongPolling = true,
        QueuePollInterval = TimeSpan.FromSeconds(1),
        // A job the server was running when it died (kill -9, power cut) is handed to another
        // worker after two minutes, not the default thirty; running jobs keep their claim fresh.
        InvisibilityTimeout = TimeSpan.FromMinutes(2),
        UseSlidingInvisibilityTimeout = true,
        // A lock row left by a dead server (the schedule poller's, the recurring scheduler's) is
        // taken over after 30 s instead of 10 minutes. What they guard takes milliseconds; the
        // deadline sweep itself takes no Hangfire lock at all (it skips instances others hold).
        DistributedLockTimeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>Registers Hangfire on PostgreSQL storage (schema <c>hangfire</c>), the jobs, and the server.</summary>
    public static IHostApplicationBuilder AddJobs(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        builder.Services.AddSingleton(options);
        builder.Services.AddScoped<SelfCheckJob>();
        builder.Services.AddScoped<DeadlineJob>();
        builder.Services.AddScoped<DeadlineSweepJob>();
        builder.Services.AddScoped<Monitoring.PeriodicDueJob>();
        builder.Services.AddScoped<Monitoring.LongTermStaleJob>();
        builder.Services.AddScoped<Monitoring.LatePublicationJob>();
        builder.Services.AddScoped<Monitoring.TaskReminderJob>();
        builder.Services.AddScoped<Monitoring.ClockDeadlinesJob>();
        builder.Services.AddScoped<Monitoring.AnnualReportJob>();
        builder.Services.AddScoped<Monitoring.OutboxDeliveryJob>();
        builder.Services.AddHostedService<RecurringSchedules>();

        builder.Services.AddHangfire(config => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());

        // Storage and activator are this host's own singletons rather than Hangfire's statics
        // (JobStorage.Current, JobActivator.Current), so several hosts in one process never share them.
        builder.Services.RemoveAll<JobStorage>();
        builder.Services.AddSingleton<JobStorage>(sp => new PostgreSqlStorage(
            new NpgsqlConnectionFactory(sp.GetRequiredService<DatabaseEndpoint>().ConnectionString, StorageOptions),
            StorageOptions));
        builder.Services.RemoveAll<JobActivator>();
        builder.Services.AddSingleton<JobActivator, HostJobActivator>();

        if (options.RunServer)
        {
            builder.Services.AddHostedService<DeadlineTimer>();
            builder.Services.AddHangfireServer(server =>
            {
                server.WorkerCount = options.WorkerCount;
                server.SchedulePollingInterval = options.SchedulePollingInterval;
            });
        }

        return builder;
    }
}
