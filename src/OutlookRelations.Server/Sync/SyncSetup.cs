using OutlookRelations.Server.Engagement;
using OutlookRelations.Memory.Extraction;
using OutlookRelations.Server.Contacts;
using OutlookRelations.Server.Details;
using OutlookRelations.Server.GraphAccess;

namespace OutlookRelations.Server.Sync;

public static class SyncSetup
{
    public static IServiceCollection AddGraphSync(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphOptions>().Bind(configuration.GetSection(GraphOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RederiveOptions>().Bind(configuration.GetSection(RederiveOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<GraphTransport>();
        services.AddSingleton<GraphCredentials>();
        services.AddSingleton<GraphEndpoint>();
        services.AddScoped<TenantGraph>();
        services.AddSingleton<SyncProgress>();
        services.AddSingleton<ISyncObserver>(sp => sp.GetRequiredService<SyncProgress>());
        services.AddScoped<GraphPages>();
        services.AddScoped<GraphBatches>();
        services.AddScoped<ContactDirectory>();
        services.AddScoped<ContactStats>();
        services.AddScoped<PairHistories>();
        services.AddScoped<EngagementFacts>();
        services.AddSingleton<IArtifactExtractor, ArtifactExtractor>();
        services.AddScoped<DetailStore>();
        services.AddScoped<MessageIngest>();
        services.AddScoped<MailFolderTree>();
        services.AddScoped<MeetingIngest>();
        services.AddScoped<MailboxSync>();
        services.AddScoped<DirectoryImport>();
        services.AddSingleton<MailboxLease>();
        services.AddScoped<SyncMailboxJob>();
        services.AddScoped<MailRederivation>();
        services.AddScoped<RederiveMailboxJob>();
        services.AddScoped<SyncScheduler>();
        return services;
    }
}
