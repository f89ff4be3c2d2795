using Hangfire;
using OutlookRelations.Server.Mailboxes;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Details;

/// <summary>
/// Sync's part for memory. In each page's transaction: what deleted mail alone taught is forgotten,
/// then the memory engine reads every message stored for the first time (the only time its body is
/// held), and the details are saved before the figures that count them are computed. Around the
/// sync: a mailbox with nothing stored yet is marked as read by the current engine, and one whose
/// details came from an older engine has its mail read again once it is up to date. In metadata-only
/// mode nothing is read: the mailbox is marked as read by no engine, so if the tenant turns the mode
/// off, its mail is read again for memory then.
/// </summary>
public sealed class MemoryHook(RelationsDbContext db, DetailStore details, MailRederivation rederivation, IBackgroundJobClient jobs) : ISyncHook
{
    public SyncHookStage Stage => SyncHookStage.Memory;

    // Before any mail is read, so a first sync is not followed by reading the same mail again.
    public Task MailboxStartingAsync(OwnerContext owner, CancellationToken ct) =>
        IngestPolicy.ReadsBodies(owner) ? rederivation.MarkCurrentIfEmptyAsync(owner.OwnerId, ct) : rederivation.MarkUnreadAsync(owner.OwnerId, ct);

    // The engine's reading needs no database: it is done ahead, while the page before commits.
    public Task PrepareAsync(PreparedPage page, CancellationToken ct)
    {
        var found = new Dictionary<string, IReadOnlyList<OutlookRelations.Memory.Extraction.Artifact>>(StringComparer.Ordinal);
        var read = IngestPolicy.ReadsBodies(page.Owner) ? page.Messages.Values : Enumerable.Empty<PreparedMessage>();
        foreach (var message in read)
        {
            ct.ThrowIfCancellationRequested();
            found.TryAdd(message.Key, details.Extract(message.Read));
        }
        page.Keep(new ReadAhead(found));
        return Task.CompletedTask;
    }

    public async Task PageCommittingAsync(MailboxChanges changes, CancellationToken ct)
    {
        // Forgetting comes first, as it always has: a detail only a deleted message taught goes, and
        // new mail in the same page that says it again makes it anew.
        await details.ForgetAsync(changes.DeletedMessages, ct);
        if (changes.FirstStored.Count == 0 || !IngestPolicy.ReadsBodies(changes.Owner)) return;
        await details.RememberAsync(changes.Owner, changes.FirstStored, changes.People, changes.Prepared?.Kept<ReadAhead>()?.Artifacts, ct);
        // Saved now: engagement reads the details from the database in this transaction.
        await db.SaveChangesAsync(ct);
    }

    public async Task MailboxSyncedAsync(OwnerContext owner, CancellationToken ct)
    {
        if (IngestPolicy.ReadsBodies(owner) && await rederivation.IsBehindAsync(owner.OwnerId, ct))
            jobs.Enqueue<RederiveMailboxJob>(job => job.RunAsync(owner.OwnerId, CancellationToken.None));
    }
}

/// <summary>What the memory engine found in a page's messages before its transaction, by internetMessageId.</summary>
public sealed record ReadAhead(IReadOnlyDictionary<string, IReadOnlyList<OutlookRelations.Memory.Extraction.Artifact>> Artifacts);
