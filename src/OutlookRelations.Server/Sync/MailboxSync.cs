using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookRelations.Server.GraphAccess;
using OutlookRelations.Server.Mailboxes;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Sync;

/// <summary>
/// Brings one mailbox up to date: its folders (by folder delta), then every folder a person files
/// mail in (MailFolderTree says which) and the calendar, each by Graph delta, one page at a time.
/// Each page's rows and the link to the next page commit in one transaction, so a crash resumes at
/// the first page not yet stored. Lost sync state (410) restarts the round; a full round ends by
/// sweeping whatever it did not see. What a folder reports gone is deleted only once every folder
/// has been read and none has it (a move is a removal in one folder and an addition in another).
/// Throttling the SDK could not absorb is waited out here, honouring Retry-After.
/// What the tenant allows is decided by <see cref="IngestPolicy"/>; what features derive from the
/// stored rows (contact figures, engagement, memory, subscriptions) they do in their
/// <see cref="ISyncHook"/>s, which run inside each page's transaction.
/// </summary>
public sealed class MailboxSync(
    RelationsDbContext db,
    GraphPages pages,
    GraphBatches batches,
    MessageIngest messages,
    PagePreparation preparation,
    MeetingIngest meetings,
    MailFolderTree folders,
    IngestPolicy policy,
    SyncHooks hooks,
    PendingFigures figures,
    OwnAddresses ownAddresses,
    PlannerStatistics statistics,
    IEnumerable<ISyncObserver> observers,
    SyncRoundLog rounds,
    IOptions<GraphOptions> options,
    TimeProvider time,
    ILogger<MailboxSync> logger)
{
    public const string Calendar = "calendar";
    private const int MaxRestarts = 3;
    private long _stored;

    public async Task SyncAsync(Guid ownerId, CancellationToken ct)
    {
        var owner = await db.LoadOwnerContextAsync(ownerId, ct);
        db.Scope.Enter(owner.TenantId, owner.OwnerId);
        if (await policy.RefusalAsync(owner, ct) is { } refusal)
        {
            if (refusal == MailboxRefusal.Paused) logger.LogInformation("Collection is paused for {Owner}; nothing is read", owner.Email);
            else logger.LogInformation("{Owner} is outside the mailboxes the tenant's admins put in scope; nothing is read", owner.Email);
            await hooks.MailboxStoppedAsync(owner, refusal, ct);
            return;
        }
        await hooks.MailboxStartingAsync(owner, ct);
        await figures.LoadAsync(ct);
        await rounds.StartedAsync(owner, ct);
        try
        {
            await ownAddresses.FoldAsync(owner, ct);
            var wellKnown = await SyncFoldersAsync(owner, ct);
            var read = await folders.ReadableAsync(owner.Policy, wellKnown, ct);
            await StopReadingAsync(owner, read, ct);
            await MailAccessChange.RestartChangedAsync(db, owner, read, logger, ct);
            List<string> streams = [.. read, Calendar];
            // Streams that continue from a saved link (an incremental round, or a resume) take their next page in batches.
            var saved = await db.SyncCursors.AsNoTracking().Where(c => streams.Contains(c.Stream) && c.Link != null).ToDictionaryAsync(c => c.Stream, c => c.Link!, ct);
            var batched = saved.Count > 1 ? await TryAsync(() => batches.FetchAsync(owner, [.. streams.Where(saved.ContainsKey).Select(s => (s, saved[s]))], ct)) : null;
            foreach (var stream in streams) await SyncStreamAsync(owner, stream, ct, first: batched?.GetValueOrDefault(stream));
            await PurgeAsync(owner, ct);
            await rounds.FinishedAsync(owner, null, ct);
        }
        catch (Exception e)
        {
            await rounds.FinishedAsync(owner, e, CancellationToken.None);
            throw;
        }
        await hooks.MailboxSyncedAsync(owner, ct);
    }

    // The folder tree's next page, the well-known folders and the Inbox's newest message come together
    // in one batch; whatever failed inside it is fetched on its own.
    private async Task<IReadOnlyDictionary<string, string>> SyncFoldersAsync(OwnerContext owner, CancellationToken ct)
    {
        var cursor = await LoadCursorAsync(owner, MailFolderTree.Stream, ct);
        var (page, found, newest) = await TryAsync(() => batches.OpenRoundAsync(owner, cursor.Link, ct)) ?? new(null, null, null);
        await rounds.InboxNewestAsync(owner, newest, ct);
        IReadOnlyDictionary<string, string> wellKnown = found ?? await pages.FetchWellKnownFoldersAsync(owner, ct);
        if (page is null || !await CommitFoldersAsync(owner, cursor, page, wellKnown, ct))
        {
            db.ChangeTracker.Clear();
            await SyncStreamAsync(owner, MailFolderTree.Stream, ct, wellKnown: wellKnown);
        }
        return wellKnown;
    }

    // A batch that Graph throttled or could not serve as a whole costs only its saving: each request goes alone.
    private async Task<T?> TryAsync<T>(Func<Task<T>> batch)
    {
        try
        {
            return await batch();
        }
        catch (Exception e) when (GraphFailure.IsTransient(e, out _) || e is Microsoft.Graph.Models.ODataErrors.ODataError)
        {
            logger.LogWarning("A Graph batch failed ({Error}); its requests are sent one by one", e.Message);
            return default;
        }
    }

    private async Task SyncStreamAsync(OwnerContext owner, string stream, CancellationToken ct, IReadOnlyDictionary<string, string>? wellKnown = null, GraphPage? first = null)
    {
        var restarts = 0;
        var retries = 0;
        // The next page, fetched and prepared on another thread while this one commits: the transaction
        // waits on the database while Graph and the memory engine work on what comes after it.
        Task<(GraphPage Page, PreparedPage? Prepared)>? ahead = null;
        while (true)
        {
            var cursor = await LoadCursorAsync(owner, stream, ct);
            try
            {
                if (stream == MailFolderTree.Stream)
                {
                    var folderPage = await pages.FetchFoldersAsync(owner, cursor.Link, ct);
                    retries = 0;
                    if (await CommitFoldersAsync(owner, cursor, folderPage, wellKnown!, ct)) return;
                    continue;
                }
                var (page, prepared) = ahead is not null ? await ahead : await FetchAndPrepareAsync(owner, stream, cursor.Link, first, ct);
                ahead = null;
                first = null;
                retries = 0;
                if (page.NextLink is { } next) ahead = Task.Run(() => FetchAndPrepareAsync(owner, stream, next, null, ct), ct);
                if (await CommitAsync(owner, cursor, page, prepared, ct)) return;
            }
            catch (Exception e) when (GraphFailure.IsSyncStateLost(e) && restarts < MaxRestarts)
            {
                await DiscardAsync(ahead);
                (ahead, restarts) = (null, restarts + 1);
                logger.LogWarning("Sync state of {Stream} for {Owner} was lost; restarting the round", stream, owner.Email);
                db.ChangeTracker.Clear();
                await ResetCursorAsync(owner, stream, ct);
            }
            catch (Exception e) when (GraphFailure.IsTransient(e, out var wait) && retries < options.Value.MaxOuterRetries)
            {
                await DiscardAsync(ahead);
                (ahead, retries) = (null, retries + 1);
                logger.LogWarning("Graph is throttling or unavailable for {Owner}; retrying {Stream} in {Wait}", owner.Email, stream, wait);
                db.ChangeTracker.Clear();
                await Task.Delay(wait, time, ct);
            }
            catch
            {
                await DiscardAsync(ahead);
                throw;
            }
        }
    }

    // Touches no database: it runs beside the commit of the page before.
    private async Task<(GraphPage Page, PreparedPage? Prepared)> FetchAndPrepareAsync(OwnerContext owner, string stream, string? link, GraphPage? first, CancellationToken ct)
    {
        GraphPage page;
        using (SyncTracing.Phase("fetch")) page = first ?? await pages.FetchAsync(owner, stream, link, ct);
        if (page.Messages is null) return (page, null);
        using (SyncTracing.Phase("prepare")) return (page, await preparation.PrepareAsync(owner, page.Messages, ct));
    }

    // A page read ahead of one that failed is thrown away (the retry starts from the saved link);
    // its own failure, if any, is the same Graph's and says nothing new.
    private static Task DiscardAsync(Task? ahead) => ahead?.ContinueWith(t => _ = t.Exception, TaskScheduler.Default) ?? Task.CompletedTask;

    /// <summary>Stores the page and the next link together; true when the round is complete.</summary>
    private async Task<bool> CommitAsync(OwnerContext owner, SyncCursor cursor, GraphPage page, PreparedPage? prepared, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (cursor.Link is null)
        {
            // A round from scratch: everything it sees gets a new generation; the rest is swept.
            cursor.Generation++;
            cursor.IsCaughtUp = false;
            cursor.ReadsBodies = IngestPolicy.ReadsBodies(owner);
        }
        var changes = new MailboxChanges(owner) { Prepared = prepared };
        using (SyncTracing.Phase("ingest"))
        {
            if (page.Messages is not null) await messages.ApplyAsync(changes, cursor.Stream, cursor.Generation, page.Messages, ct);
            else await meetings.ApplyAsync(changes, cursor.Generation, page.Events!, ct);
        }
        var roundComplete = page.DeltaLink is not null;
        if (roundComplete && !cursor.IsCaughtUp) await SweepAsync(cursor, changes.TouchedContacts, ct);
        // A stream read from scratch holds its figures back; new mail on a caught-up one recomputes them now.
        changes.FiguresDue = await figures.DueAsync(changes.TouchedContacts, hold: !cursor.IsCaughtUp, ct);

        await hooks.PageCommittingAsync(changes, ct);
        cursor.Link = page.DeltaLink ?? page.NextLink ?? throw new InvalidOperationException("Graph returned a delta page with neither nextLink nor deltaLink.");
        cursor.IsCaughtUp |= roundComplete;
        cursor.UpdatedAt = time.GetUtcNow();
        using (SyncTracing.Phase("save")) await db.SaveChangesAsync(ct);
        using (SyncTracing.Phase("commit")) await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();

        var committed = new SyncPage(owner.OwnerId, cursor.Stream, page.Count, roundComplete) { NewestReceived = page.Messages?.Max(m => m.ReceivedDateTime) };
        foreach (var observer in observers) observer.PageCommitted(committed);
        if (page.Messages is not null) await statistics.CatchUpAsync(_stored += page.Count, ct);
        return roundComplete;
    }

    /// <summary>Stores a page of the folder tree and the next link together; true when the round is complete.</summary>
    private async Task<bool> CommitFoldersAsync(OwnerContext owner, SyncCursor cursor, FolderPage page, IReadOnlyDictionary<string, string> wellKnown, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await folders.ApplyAsync(owner, page.Folders, fromScratch: cursor.Link is null, wellKnown, ct);
        cursor.Link = page.DeltaLink ?? page.NextLink ?? throw new InvalidOperationException("Graph returned a folder delta page with neither nextLink nor deltaLink.");
        cursor.IsCaughtUp |= page.DeltaLink is not null;
        cursor.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return page.DeltaLink is not null;
    }

    // A folder deleted, hidden, moved under Junk, or no longer read by the tenant's settings: its
    // cursor goes, and its messages are marked, so they are deleted unless another folder has them.
    private async Task StopReadingAsync(OwnerContext owner, IReadOnlyList<string> read, CancellationToken ct)
    {
        var keep = read.Append(MailFolderTree.Stream).Append(Calendar).ToList();
        var stopped = await db.SyncCursors.Where(c => !keep.Contains(c.Stream)).ToListAsync(ct);
        if (stopped.Count == 0) return;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var cursor in stopped) await messages.MarkFolderRemovedAsync(cursor.Stream, ct);
        db.SyncCursors.RemoveRange(stopped);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        logger.LogInformation("Stopped reading {Count} folders of {Owner}'s mailbox", stopped.Count, owner.Email);
    }

    // Once every folder has been read: what no folder holds any more is gone from the mailbox.
    private async Task PurgeAsync(OwnerContext owner, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var changes = new MailboxChanges(owner);
        await messages.PurgeRemovedAsync(changes, ct);
        // The round's end: every figure held back during it catches up here.
        changes.FiguresDue = [.. changes.TouchedContacts.Union(await figures.AllAsync(ct))];
        await hooks.PageCommittingAsync(changes, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
    }

    // After a full round, anything stored from an earlier generation no longer exists in Graph.
    private async Task SweepAsync(SyncCursor cursor, HashSet<long> touched, CancellationToken ct)
    {
        if (cursor.Stream == Calendar)
        {
            var stale = await db.Meetings.Where(m => m.SeenGeneration < cursor.Generation).Select(m => m.GraphId).ToListAsync(ct);
            await meetings.RemoveAsync(stale, touched, ct);
            return;
        }
        var staleCopies = await db.MessageCopies
            .Where(c => c.Folder == cursor.Stream && c.SeenGeneration < cursor.Generation)
            .Select(c => c.GraphId).ToListAsync(ct);
        await messages.MarkRemovedAsync(cursor.Stream, staleCopies, ct);
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
