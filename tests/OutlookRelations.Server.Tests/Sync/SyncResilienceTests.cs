using OutlookRelations.Server.Sync;

namespace OutlookRelations.Server.Tests.Sync;

/// <summary>Throttling, lost sync state and crashes all end with the data a clean run stores.</summary>
public sealed class SyncResilienceTests
{
    private static async Task<(EmulatorStore Store, GraphEmulatorServer Emulator)> MailboxAsync(int messages = 900)
    {
        var store = new EmulatorStore();
        var mailbox = MailboxBuilder.AddUser(store, "ana");
        MailboxBuilder.Fill(mailbox, messages, contacts: 30);
        for (var i = 0; i < 30; i++)
            mailbox.Calendar.Upsert(MailboxBuilder.Meeting(mailbox, $"meet{i}", TestClock.Origin.AddDays(-i * 5), MailboxBuilder.Contact(i % 10)));
        return (store, await GraphEmulatorServer.StartAsync(store));
    }

    private static async Task<StoredMailbox> CleanRunAsync(GraphEmulatorServer emulator)
    {
        await using var app = new RelationsApp(emulator);
        var owner = (await app.ImportDirectoryAsync()).Single();
        await app.SyncAsync(owner);
        return await app.SnapshotAsync(owner);
    }

    [Fact]
    public async Task A_throttling_burst_longer_than_the_SDK_retries_ends_with_the_same_data_as_a_clean_run()
    {
        var (_, emulator) = await MailboxAsync();
        await using var _ = emulator;
        var clean = await CleanRunAsync(emulator);

        // Five 429s in a row outlast the SDK's three retries; the sync waits out Retry-After itself.
        var throttle = emulator.Faults.Add(FaultRule.Throttle(times: 5, retryAfterSeconds: 1, pathContains: "skiptoken"));
        var outage = emulator.Faults.Add(FaultRule.Unavailable(times: 2, retryAfterSeconds: 1, pathContains: "calendarView"));
        await using var app = new RelationsApp(emulator);
        var owner = (await app.ImportDirectoryAsync()).Single();
        await app.SyncAsync(owner);

        Assert.Equal(5, throttle.Fired);
        Assert.Equal(2, outage.Fired);
        (await app.SnapshotAsync(owner)).AssertSameAs(clean);
    }

    [Fact]
    public async Task Sync_state_lost_mid_round_restarts_and_ends_with_the_same_data_as_a_clean_run()
    {
        var (_, emulator) = await MailboxAsync();
        await using var _ = emulator;
        var clean = await CleanRunAsync(emulator);

        var gone = emulator.Faults.Add(FaultRule.SyncStateLost(skipFirst: 2, pathContains: "sentitems"));
        await using var app = new RelationsApp(emulator);
        var owner = (await app.ImportDirectoryAsync()).Single();
        await app.SyncAsync(owner);

        Assert.Equal(1, gone.Fired);
        (await app.SnapshotAsync(owner)).AssertSameAs(clean);
    }

    [Fact]
    public async Task Lost_sync_state_between_rounds_resyncs_and_sweeps_what_was_deleted_meanwhile()
    {
        var (store, emulator) = await MailboxAsync(300);
        await using var _ = emulator;
        await using var app = new RelationsApp(emulator);
        var owner = (await app.ImportDirectoryAsync()).Single();
        await app.SyncAsync(owner);

        var mailbox = store.Mailboxes.Single();
        foreach (var m in mailbox.Inbox.Live().Take(7)) mailbox.Inbox.Remove(m.Id);
        foreach (var e in mailbox.Calendar.Live().Take(3)) mailbox.Calendar.Remove(e.Id);
        mailbox.ResetSyncState(); // every saved deltaLink now answers 410
        await app.SyncAsync(owner);

        var snapshot = await app.SnapshotAsync(owner);
        Assert.Equal(293, snapshot.Interactions.Count);
        Assert.Equal(27, snapshot.Meetings.Count);
        snapshot.AssertSameAs(await CleanRunAsync(emulator));
    }

    [Fact]
    public async Task A_crash_after_a_page_then_resume_loses_and_duplicates_nothing()
    {
        var (_, emulator) = await MailboxAsync();
        await using var _ = emulator;
        var clean = await CleanRunAsync(emulator);
        var cleanRequests = emulator.Faults.RequestCount;

        var crash = new CrashAfterPages(3);
        await using var app = new RelationsApp(emulator, services => services.AddSingleton<ISyncObserver>(crash));
        var beforeImport = emulator.Faults.RequestCount;
        var owner = (await app.ImportDirectoryAsync()).Single();
        var importRequests = emulator.Faults.RequestCount - beforeImport; // the directory and the user's mailbox settings
        await Assert.ThrowsAsync<SimulatedCrashException>(() => app.SyncAsync(owner));
        var partial = await app.SnapshotAsync(owner);
        Assert.Equal(300, partial.Interactions.Count); // exactly the three committed pages

        var beforeResume = emulator.Faults.RequestCount;
        await app.SyncAsync(owner);

        (await app.SnapshotAsync(owner)).AssertSameAs(clean);
        // The resume continued from the saved link: three pages fewer than a whole run.
        Assert.Equal(cleanRequests - importRequests - 3, emulator.Faults.RequestCount - beforeResume);
    }
}
