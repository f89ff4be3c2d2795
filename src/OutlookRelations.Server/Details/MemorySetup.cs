using OutlookRelations.Memory.Extraction;
using OutlookRelations.Server.Mailboxes;

namespace OutlookRelations.Server.Details;

public static class MemorySetup
{
    /// <summary>
    /// The memory engine and what it remembers: details found in mail as sync stores it (its hook),
    /// read again when the engine is upgraded, and shown and corrected through /api/details.
    /// </summary>
    public static IServiceCollection AddMemory(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RederiveOptions>().Bind(configuration.GetSection(RederiveOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IArtifactExtractor, ArtifactExtractor>();
        services.AddScoped<DetailStore>();
        services.AddScoped<MailRederivation>();
        services.AddScoped<RederiveMailboxJob>();
        services.AddScoped<ISyncHook, MemoryHook>();
        return services;
    }
}
