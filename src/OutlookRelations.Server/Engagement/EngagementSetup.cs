using OutlookRelations.Server.Mailboxes;

namespace OutlookRelations.Server.Engagement;

public static class EngagementSetup
{
    /// <summary>Relationship histories (read by reports and cards) and the facts sync keeps current.</summary>
    public static IServiceCollection AddEngagement(this IServiceCollection services)
    {
        services.AddScoped<PairHistories>();
        services.AddScoped<EngagementFacts>();
        services.AddScoped<ISyncHook, EngagementHook>();
        return services;
    }
}
