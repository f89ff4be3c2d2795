using Hangfire;

namespace OutlookRelations.Server.DataControls;

public static class DataControlsSetup
{
    public static IServiceCollection AddDataControls(this IServiceCollection services)
    {
        services.AddScoped<Audit>();
        services.AddScoped<MailboxScope>();
        services.AddScoped<Erasure>();
        services.AddScoped<JobPayloads>();
        services.AddScoped<MailboxExport>();
        services.AddScoped<ApplySettingsJob>();
        services.AddScoped<MailboxCleanup>();
        services.AddHostedService<DailyDataControls>();
        return services;
    }

    /// <summary>Retention is time-based, so settings are applied again every night, not only when they change.</summary>
    private sealed class DailyDataControls(IRecurringJobManager recurring) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            recurring.AddOrUpdate<ApplySettingsJob>(ApplySettingsJob.DailyId, job => job.ApplyAllAsync(CancellationToken.None), Cron.Daily(3));
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
