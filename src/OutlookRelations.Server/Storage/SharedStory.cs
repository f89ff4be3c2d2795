namespace OutlookRelations.Server.Storage;

/// <summary>
/// A conversation its owner chose to share for their manager's pack: one remembered detail and the
/// thread it came from. Nothing is a story until its owner shares it; withdrawing deletes the row
/// (and every stored report that showed it). Owned like the detail, so the query filters hide other
/// people's stories; it goes with the detail by cascade.
/// </summary>
public sealed class SharedStory : IOwnedRow
{
    public const int MaxNote = 300;

    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid OwnerId { get; set; }
    public long DetailId { get; set; }
    /// <summary>Outlook's conversation id of the detail's source message; null for a note written by hand.</summary>
    public string? ConversationId { get; set; }
    /// <summary>When the small talk was sent (the source message), or the note written.</summary>
    public DateTimeOffset HappenedAt { get; set; }
    public DateTimeOffset SharedAt { get; set; }
    /// <summary>What the owner wants the manager to know, in their own words.</summary>
    public string? Note { get; set; }
    public ContactDetail? Detail { get; set; }
}
