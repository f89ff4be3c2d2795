namespace OutlookRelations.Server.Tests.Sync;

/// <summary>Delta sync through the real Graph SDK against the emulator over HTTP.</summary>
public sealed class DeltaSyncTests
{
    [Fact]
    public async Task Initial_sync_of_a_large_mailbox_lands_every_message_across_pages()
    {
        var store = new EmulatorStore();
        var mailbox = MailboxBuilder.AddUser(store, "ana");
        MailboxBuilder.Fill(mailbox, 2400, contacts: 60);
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        await using var app = new RelationsApp(emulator);
        var owner = (await app.ImportDirectoryAsync()).Single();

        await app.SyncAsync(owner);

        var (interactions, copies, contacts, sent, received) = await app.ReadAsAsync(owner, async db => (
            await db.Interactions.CountAsync(), await db.MessageCopies.CountAsync(), await db.Contacts.CountAsync(),
            await db.Contacts.SumAsync(c => c.MessagesToContact), await db.Contacts.SumAsync(c => c.MessagesFromContact)));
        Assert.Equal(2400, interactions);
        Assert.Equal(2400, copies);
        Assert.Equal(60, contacts);
        Assert.Equal(1200, sent);
        Assert.Equal(1200, received);
        // 1,200 per folder at 100 a page is 12 pages each: the sync really paged.
        Assert.True(emulator.Faults.RequestCount >= 24, $"expected paging, saw {emulator.Faults.RequestCount} requests");
    }

    [Fact]
    public async Task Second_sync_applies_exactly_the_added_changed_and_deleted_messages()
    {
        var store = new EmulatorStore();
        var mailbox = MailboxBuilder.AddUser(store, "ana");
        MailboxBuilder.Fill(mailbox, 300);
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        await using var app = new RelationsApp(emulator);
        var owner = (await app.ImportDirectoryAsync()).Single();
        await app.SyncAsync(owner);

        var inbox = mailbox.Inbox.Live().OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
        foreach (var gone in inbox.Take(4)) mailbox.Inbox.Remove(gone.Id);
        foreach (var changed in inbox.Skip(10).Take(3)) mailbox.Inbox.Upsert(changed with { Subject = "Changed " + changed.Subject, ChangeKey = 1 });
        var newcomer = MailboxBuilder.Contact(999);
        var me = new OutlookRelations.GraphEmulator.Model.EmailAddress("ana", mailbox.User.Mail);
        for (var i = 0; i < 5; i++)
            mailbox.Inbox.Upsert(MailboxBuilder.Message(mailbox, $"new{i}", newcomer, me, MailboxBuilder.Start.AddDays(60 + i)));
        var before = emulator.Faults.RequestCount;

        await app.SyncAsync(owner);

        var expected = mailbox.Inbox.Live().Concat(mailbox.SentItems.Live())
            .Select(m => m.InternetMessageId + "|" + m.Subject).Order(StringComparer.Ordinal).ToList();
        var stored = await app.ReadAsAsync(owner, async db =>
            (await db.Interactions.Select(i => i.InternetMessageId + "|" + i.Subject).ToListAsync()).Order(StringComparer.Ordinal).ToList());
        Assert.Equal(expected, stored);
        Assert.Equal(301, stored.Count);
        var newContact = await app.ReadAsAsync(owner, db => db.Contacts.SingleAsync(c => c.Email == newcomer.Address));
        Assert.Equal(5, newContact.MessagesFromContact);
        // The second sync did not re-read the mailbox: one request for the folder tree (with the
        // well-known folders and sync health's question for the Inbox's newest message), and one
        // $batch holding one delta call per stream.
        Assert.Equal(2, emulator.Faults.RequestCount - before);
    }

