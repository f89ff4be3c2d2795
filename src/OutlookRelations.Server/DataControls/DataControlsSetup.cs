namespace OutlookRelations.Server.DataControls;

public static class DataControlsSetup
{
    public static IServiceCollection AddDataControls(this IServiceCollection services)
    {
        services.AddScoped<Audit>();
        services.AddScoped<Erasure>();
        services.AddScoped<JobPayloads>();
        services.AddScoped<MailboxExport>();
        services.AddScoped<ApplySettingsJob>();
        services.AddScoped<MailboxCleanup>();
        return services;
    }
}
