using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookRelations.Server.Mailboxes;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Sync;

/// <summary>Told when a round ends, with what the admins see of it: the sync meter records the lag.</summary>
public interface ISyncRoundObserver
{
    void RoundFinished(Guid ownerId, SyncRoundOutcome outcome, TimeSpan? lag);
}

/// <summary>
/// Writes a <see cref="SyncRound"/> for every sync of a mailbox (one per DI scope, as MailboxSync is),
/// and keeps the in-process progress of /api/sync/status. Before reading, it asks Graph for the
/// Inbox's newest message; at the end, a round that did not take that message in is
/// <see cref="SyncRoundOutcome.Behind"/>, never "succeeded", however cleanly its delta links ended.
/// </summary>
public sealed class SyncRoundLog(
    RelationsDbContext db,
    GraphPages pages,
    SyncProgress progress,
    SyncAlerts alerts,
    IEnumerable<ISyncRoundObserver> observers,
    IOptions<SyncHealthOptions> options,
    TimeProvider time,
    ILogger<SyncRoundLog> logger) : ISyncObserver
{
    public const string LagFolder = "inbox";
    // Rounds are kept this long: "items in the last day" needs one day, the rest lives on in the latest row.
    private static readonly TimeSpan Kept = TimeSpan.FromDays(2);
    // A long first sync writes its progress this often, so that it is not taken for stalled.
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromMinutes(1);

    private SyncRound? _round;
    private DateTimeOffset _progressWritten;

    public async Task StartedAsync(OwnerContext owner, CancellationToken ct)
    {
        progress.Started(owner.OwnerId);
        var now = time.GetUtcNow();
        var previous = await db.SyncRounds.AsNoTracking().OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        await db.SyncRounds.Where(r => r.StartedAt < now - Kept).ExecuteDeleteAsync(ct);
        _round = new SyncRound
        {
            TenantId = owner.TenantId, OwnerId = owner.OwnerId, StartedAt = now, Outcome = SyncRoundOutcome.Running,
            // While a mailbox that failed tries again, it is still failing, and for the same reason.
            ConsecutiveFailures = previous?.ConsecutiveFailures ?? 0, Error = previous?.ConsecutiveFailures > 0 ? previous.Error : null, LastSucceededAt = previous?.LastSucceededAt,
            LastProgressAt = previous?.LastProgressAt, NewestSeenAt = previous?.NewestSeenAt, Alerted = previous?.Alerted ?? false,
            NewestInGraphAt = previous?.NewestInGraphAt,
        };
        _progressWritten = now;
        db.SyncRounds.Add(_round);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    public void PageCommitted(SyncPage page)
    {
        if (_round is null || page.OwnerId != _round.OwnerId) return;
        _round.Items += page.Items;
        if (page.Stream == LagFolder && page.NewestReceived is { } newest && !(_round.NewestSeenAt >= newest)) _round.NewestSeenAt = newest;
        var now = time.GetUtcNow();
        if (page.Items == 0 || now - _progressWritten < ProgressEvery) return;
        _progressWritten = now;
        // Between two pages, outside their transactions: the page read ahead touches no database.
        var (id, items, seen) = (_round.Id, _round.Items, _round.NewestSeenAt);
        db.SyncRounds.Where(r => r.Id == id).ExecuteUpdate(s => s.SetProperty(r => r.Items, items).SetProperty(r => r.NewestSeenAt, seen).SetProperty(r => r.LastProgressAt, now));
        _round.LastProgressAt = now;
    }

    /// <summary>Ends the round; <paramref name="failure"/> is what stopped it, if anything.</summary>
    public async Task FinishedAsync(OwnerContext owner, Exception? failure, CancellationToken ct)
    {
        if (failure is null) progress.Succeeded(owner.OwnerId);
        else progress.Failed(owner.OwnerId, failure.Message);
        if (_round is not { } round) return;
        var now = time.GetUtcNow();
        round.FinishedAt = now;
        if (failure is null)
        {
            var behind = SyncVerdicts.Lag(round, now) > TimeSpan.Zero;
            round.Outcome = behind ? SyncRoundOutcome.Behind : SyncRoundOutcome.Succeeded;
            round.ConsecutiveFailures = 0;
            round.Error = null;
            if (!behind) round.LastSucceededAt = now;
            if (!behind || round.Items > 0) round.LastProgressAt = now;
        }
        else
        {
            round.Outcome = SyncRoundOutcome.Failed;
            round.Error = GraphFailure.Describe(failure);
            round.ConsecutiveFailures++;
        }
        var verdict = SyncVerdicts.Judge(round, null, now, options.Value.StalledAfter);
        if (verdict == SyncVerdict.Healthy) round.Alerted = false;
        else if (verdict is SyncVerdict.Stalled or SyncVerdict.Failing && !round.Alerted) round.Alerted = await alerts.SendAsync(owner, round, verdict, ct);
        try
        {
            db.ChangeTracker.Clear();
            db.SyncRounds.Update(round);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        catch (Exception e) when (failure is not null)
        {
            // The sync's own failure is the one to report; the round stays "running" in the admins' view.
            logger.LogWarning("Could not record the failed sync round of {Owner}: {Error}", owner.Email, e.Message);
        }
        foreach (var observer in observers) observer.RoundFinished(owner.OwnerId, round.Outcome, SyncVerdicts.Lag(round, now));
    }

    /// <summary>
    /// The Inbox's newest message as Graph answered in the request that opens the round (null when
    /// that part failed: it is asked alone). Asked before reading, so mail that arrives while the
    /// round reads does not count against it.
    /// </summary>
    public async Task InboxNewestAsync(OwnerContext owner, GraphBatches.NewestMessage? answered, CancellationToken ct)
    {
        var newest = answered is null ? await NewestInGraphAsync(owner, ct) : answered.ReceivedAt;
        if (_round is null || newest is not { } at) return;
        _round.NewestInGraphAt = at;
        var id = _round.Id;
        await db.SyncRounds.Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.NewestInGraphAt, at), ct);
    }

    private async Task<DateTimeOffset?> NewestInGraphAsync(OwnerContext owner, CancellationToken ct)
    {
        try
        {
            return await pages.FetchNewestReceivedAsync(owner, LagFolder, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The round itself will meet the same Graph, and say so if it fails.
            logger.LogWarning("Could not ask Graph for the newest message in {Owner}'s Inbox: {Error}", owner.Email, e.Message);
            return null;
        }
    }
}
