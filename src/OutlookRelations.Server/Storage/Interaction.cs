namespace OutlookRelations.Server.Storage;

/// <summary>
/// One message in an owner's mailbox: metadata only, never the body. Keyed by internetMessageId,
/// so the same message in two folders (or seen twice) is one interaction.
/// </summary>
public sealed class Interaction : IOwnedRow
{
    public long Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid OwnerId { get; set; }
    public required string InternetMessageId { get; set; }
    public string ConversationId { get; set; } = "";
    public string Subject { get; set; } = "";
    public Direction Direction { get; set; }
    public DateTimeOffset SentAt { get; set; }
    /// <summary>For incoming mail, the question it asks the owner, if any (a sentence, ≤ 200 characters).</summary>
    public string? Question { get; set; }
    /// <summary>
    /// Newsletters, lists writing to their members, notifications and no-reply mail (see
    /// Sync/AutomatedMail.cs): stored so the reports can count them on a line of their own, but no part
    /// of any relationship's figures.
    /// </summary>
    public bool IsAutomated { get; set; }
    public List<InteractionParticipant> Participants { get; set; } = [];
    public List<MessageCopy> Copies { get; set; } = [];
}

/// <summary>Who else took part in an interaction (the owner is implied).</summary>
public sealed class InteractionParticipant : IOwnedRow
{
    public long InteractionId { get; set; }
    public long ContactId { get; set; }
    public Guid TenantId { get; set; }
    public Guid OwnerId { get; set; }
    public ParticipantRole Role { get; set; }
    /// <summary>
    /// The interaction's SentAt, copied here so a contact's latest mail is an index range
    /// (ContactId, SentAt) rather than a join and a sort of everything they ever sent.
    /// </summary>
    public DateTimeOffset SentAt { get; set; }
    public Contact? Contact { get; set; }
    public Interaction? Interaction { get; set; }
}

/// <summary>
/// One Graph item behind an interaction: Graph ids are per folder copy, and deletions arrive by
/// Graph id, so this is how a delete finds its interaction (removed with its last copy).
/// </summary>
public sealed class MessageCopy : IOwnedRow
{
    public Guid TenantId { get; set; }
    public Guid OwnerId { get; set; }
    public required string GraphId { get; set; }
    public required string Folder { get; set; }
    public long InteractionId { get; set; }
    /// <summary>The sync generation that last saw this copy; a full resync sweeps older ones.</summary>
    public long SeenGeneration { get; set; }
    /// <summary>
    /// Its folder reported it gone (or stopped being read). A move reports it gone in one folder and
    /// present in another, in either order, so the copy is deleted only if no folder has it once the
    /// whole mailbox has been read.
    /// </summary>
    public bool PendingRemoval { get; set; }
}
