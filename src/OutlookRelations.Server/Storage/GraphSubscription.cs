namespace OutlookRelations.Server.Storage;

/// <summary>
/// A change-notification subscription we hold at Graph for one mailbox's messages or events. Not
/// scoped to a signed-in user: the notification endpoint is called by Graph, and finds the mailbox
/// from the subscription id. Deleted with its mailbox.
/// </summary>
public sealed class GraphSubscription
{
    /// <summary>Graph's subscription id.</summary>
    public required string Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid OwnerId { get; set; }
    /// <summary>"messages" or "events".</summary>
    public required string Resource { get; set; }
    /// <summary>SHA-256 of the clientState secret Graph echoes in every notification; the secret itself is not kept.</summary>
    public required byte[] ClientStateHash { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}
