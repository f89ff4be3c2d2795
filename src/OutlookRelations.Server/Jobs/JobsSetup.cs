using Hangfire;
using Hangfire.Common;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Jobs;

public static class JobsSetup
{
    public const string PostgresSchema = "hangfire";

    /// <summary>
    /// Hangfire with in-process storage (the embedded default), or on PostgreSQL. The storage is registered as our
    /// own singleton before AddHangfire, so each host (and each test) gets its own rather than
    /// Hangfire's process-wide JobStorage.Current; logging goes through <see cref="HostBoundLogProvider"/>.
    /// One job server per queue (<see cref="JobQueues"/>), each with its own workers.
    /// </summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddJobsSessionCookie();
        services.AddOptions<JobsOptions>().Bind(configuration.GetSection(JobsOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<JobsOptions>, ConnectionPoolCheck>();
        // Read here too: which servers to register is decided before the container exists.
        var jobs = JobsOptions.Read(configuration);
        var storage = StorageOptions.Read(configuration);
        var postgres = storage.IsPostgres ? configuration.GetConnectionString("Postgres") : null;

        services.AddSingleton<JobStorage>(sp =>
        {
            // The storage logs as it starts, before Hangfire's configuration callback runs.
            GlobalConfiguration.Configuration.UseLogProvider(new HostBoundLogProvider(sp.GetRequiredService<ILoggerFactory>()));
            // With PostgreSQL, jobs live beside the data, so any number of server instances share them.
            return postgres is null ? new InMemoryStorage() : Postgres(postgres, jobs, jobs.Reports.PollInterval, prepareSchema: true);
        });
        services.AddHangfire((sp, config) => config
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HostBoundLogProvider(sp.GetRequiredService<ILoggerFactory>())));
        // The job server's filters: Hangfire's usual ones (global and attributes) and this host's own
        // span per job; registered after AddHangfire, whose provider it replaces for this host only.
        services.AddSingleton<IJobFilterProvider>(new JobFilterProviderCollection(JobFilterProviders.Providers, new JobFilterCollection { new JobTracing() }));
        // Registered after the database's own initializer and before the job server: hosted services start in order.
        if (postgres is not null) services.AddHostedService<JobSchema>();
        if (!jobs.RunServer) return services;

        foreach (var (queue, options) in jobs.Queues())
        {
            // Housekeeping also drains the queue jobs went to before the queues were split.
            string[] queues = queue == JobQueues.Housekeeping ? [queue, JobQueues.Legacy] : [queue];
            void Configure(IServiceProvider sp, BackgroundJobServerOptions server)
            {
                server.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}:{queue}";
                server.Queues = queues;
                server.WorkerCount = options.Workers;
                server.SchedulePollingInterval = jobs.SchedulePollingInterval;
                // One server per instance runs Hangfire's own chores (the delayed and recurring schedulers,
                // the watchdog, expiry): the other two only work their queues, instead of tripling them.
                server.IsLightweightServer = queue != JobQueues.Housekeeping;
            }
            // In memory, one store is the whole queue, so every server shares it (workers are woken, not polling).
            // On PostgreSQL each queue polls at its own pace, so each server gets its own view of the shared
            // schema: the poll interval is a property of the storage object in Hangfire.PostgreSql.
            // Building one opens no connection (the schema is installed by JobSchema, at start).
            if (postgres is null) services.AddHangfireServer(Configure);
            else services.AddHangfireServer(Configure, Postgres(postgres, jobs, options.PollInterval, prepareSchema: false));
        }
        return services;
    }

    private static PostgreSqlStorage Postgres(string connectionString, JobsOptions jobs, TimeSpan pollInterval, bool prepareSchema)
    {
        var options = new PostgreSqlStorageOptions
        {
            PrepareSchemaIfNecessary = prepareSchema, SchemaName = PostgresSchema, QueuePollInterval = pollInterval,
            InvisibilityTimeout = jobs.InvisibilityTimeout,
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }
}
