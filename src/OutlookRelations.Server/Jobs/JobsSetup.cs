using Hangfire;
using Hangfire.InMemory;

namespace OutlookRelations.Server.Jobs;

public static class JobsSetup
{
    /// <summary>
    /// Hangfire with in-process storage (the embedded default). The storage is registered as our
    /// own singleton before AddHangfire, so each host (and each test) gets its own rather than
    /// Hangfire's process-wide JobStorage.Current.
    /// </summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<JobStorage>(_ => new InMemoryStorage());
        services.AddHangfire(config => config.UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings());
        if (configuration.GetValue("Jobs:RunServer", true))
            services.AddHangfireServer(options => options.WorkerCount = configuration.GetValue("Jobs:WorkerCount", 2));
        return services;
    }
}
