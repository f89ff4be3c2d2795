using Hangfire;
using Microsoft.Extensions.Options;

namespace OutlookRelations.Server.Notifications;

public static class NotificationsSetup
{
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NotificationOptions>().Bind(configuration.GetSection(NotificationOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<NotificationOptions>, Validator>();
        services.AddScoped<SyncRequests>();
        services.AddScoped<MailboxSubscriptions>();
        services.AddScoped<SubscriptionJobs>();
        services.AddScoped<NotificationInbox>();
        services.AddHostedService<RenewalSchedule>();
        return services;
    }

    private sealed class Validator : IValidateOptions<NotificationOptions>
    {
        public ValidateOptionsResult Validate(string? name, NotificationOptions options) =>
            NotificationOptions.Problems(options).ToList() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }

    /// <summary>Registers the renewal job while notifications are on, and removes it when they are turned off.</summary>
    private sealed class RenewalSchedule(IRecurringJobManager recurring, IOptions<NotificationOptions> options) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            if (options.Value.Enabled)
                recurring.AddOrUpdate<SubscriptionJobs>(SubscriptionJobs.RenewalId, j => j.RenewDueAsync(CancellationToken.None), options.Value.RenewCron);
            else
                recurring.RemoveIfExists(SubscriptionJobs.RenewalId);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
