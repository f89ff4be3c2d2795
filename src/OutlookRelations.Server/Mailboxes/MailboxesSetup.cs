namespace OutlookRelations.Server.Mailboxes;

public static class MailboxesSetup
{
    /// <summary>
    /// The mailbox core every feature builds on: who the owner is (<see cref="OwnerContext"/>, loaded by
    /// <see cref="OwnerContextQuery"/>), the tenant's data policy and where it is enforced at ingest
    /// (<see cref="IngestPolicy"/>), the mailbox's job ids, and the hooks features add to its sync (<see cref="ISyncHook"/>).
    /// </summary>
    public static IServiceCollection AddMailboxes(this IServiceCollection services)
    {
        services.AddScoped<MailboxScope>();
        services.AddScoped<IngestPolicy>();
        return services;
    }
}
