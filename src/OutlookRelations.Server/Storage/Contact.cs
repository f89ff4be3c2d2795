namespace OutlookRelations.Server.Storage;

/// <summary>
/// A person one owner has exchanged mail or meetings with, and the relationship figures kept up to
/// date on ingest, so the sidebar never scans mail at request time.
/// </summary>
public sealed class Contact : IOwnedRow
{
    public long Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid OwnerId { get; set; }
    /// <summary>Lower-case SMTP address.</summary>
    public required string Email { get; set; }
    public string DisplayName { get; set; } = "";
    public string? Organisation { get; set; }
    /// <summary>Messages the owner sent with this person among the recipients.</summary>
    public int MessagesToContact { get; set; }
    /// <summary>Messages this person sent that reached the owner.</summary>
    public int MessagesFromContact { get; set; }
    public int MeetingsTogether { get; set; }
    public DateTimeOffset? FirstContactAt { get; set; }
    public DateTimeOffset? LastContactAt { get; set; }
    /// <summary>The owner's last message to this person: a trip mentioned before it has been asked about.</summary>
    public DateTimeOffset? LastMessageToContactAt { get; set; }
    /// <summary>
    /// ln Σ 2^((t − epoch) / half-life) over every exchange: a time-decayed strength whose ranking
    /// does not change as time passes, so it can be stored and indexed. See RelationshipStrength.
    /// </summary>
    public double StrengthLog { get; set; } = double.NegativeInfinity;
    /// <summary>Messages per month, for the card's trend (see MonthlyMessages); null until first computed.</summary>
    public string? MessagesByMonth { get; set; }
    /// <summary>
    /// Stored mail or meetings changed during a first sync and the figures above have not caught up
    /// yet (sync recomputes them every few pages and at the end, see Sync/PendingFigures); committed
    /// with the rows, so a crash mid-sync leaves a mark the next round finishes.
    /// </summary>
    public bool FiguresPending { get; set; }
}
