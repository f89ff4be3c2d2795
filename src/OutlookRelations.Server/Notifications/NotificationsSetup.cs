using Microsoft.Extensions.Options;
using OutlookRelations.Server.Mailboxes;

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
        services.AddScoped<ISyncHook, SubscriptionHook>();
        return services;
    }

    private sealed class Validator : IValidateOptions<NotificationOptions>
    {
        public ValidateOptionsResult Validate(string? name, NotificationOptions options) =>
            NotificationOptions.Problems(options).ToList() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}
