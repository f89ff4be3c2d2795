using Hangfire;
using Hangfire.InMemory;

namespace OutlookRelations.Server.Jobs;

public static class JobsSetup
{
    /// <summary>
    /// Hangfire with in-process storage (the embedded default). The storage is registered as our
    /// own singleton before AddHangfire, so each host (and each test) gets its own rather than
    /// Hangfire's process-wide JobStorage.Current; logging goes through <see cref="HostBoundLogProvider"/>.
    /// </summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<JobStorage>(sp =>
        {
            // The storage logs as it starts, before Hangfire's configuration callback runs.
            GlobalConfiguration.Configuration.UseLogProvider(new HostBoundLogProvider(sp.GetRequiredService<ILoggerFactory>()));
            return new InMemoryStorage();
        });
        services.AddHangfire((sp, config) => config
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HostBoundLogProvider(sp.GetRequiredService<ILoggerFactory>())));
        if (configuration.GetValue("Jobs:RunServer", true))
            services.AddHangfireServer(options => options.WorkerCount = configuration.GetValue("Jobs:WorkerCount", 2));
        return services;
    }
}
