namespace OutlookRelations.Server.Storage;

/// <summary>
/// A mailbox's re-derivation under way: its recent mail read again by a newer memory engine. Fixed
/// when the round starts (the engine, the window, the last message stored by then), and the cursor
/// (the last message done) saved with each batch's details, so a crash continues where it stopped.
/// </summary>
public sealed class DetailRederivation : IOwnedRow
{
    public Guid TenantId { get; set; }
    public Guid OwnerId { get; set; }
    /// <summary>The engine version this round derives with.</summary>
    public required string TargetVersion { get; set; }
    /// <summary>Mail sent before this is not read again.</summary>
    public DateTimeOffset Since { get; set; }
    /// <summary>The newest interaction when the round started: later ones were read by the current engine already.</summary>
    public long UpToInteractionId { get; set; }
    /// <summary>The cursor: the last interaction whose details were derived again (ids only grow).</summary>
    public long LastInteractionId { get; set; }
    public int Done { get; set; }
    public int Total { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
