using OutlookRelations.Server.Mailboxes;

namespace OutlookRelations.Server.Contacts;

public static class ContactsSetup
{
    /// <summary>The people each owner knows: found or made by address as mail is stored, with their figures kept current by sync.</summary>
    public static IServiceCollection AddContacts(this IServiceCollection services)
    {
        services.AddScoped<ContactDirectory>();
        services.AddScoped<ContactStats>();
        services.AddScoped<ISyncHook, ContactStatsHook>();
        return services;
    }
}
