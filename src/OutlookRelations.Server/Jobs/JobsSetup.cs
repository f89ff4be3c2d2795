using Hangfire;
using Hangfire.Common;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;

namespace OutlookRelations.Server.Jobs;

public static class JobsSetup
{
    public const string PostgresSchema = "hangfire";

    /// <summary>
    /// Hangfire with in-process storage (the embedded default), or on PostgreSQL. The storage is registered as our
    /// own singleton before AddHangfire, so each host (and each test) gets its own rather than
    /// Hangfire's process-wide JobStorage.Current; logging goes through <see cref="HostBoundLogProvider"/>.
    /// </summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<JobStorage>(sp =>
        {
            // The storage logs as it starts, before Hangfire's configuration callback runs.
            GlobalConfiguration.Configuration.UseLogProvider(new HostBoundLogProvider(sp.GetRequiredService<ILoggerFactory>()));
            // With PostgreSQL, jobs live beside the data, so any number of server instances share them.
            if (configuration["Storage:Provider"] != "Postgres") return new InMemoryStorage();
            // Someone is waiting for a report they asked for: look for new jobs every second, not every 15.
            // A job taken by an instance that died goes back to the queue after InvisibilityTimeout.
            var options = new PostgreSqlStorageOptions
            {
                PrepareSchemaIfNecessary = true, SchemaName = PostgresSchema, QueuePollInterval = TimeSpan.FromSeconds(1),
                InvisibilityTimeout = configuration.GetValue("Jobs:InvisibilityTimeout", TimeSpan.FromMinutes(5)),
            };
            return new PostgreSqlStorage(new NpgsqlConnectionFactory(configuration.GetConnectionString("Postgres")!, options), options);
        });
        services.AddHangfire((sp, config) => config
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HostBoundLogProvider(sp.GetRequiredService<ILoggerFactory>())));
        // The job server's filters: Hangfire's usual ones (global and attributes) and this host's own
        // span per job; registered after AddHangfire, whose provider it replaces for this host only.
        services.AddSingleton<IJobFilterProvider>(new JobFilterProviderCollection(JobFilterProviders.Providers, new JobFilterCollection { new JobTracing() }));
        // Registered after the database's own initializer and before the job server: hosted services start in order.
        if (configuration["Storage:Provider"] == "Postgres") services.AddHostedService<JobSchema>();
        if (configuration.GetValue("Jobs:RunServer", true))
            services.AddHangfireServer(options =>
            {
                options.WorkerCount = configuration.GetValue("Jobs:WorkerCount", 2);
                // How often each instance looks for due recurring and delayed jobs (Hangfire's default, 15 s, unless set).
                options.SchedulePollingInterval = configuration.GetValue("Jobs:SchedulePollingInterval", TimeSpan.FromSeconds(15));
            });
        return services;
    }
}
