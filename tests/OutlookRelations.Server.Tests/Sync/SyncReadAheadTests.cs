using OutlookRelations.Server.Mailboxes;

namespace OutlookRelations.Server.Tests.Sync;

/// <summary>
/// Issue 17: a first sync keeps up with Graph by fetching and preparing the next page on another
/// thread while the page before commits, and stores exactly what it stored before.
/// </summary>
public sealed class SyncReadAheadTests
{
    /// <summary>While a full page commits, waits (a little) for the page after it to have been prepared.</summary>
    private sealed class ReadAheadProbe : ISyncHook
    {
        private int _prepared, _committed;
        public SyncHookStage Stage => SyncHookStage.Other;
        public List<(int Messages, bool NextPreparedDuringCommit)> Pages { get; } = [];

        public Task PrepareAsync(PreparedPage page, CancellationToken ct)
        {
            Interlocked.Increment(ref _prepared);
            return Task.CompletedTask;
        }

        public async Task PageCommittingAsync(MailboxChanges changes, CancellationToken ct)
        {
            if (changes.Prepared is null) return; // the calendar's pages and the sweeps are not prepared
            var committing = ++_committed;
            // Read one page ahead, the page after this one is prepared before this one commits. Read
            // after, it cannot be: this transaction is still open.
            var deadline = DateTime.UtcNow.AddSeconds(2);
            if (changes.Prepared.Messages.Count == 100)
                while (Volatile.Read(ref _prepared) <= committing && DateTime.UtcNow < deadline) await Task.Delay(10, ct);
            Pages.Add((changes.Prepared.Messages.Count, Volatile.Read(ref _prepared) > committing));
        }
    }

    [Fact]
    public async Task The_next_page_is_asked_for_while_the_one_before_commits_and_every_message_was_read_ahead()
    {
        var store = new EmulatorStore();
        MailboxBuilder.Fill(MailboxBuilder.AddUser(store, "ana"), 350, contacts: 20);
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        var probe = new ReadAheadProbe();
        await using var app = new RelationsApp(emulator, services => services.AddSingleton<ISyncHook>(probe));
        var owner = (await app.ImportDirectoryAsync()).Single();

        await app.SyncAsync(owner);

        // A full page may be a folder's last; the ones with a page after them saw it prepared during their commit.
        Assert.Contains(probe.Pages, p => p.NextPreparedDuringCommit);
        Assert.Equal(350, probe.Pages.Sum(p => p.Messages));
        Assert.Equal(350, await app.ReadAsAsync(owner, db => db.Interactions.CountAsync()));
    }
}
