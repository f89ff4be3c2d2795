namespace OutlookRelations.Server.Storage;

/// <summary>
/// One sync round of one mailbox, for the admins' sync health (Sync/SyncRoundLog.cs writes it). Each
/// row also carries what the rounds before it established (consecutive failures, the last success,
/// the last progress, the newest inbox message seen), so a mailbox's health is its latest row alone
/// and rows older than a few days can go. A round whose instance died stays <see cref="SyncRoundOutcome.Running"/>.
/// </summary>
public sealed class SyncRound : IOwnedRow
{
    public const int MaxError = 400;

    public long Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid OwnerId { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public SyncRoundOutcome Outcome { get; set; }
    /// <summary>Messages and events the round stored, changed or removed.</summary>
    public int Items { get; set; }
    /// <summary>Why it failed, in words an admin can act on (Sync/GraphFailure.Describe); never message content.</summary>
    public string? Error { get; set; }
    /// <summary>Failed rounds in a row, this one included.</summary>
    public int ConsecutiveFailures { get; set; }
    public DateTimeOffset? LastSucceededAt { get; set; }
    /// <summary>When a round last moved mail or left nothing behind: "no progress" is measured from here.</summary>
    public DateTimeOffset? LastProgressAt { get; set; }
    /// <summary>The received time of the newest message in the Inbox as Graph reported it after the round.</summary>
    public DateTimeOffset? NewestInGraphAt { get; set; }
    /// <summary>The received time of the newest Inbox message sync has taken in (stored, or left out by the tenant's rules).</summary>
    public DateTimeOffset? NewestSeenAt { get; set; }
    /// <summary>The admins were told the mailbox is stalled or failing; not again until it is healthy.</summary>
    public bool Alerted { get; set; }
}

public enum SyncRoundOutcome
{
    Running = 0,
    /// <summary>Every stream reached its delta link and Graph's Inbox holds nothing newer than we have.</summary>
    Succeeded = 1,
    /// <summary>Every stream reached its delta link, yet Graph's Inbox has a newer message than sync took in.</summary>
    Behind = 2,
    Failed = 3,
}
