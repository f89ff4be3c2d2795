using Microsoft.EntityFrameworkCore;
using OutlookRelations.Server.Storage;
using OutlookRelations.Server.Sync;

namespace OutlookRelations.Server.Notifications;

/// <summary>
/// Turns many "this mailbox changed" signals into one sync. A request claims the mailbox's
/// SyncRequestedAt in one conditional UPDATE (safe across instances) and enqueues a job only if it
/// won; the sync clears the mark when it starts, so changes during a sync earn one more. A mark
/// older than <see cref="StaleAfter"/> is treated as lost (its job failed) and claimed again.
/// </summary>
public sealed class SyncRequests(RelationsDbContext db, SyncScheduler scheduler, TimeProvider time)
{
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(10);

    /// <returns>True when this request enqueued a sync; false when one was already waiting.</returns>
    public async Task<bool> RequestAsync(Guid ownerId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var stale = now - StaleAfter;
        var claimed = await db.Owners
            .Where(o => o.Id == ownerId && (o.SyncRequestedAt == null || o.SyncRequestedAt < stale))
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.SyncRequestedAt, now), ct);
        if (claimed == 0) return false;
        scheduler.SyncNow(ownerId);
        return true;
    }

    /// <summary>Called as a sync starts: whatever changes from now on need a new request.</summary>
    public Task ClearAsync(Guid ownerId, CancellationToken ct) =>
        db.Owners.Where(o => o.Id == ownerId && o.SyncRequestedAt != null)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.SyncRequestedAt, (DateTimeOffset?)null), ct);
}
