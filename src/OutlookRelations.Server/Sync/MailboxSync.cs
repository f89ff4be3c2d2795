using OutlookRelations.Server.Engagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookRelations.Server.Contacts;
using OutlookRelations.Server.Storage;
using OutlookRelations.Server.GraphAccess;

namespace OutlookRelations.Server.Sync;

/// <summary>
/// Brings one mailbox up to date: Inbox, Sent Items and the calendar, each by Graph delta, one
/// page at a time. Each page's rows and the link to the next page commit in one transaction, so a
/// crash resumes at the first page not yet stored. Lost sync state (410) restarts the round; a
/// full round ends by sweeping whatever it did not see. Throttling the SDK could not absorb is
/// waited out here, honouring Retry-After.
/// </summary>
public sealed class MailboxSync(
    RelationsDbContext db,
    GraphPages pages,
    MessageIngest messages,
    MeetingIngest meetings,
    ContactStats stats,
    EngagementFacts engagement,
    DataControls.MailboxScope scope,
    Notifications.MailboxSubscriptions subscriptions,
    IEnumerable<ISyncObserver> observers,
    SyncProgress progress,
    MailRederivation rederivation,
    SyncScheduler scheduler,
    IOptions<GraphOptions> options,
    TimeProvider time,
    ILogger<MailboxSync> logger)
{
    public static readonly string[] Streams = ["inbox", "sentitems", "calendar"];
    private const int MaxRestarts = 3;

    public async Task SyncAsync(Guid ownerId, CancellationToken ct)
    {
        var owner = await db.LoadOwnerContextAsync(ownerId, ct);
        db.Scope.Enter(owner.TenantId, owner.OwnerId);
        if (owner.Paused)
        {
            logger.LogInformation("Collection is paused for {Owner}; nothing is read", owner.Email);
            await subscriptions.DropAsync(owner.OwnerId, ct);
            return;
        }
        if (!await scope.IncludesAsync(owner.TenantId, owner.Policy, owner.GraphUserId, ct))
        {
            logger.LogInformation("{Owner} is outside the mailboxes the tenant's admins put in scope; nothing is read", owner.Email);
            await subscriptions.DropAsync(owner.OwnerId, ct);
            return;
        }
        await SubscribeAsync(owner, ct);
        await rederivation.MarkCurrentIfEmptyAsync(ownerId, ct);
        progress.Started(ownerId);
        try
        {
            foreach (var stream in Streams) await SyncStreamAsync(owner, stream, ct);
            progress.Succeeded(ownerId);
        }
        catch (Exception e)
        {
            progress.Failed(ownerId, e.Message);
            throw;
        }
        // Details an older memory engine found are derived again once the mailbox is up to date.
        if (await rederivation.IsBehindAsync(ownerId, ct)) scheduler.Rederive(ownerId);
    }

    // Before reading, so a change made during this sync is notified and synced next. A failure here
    // costs only promptness: the recurring sync still runs, and the next sync tries again.
    private async Task SubscribeAsync(OwnerContext owner, CancellationToken ct)
    {
        try
        {
            await subscriptions.EnsureAsync(owner, ct);
        }
        catch (Exception e) when (e is Microsoft.Graph.Models.ODataErrors.ODataError or HttpRequestException)
        {
            logger.LogWarning("Could not subscribe to changes in {Owner}'s mailbox: {Error}", owner.Email, e.Message);
        }
    }

    private async Task SyncStreamAsync(OwnerContext owner, string stream, CancellationToken ct)
    {
        var restarts = 0;
        var retries = 0;
        while (true)
        {
            var cursor = await LoadCursorAsync(owner, stream, ct);
            try
            {
                var page = await pages.FetchAsync(owner, stream, cursor.Link, ct);
                retries = 0;
                if (await CommitAsync(owner, cursor, page, ct)) return;
            }
            catch (Exception e) when (GraphFailure.IsSyncStateLost(e) && restarts < MaxRestarts)
            {
                restarts++;
                logger.LogWarning("Sync state of {Stream} for {Owner} was lost; restarting the round", stream, owner.Email);
                db.ChangeTracker.Clear();
                await ResetCursorAsync(owner, stream, ct);
            }
            catch (Exception e) when (GraphFailure.IsTransient(e, out var wait) && retries < options.Value.MaxOuterRetries)
            {
                retries++;
                logger.LogWarning("Graph is throttling or unavailable for {Owner}; retrying {Stream} in {Wait}", owner.Email, stream, wait);
                db.ChangeTracker.Clear();
                await Task.Delay(wait, time, ct);
            }
        }
    }

    /// <summary>Stores the page and the next link together; true when the round is complete.</summary>
    private async Task<bool> CommitAsync(OwnerContext owner, SyncCursor cursor, GraphPage page, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (cursor.Link is null)
        {
            // A round from scratch: everything it sees gets a new generation; the rest is swept.
            cursor.Generation++;
            cursor.IsCaughtUp = false;
        }
        var touched = page.Messages is not null
            ? await messages.ApplyAsync(owner, cursor.Stream, cursor.Generation, page.Messages, ct)
            : await meetings.ApplyAsync(owner, cursor.Generation, page.Events!, ct);
        var roundComplete = page.DeltaLink is not null;
        if (roundComplete && !cursor.IsCaughtUp) await SweepAsync(cursor, touched, ct);

        await stats.RecomputeAsync(touched, ct);
        await engagement.RecomputeAsync(touched, ct);
        cursor.Link = page.DeltaLink ?? page.NextLink ?? throw new InvalidOperationException("Graph returned a delta page with neither nextLink nor deltaLink.");
        cursor.IsCaughtUp |= roundComplete;
        cursor.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();

        var committed = new SyncPage(owner.OwnerId, cursor.Stream, page.Count, roundComplete);
        foreach (var observer in observers) observer.PageCommitted(committed);
        return roundComplete;
    }

    // After a full round, anything stored from an earlier generation no longer exists in Graph.
    private async Task SweepAsync(SyncCursor cursor, HashSet<long> touched, CancellationToken ct)
    {
        if (cursor.Stream == "calendar")
        {
            var stale = await db.Meetings.Where(m => m.SeenGeneration < cursor.Generation).Select(m => m.GraphId).ToListAsync(ct);
            await meetings.RemoveAsync(stale, touched, ct);
            return;
        }
        var staleCopies = await db.MessageCopies
            .Where(c => c.Folder == cursor.Stream && c.SeenGeneration < cursor.Generation)
            .Select(c => c.GraphId).ToListAsync(ct);
        await messages.RemoveAsync(staleCopies, touched, ct);
    }

    private async Task<SyncCursor> LoadCursorAsync(OwnerContext owner, string stream, CancellationToken ct)
    {
        var cursor = await db.SyncCursors.SingleOrDefaultAsync(c => c.Stream == stream, ct);
        if (cursor is not null) return cursor;
        cursor = new SyncCursor { TenantId = owner.TenantId, OwnerId = owner.OwnerId, Stream = stream, UpdatedAt = time.GetUtcNow() };
        db.SyncCursors.Add(cursor);
        return cursor;
    }

    private async Task ResetCursorAsync(OwnerContext owner, string stream, CancellationToken ct)
    {
        var cursor = await LoadCursorAsync(owner, stream, ct);
        cursor.Link = null;
        cursor.IsCaughtUp = false;
        cursor.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
