namespace OutlookRelations.Server.Sync;

public static class SyncSetup
{
    /// <summary>
    /// Sync itself: Graph delta pages into stored mail and meetings. What features derive from them
    /// they register as <see cref="Mailboxes.ISyncHook"/>s in their own AddX() (AddContacts,
    /// AddEngagement, AddMemory, AddNotifications); sync needs AddMailboxes, AddGraphAccess and
    /// AddContacts (ingest resolves each address to a contact).
    /// </summary>
    public static IServiceCollection AddGraphSync(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SyncHealthOptions>().Bind(configuration.GetSection(SyncHealthOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        // One round log per sync (MailboxSync's scope), told of its pages like every observer.
        services.AddScoped<SyncRoundLog>();
        services.AddScoped<ISyncObserver>(sp => sp.GetRequiredService<SyncRoundLog>());
        services.AddHttpClient<SyncAlerts>();
        services.AddScoped<SyncAlertSweep>();
        services.AddSingleton<SyncProgress>();
        services.AddSingleton<ISyncObserver>(sp => sp.GetRequiredService<SyncProgress>());
        services.AddScoped<GraphPages>();
        services.AddScoped<GraphBatches>();
        services.AddScoped<MessageIngest>();
        services.AddScoped<PagePreparation>();
        services.AddScoped<MailFolderTree>();
        services.AddScoped<MeetingIngest>();
        services.AddScoped<SyncHooks>();
        services.AddScoped<MailboxSync>();
        services.AddScoped<PendingFigures>();
        services.AddScoped<OwnAddresses>();
        services.AddScoped<DirectoryImport>();
        services.AddSingleton<MailboxLease>();
        services.AddScoped<SyncMailboxJob>();
        services.AddScoped<SyncScheduler>();
        return services;
    }
}