    [Fact]
    public async Task Sync_healths_question_for_the_newest_inbox_message_rides_in_the_opening_batch_and_is_asked_alone_when_it_fails_there()
    {
        var store = new EmulatorStore();
        var mailbox = MailboxBuilder.AddUser(store, "ana");
        MailboxBuilder.Fill(mailbox, 40);
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        await using var app = new RelationsApp(emulator);
        var owner = (await app.ImportDirectoryAsync()).Single();
        await app.SyncAsync(owner);
        var newest = mailbox.Inbox.Live().Max(m => m.ReceivedDateTime);
        Task<DateTimeOffset?> AskedAsync() => app.ReadAsAsync(owner, db => db.SyncRounds.OrderByDescending(r => r.Id).Select(r => r.NewestInGraphAt).FirstAsync());
        Assert.Equal(newest, await AskedAsync());

        // Inside the batch the question is throttled once: it goes again on its own, and the round still knows the answer.
        var me = new OutlookRelations.GraphEmulator.Model.EmailAddress("ana", mailbox.User.Mail);
        mailbox.Inbox.Upsert(MailboxBuilder.Message(mailbox, "late", MailboxBuilder.Contact(1), me, MailboxBuilder.Start.AddDays(400)));
        var throttled = emulator.Faults.Add(FaultRule.Throttle(times: 1, pathContains: "orderby"));
        var before = emulator.Faults.RequestCount;

        await app.SyncAsync(owner);

        Assert.Equal(1, throttled.Fired);
        Assert.Equal(MailboxBuilder.Start.AddDays(400), await AskedAsync());
        Assert.Equal(3, emulator.Faults.RequestCount - before); // the opening batch, the question alone, the deltas' batch
    }

    [Fact]
    public async Task Same_message_in_two_folders_and_replayed_in_delta_is_stored_once()
    {
        var store = new EmulatorStore();
        var mailbox = MailboxBuilder.AddUser(store, "ana");
        MailboxBuilder.Fill(mailbox, 50);
        var me = new OutlookRelations.GraphEmulator.Model.EmailAddress("ana", mailbox.User.Mail);
        // Mail to yourself lands in Sent Items and Inbox: two Graph ids, one internetMessageId.
        var self = MailboxBuilder.Message(mailbox, "self", me, me, MailboxBuilder.Start);
        mailbox.SentItems.Upsert(self);
        mailbox.Inbox.Upsert(self with { Id = self.Id + "-inbox" });
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        await using var app = new RelationsApp(emulator);
        var owner = (await app.ImportDirectoryAsync()).Single();
        await app.SyncAsync(owner);

        // Graph may hand the same items out again: touch every message so the next round replays all.
        foreach (var m in mailbox.Inbox.Live()) mailbox.Inbox.Upsert(m);
        foreach (var m in mailbox.SentItems.Live()) mailbox.SentItems.Upsert(m);
        await app.SyncAsync(owner);

        var (interactions, copies, selfCopies) = await app.ReadAsAsync(owner, async db => (
            await db.Interactions.CountAsync(), await db.MessageCopies.CountAsync(),
            await db.Interactions.Where(i => i.InternetMessageId == self.InternetMessageId).Select(i => i.Copies.Count).SingleAsync()));
        Assert.Equal(51, interactions);
        Assert.Equal(52, copies);
        Assert.Equal(2, selfCopies);
        var first = await app.SnapshotAsync(owner);
        Assert.Equal(50, first.Contacts.Select(c => c.Split('|')).Sum(c => int.Parse(c[1]) + int.Parse(c[2])));
    }

    [Fact]
    public async Task Deleting_the_last_copy_removes_the_interaction_and_updates_the_contact()
    {
        var store = new EmulatorStore();
        var mailbox = MailboxBuilder.AddUser(store, "ana");
        // With 3 contacts and alternating direction, contact 1 writes messages 1, 7, 13, 19 and gets 4, 10, 16.
        MailboxBuilder.Fill(mailbox, 20, contacts: 3);
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        await using var app = new RelationsApp(emulator);
        var owner = (await app.ImportDirectoryAsync()).Single();
        await app.SyncAsync(owner);

        foreach (var m in mailbox.Inbox.Live().Where(m => m.From.Address == MailboxBuilder.Contact(1).Address)) mailbox.Inbox.Remove(m.Id);
        await app.SyncAsync(owner);

        var contact = await app.ReadAsAsync(owner, db => db.Contacts.SingleAsync(c => c.Email == MailboxBuilder.Contact(1).Address));
        Assert.Equal(0, contact.MessagesFromContact);
        Assert.Equal(3, contact.MessagesToContact);
        Assert.Equal(16, await app.ReadAsAsync(owner, db => db.Interactions.CountAsync()));
    }
}
