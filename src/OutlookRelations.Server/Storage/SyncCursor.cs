namespace OutlookRelations.Server.Storage;

/// <summary>
/// Where one stream of one mailbox stands (the folder tree "folders", a mail folder by well-known
/// name (inbox, sentitems, deleteditems) or by Graph id, or "calendar"): the next/delta link, relative
/// to the Graph base URL (see GraphLinks), saved in the same transaction as the page's rows,
/// so a crash resumes exactly there, wherever Graph is by then.
/// </summary>
public sealed class SyncCursor : IOwnedRow
{
    public Guid TenantId { get; set; }
    public Guid OwnerId { get; set; }
    public required string Stream { get; set; }
    /// <summary>The link to call next: a nextLink mid-round, a deltaLink between rounds, null to start over.</summary>
    public string? Link { get; set; }
    /// <summary>True once a round has reached its deltaLink.</summary>
    public bool IsCaughtUp { get; set; }
    /// <summary>Bumped whenever a round starts from scratch; rows not seen by a full round are swept.</summary>
    public long Generation { get; set; }
    /// <summary>
    /// Whether this round asked Graph for message bodies. Graph's links carry the first call's fields,
    /// so a round started before the tenant's mail access changed is started again (see MailAccessChange).
    /// </summary>
    public bool ReadsBodies { get; set; } = true;
    public DateTimeOffset UpdatedAt { get; set; }
}
