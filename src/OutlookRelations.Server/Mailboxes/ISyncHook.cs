namespace OutlookRelations.Server.Mailboxes;

/// <summary>
/// A feature's part in a mailbox's sync. Features register theirs in their own AddX(); sync calls
/// every hook, ordered by <see cref="Stage"/>, and knows none of them. Every method has a default
/// that does nothing, so a hook implements only the moments it cares about.
/// </summary>
public interface ISyncHook
{
    SyncHookStage Stage => SyncHookStage.Figures;

    /// <summary>The mailbox was admitted by <see cref="IngestPolicy"/> and is about to be read.</summary>
    Task MailboxStartingAsync(OwnerContext owner, CancellationToken ct) => Task.CompletedTask;

    /// <summary>
    /// Before a page's transaction, on another thread while the page before commits: pure work on
    /// the page's messages that needs no database (the memory engine's reading), kept in the page
    /// with <see cref="PreparedPage.Keep"/>. Must not touch the database or the page's changes.
    /// </summary>
    Task PrepareAsync(PreparedPage page, CancellationToken ct) => Task.CompletedTask;

    /// <summary>
    /// Inside the transaction of a page (or of the sweep after a round, or of the owner's own
    /// addresses leaving the contacts): the rows are stored but not committed, and what a hook writes
    /// commits with them or not at all, so a crash loses nothing and leaves nothing half-derived.
    /// A hook that reads another hook's rows saves its own changes first (see <see cref="SyncHookStage"/>).
    /// </summary>
    Task PageCommittingAsync(MailboxChanges changes, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Every stream was read to its delta link and what no folder holds any more is gone.</summary>
    Task MailboxSyncedAsync(OwnerContext owner, CancellationToken ct) => Task.CompletedTask;

    /// <summary>The mailbox is not read at all (paused or out of scope).</summary>
    Task MailboxStoppedAsync(OwnerContext owner, MailboxRefusal reason, CancellationToken ct) => Task.CompletedTask;
}
