using System.Collections.Concurrent;

namespace OutlookRelations.Server.Sync;

/// <summary>Told after every committed page. Progress reporting is one observer; tests add others.</summary>
public interface ISyncObserver
{
    void PageCommitted(SyncPage page);
}

public sealed record SyncPage(Guid OwnerId, string Stream, int Items, bool RoundComplete)
{
    /// <summary>The received time of the page's newest message (mail streams only): how sync health knows what it took in.</summary>
    public DateTimeOffset? NewestReceived { get; init; }
}

public enum SyncState
{
    Idle,
    Running,
    Succeeded,
    Failed,
}

public sealed record SyncStatus(SyncState State, string? Stream, int Pages, int Items, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, string? Error)
{
    /// <summary>Mail being read again for a new memory engine; null when there is none.</summary>
    public RederiveStatus? Rederive { get; init; }
}

/// <summary>In-process view of each mailbox's sync, for /api/sync/status and the task pane's progress.</summary>
public sealed class SyncProgress(TimeProvider time) : ISyncObserver
{
    private readonly ConcurrentDictionary<Guid, SyncStatus> _status = new();

    public SyncStatus Get(Guid ownerId) => _status.GetValueOrDefault(ownerId, new SyncStatus(SyncState.Idle, null, 0, 0, null, null, null));

    public void Started(Guid ownerId) => _status[ownerId] = new SyncStatus(SyncState.Running, null, 0, 0, time.GetUtcNow(), null, null);

    public void PageCommitted(SyncPage page) => _status.AddOrUpdate(page.OwnerId,
        _ => new SyncStatus(SyncState.Running, page.Stream, 1, page.Items, time.GetUtcNow(), null, null),
        (_, s) => s with { Stream = page.Stream, Pages = s.Pages + 1, Items = s.Items + page.Items });

    public void Succeeded(Guid ownerId) => _status.AddOrUpdate(ownerId,
        _ => new SyncStatus(SyncState.Succeeded, null, 0, 0, null, time.GetUtcNow(), null),
        (_, s) => s with { State = SyncState.Succeeded, Stream = null, FinishedAt = time.GetUtcNow() });

    public void Failed(Guid ownerId, string error) => _status.AddOrUpdate(ownerId,
        _ => new SyncStatus(SyncState.Failed, null, 0, 0, null, time.GetUtcNow(), error),
        (_, s) => s with { State = SyncState.Failed, FinishedAt = time.GetUtcNow(), Error = error });
}
