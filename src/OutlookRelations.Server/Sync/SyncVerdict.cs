using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Sync;

/// <summary>What an admin is told about a mailbox's sync, worst first (the order the admin page lists them in).</summary>
public enum SyncVerdict
{
    /// <summary>The latest round failed (and the ones before it, as many as ConsecutiveFailures says).</summary>
    Failing,
    /// <summary>Graph has newer mail than sync took in, and nothing moved for Sync:StalledAfter.</summary>
    Stalled,
    /// <summary>Behind Graph, but moving: a first sync, or a round that left newer mail for the next.</summary>
    CatchingUp,
    /// <summary>The latest round finished with nothing newer left in Graph.</summary>
    Healthy,
}

/// <summary>
/// Decides the verdict and the lag from a mailbox's latest round alone, at a given instant: pure, so
/// that every case is a unit test (SyncVerdictsTests) and the admin page, the alert and the metric agree.
/// </summary>
public static class SyncVerdicts
{
    /// <summary>
    /// How long the newest Inbox message Graph has, and we do not, has been waiting: zero when we have
    /// it, null when Graph has not been asked yet (or the Inbox is empty).
    /// </summary>
    public static TimeSpan? Lag(SyncRound? latest, DateTimeOffset now)
    {
        if (latest?.NewestInGraphAt is not { } graph) return null;
        if (latest.NewestSeenAt is { } seen && seen >= graph) return TimeSpan.Zero;
        return now > graph ? now - graph : TimeSpan.Zero;
    }

    /// <param name="syncRequestedAt">
    /// A change notification that asked for a sync no sync has started since (MailboxOwner.SyncRequestedAt):
    /// Graph told us of newer mail even when no round runs to ask it.
    /// </param>
    public static SyncVerdict Judge(SyncRound? latest, DateTimeOffset? syncRequestedAt, DateTimeOffset now, TimeSpan stalledAfter)
    {
        if (syncRequestedAt is { } requested && now - requested >= stalledAfter) return SyncVerdict.Stalled;
        if (latest is null) return SyncVerdict.CatchingUp;
        if (latest.ConsecutiveFailures > 0) return SyncVerdict.Failing;
        var behind = Lag(latest, now) is { } lag && lag > TimeSpan.Zero;
        var progress = latest.LastProgressAt ?? latest.StartedAt;
        if (behind && now - progress >= stalledAfter) return SyncVerdict.Stalled;
        if (behind || latest.LastSucceededAt is null) return SyncVerdict.CatchingUp;
        return SyncVerdict.Healthy;
    }
}
