using OutlookRelations.Server.Mailboxes;

namespace OutlookRelations.Server.Stories;

public static class StoriesSetup
{
    public static IServiceCollection AddStories(this IServiceCollection services)
    {
        services.AddScoped<StoryStore>();
        services.AddScoped<PackStories>();
        services.AddScoped<ISyncHook, StoriesHook>();
        return services;
    }
}
