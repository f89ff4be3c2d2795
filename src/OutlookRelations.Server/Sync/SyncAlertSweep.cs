using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookRelations.Server.Jobs;
using OutlookRelations.Server.Mailboxes;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Sync;

/// <summary>
/// Alerts for mailboxes whose sync stalls without a round ending: a round hung on an instance that
/// never finished it, or a change notification that no sync ever picked up. A round that ends
/// alerts by itself (SyncRoundLog); this recurring job looks at every mailbox's latest round every
/// <see cref="Every"/>, judges it as the admin page does, and tells the admins once, as the round would.
/// </summary>
public sealed class SyncAlertSweep(RelationsDbContext db, SyncAlerts alerts, IOptions<SyncHealthOptions> options, TimeProvider time, ILogger<SyncAlertSweep> logger)
{
    public const string RecurringId = "sync-alert-sweep";
    public const string Every = "*/15 * * * *";

    [Queue(JobQueues.Housekeeping)]
    [AutomaticRetry(Attempts = 0)] // the next sweep is the retry
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var latest = await db.SyncRounds.IgnoreQueryFilters().AsNoTracking().Latest().Where(r => !r.Alerted)
            .Join(db.Owners.AsNoTracking(), r => r.OwnerId, o => o.Id, (r, o) => new { Round = r, o.SyncRequestedAt })
            .ToListAsync(ct);
        var told = 0;
        foreach (var item in latest)
        {
            var verdict = SyncVerdicts.Judge(item.Round, item.SyncRequestedAt, now, options.Value.StalledAfter);
            if (verdict is not (SyncVerdict.Stalled or SyncVerdict.Failing)) continue;
            // Claimed first, so another instance's sweep or the round's own end does not tell again.
            var claimed = await db.SyncRounds.IgnoreQueryFilters().Where(r => r.Id == item.Round.Id && !r.Alerted)
                .ExecuteUpdateAsync(r => r.SetProperty(x => x.Alerted, true), ct);
            if (claimed == 0) continue;
            var owner = await db.LoadOwnerContextAsync(item.Round.OwnerId, ct);
            if (await alerts.SendAsync(owner, item.Round, verdict, ct)) { told++; continue; }
            await db.SyncRounds.IgnoreQueryFilters().Where(r => r.Id == item.Round.Id)
                .ExecuteUpdateAsync(r => r.SetProperty(x => x.Alerted, false), CancellationToken.None);
        }
        if (told > 0) logger.LogWarning("The sync alert sweep told the admins of {Count} mailboxes in trouble", told);
        return told;
    }
}
