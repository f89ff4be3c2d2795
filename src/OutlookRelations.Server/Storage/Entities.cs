namespace OutlookRelations.Server.Storage;

/// <summary>A customer organisation using OutlookRelations (an Entra ID tenant).</summary>
public sealed class Tenant
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    /// <summary>The tenant's own mail domain: people there are colleagues, not customers.</summary>
    public required string Domain { get; set; }
    /// <summary>
    /// The Entra ID directory (tid) this tenant was onboarded as. Tokens from any other directory are
    /// refused; null for tenants that only ever run in demo mode.
    /// </summary>
    public Guid? EntraTenantId { get; set; }
}

/// <summary>A user whose mailbox we sync. Everything else hangs off (TenantId, OwnerId).</summary>
public sealed class MailboxOwner
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public required string GraphUserId { get; set; }
    public required string Email { get; set; }
    /// <summary>
    /// The owner's other addresses (Graph's proxyAddresses, mail and userPrincipalName besides
    /// <see cref="Email"/>), lower-case, one per line: mail from any of them is the owner's own, and
    /// none of them is ever a contact. Empty until Graph has been asked.
    /// </summary>
    public string Aliases { get; set; } = "";
    public required string DisplayName { get; set; }
    /// <summary>
    /// The owner's time zone as Outlook has it (Graph mailboxSettings.timeZone, a Windows or IANA
    /// name): their "today", "tomorrow" and the dates on their cards. Null until Graph has been asked.
    /// </summary>
    public string? TimeZone { get; set; }
    public string? ManagerGraphUserId { get; set; }
    /// <summary>The owner paused collection: sync reads nothing from their mailbox until they resume.</summary>
    public bool CollectionPaused { get; set; }
    /// <summary>
    /// Set when a change notification asked for a sync that has not started yet: more notifications
    /// in the meantime add nothing. Cleared when the sync starts.
    /// </summary>
    public DateTimeOffset? SyncRequestedAt { get; set; }
    /// <summary>Which running sync holds this mailbox, and until when unless it renews (see MailboxLease).</summary>
    public Guid? SyncLeaseHolder { get; set; }
    public DateTimeOffset? SyncLeaseUntil { get; set; }
    /// <summary>
    /// The app roles this owner's latest sign-in carried (space-separated), and when: background jobs
    /// have no token, so a weekly team report checks the role here (see RoleSightings).
    /// </summary>
    public string? Roles { get; set; }
    /// <summary>
    /// The memory engine version this mailbox's details were last derived with; null before versions
    /// were recorded (version 1). Older than the current engine, its recent mail is read again (see MailRederivation).
    /// </summary>
    public string? DetailsExtractorVersion { get; set; }
    public DateTimeOffset? RolesSeenAt { get; set; }
    /// <summary>The owner asked for the morning digest by mail (off until they turn it on).</summary>
    public bool DigestEnabled { get; set; }
    /// <summary>The owner's own calendar day the latest digest was sent for: one a day, however many instances run the job.</summary>
    public DateOnly? DigestSentOn { get; set; }
    /// <summary>
    /// The owner lets colleagues in the tenant see whom they know (name, organisation, strength band;
    /// never mail or details), for warm introductions. Off until they turn it on.
    /// </summary>
    public bool SharesNetwork { get; set; }
}

/// <summary>Marks rows that belong to one mailbox owner in one tenant.</summary>
public interface IOwnedRow
{
    Guid TenantId { get; set; }
    Guid OwnerId { get; set; }
}

public enum Direction
{
    Incoming = 0,
    Outgoing = 1,
}

public enum ParticipantRole
{
    From = 0,
    To = 1,
    Cc = 2,
    Bcc = 3,
}
