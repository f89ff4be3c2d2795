using OutlookRelations.GraphEmulator.Model;

using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Tests.Sync;

/// <summary>Every folder a person files mail in, through the real SDK against the emulator's folders.</summary>
public sealed class FolderSyncTests
{
    private static readonly EmailAddress Carla = new("Carla Ruiz", "carla@contoso.example");

    private static EmulatedMessage From(Mailbox mailbox, string key, int hours) =>
        MailboxBuilder.Message(mailbox, key, Carla, new EmailAddress("ana", mailbox.User.Mail), MailboxBuilder.Start.AddHours(hours));

    private static Task<List<string>> StoredAsync(RelationsApp app, MailboxOwner owner) =>
        app.ReadAsAsync(owner, async db => (await db.Interactions.Select(i => i.InternetMessageId).ToListAsync()).Order(StringComparer.Ordinal).ToList());

    private static string Id(Mailbox mailbox, string key) => $"<{key}.{mailbox.User.Id}@test.example>";

    [Fact]
    public async Task Sync_reads_filed_and_deleted_mail_in_every_folder_but_never_junk_drafts_outbox_conversation_history_or_hidden_ones()
    {
        var store = new EmulatorStore();
        var mailbox = MailboxBuilder.AddUser(store, "ana");
        var project = mailbox.AddFolder("Project X", "inbox");
        var archive = mailbox.AddFolder("2001", project.Id);
        var hidden = mailbox.AddFolder("Sync state", isHidden: true);
        var underJunk = mailbox.AddFolder("Quarantine", "junkemail");
        mailbox.Inbox.Upsert(From(mailbox, "inbox", 1));
        mailbox.Folder(project.Id)!.Upsert(From(mailbox, "project", 2));
        mailbox.Folder(archive.Id)!.Upsert(From(mailbox, "archived", 3));
        mailbox.DeletedItems.Upsert(From(mailbox, "deleted", 4));
        foreach (var (folder, key) in new[] { ("junkemail", "junk"), ("drafts", "draft"), ("outbox", "outbox"), ("conversationhistory", "chat"), (hidden.Id, "hidden"), (underJunk.Id, "quarantined") })
            mailbox.Folder(folder)!.Upsert(From(mailbox, key, 5));
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        await using var app = new RelationsApp(emulator);
        var owner = (await app.ImportDirectoryAsync()).Single();

        await app.SyncAsync(owner);

        Assert.Equal(new[] { "archived", "deleted", "inbox", "project" }.Select(k => Id(mailbox, k)).Order(StringComparer.Ordinal), await StoredAsync(app, owner));
        Assert.Equal(mailbox.DistinctInternetMessageIds().Order(StringComparer.Ordinal), await StoredAsync(app, owner));
        var carla = await app.ReadAsAsync(owner, db => db.Contacts.SingleAsync());
        Assert.Equal(4, carla.MessagesFromContact);
    }

    [Fact]
    public async Task Folders_created_renamed_and_deleted_between_rounds_are_picked_up_and_a_move_changes_nothing_stored()
    {
        var store = new EmulatorStore();
        var mailbox = MailboxBuilder.AddUser(store, "ana");
        MailboxBuilder.Fill(mailbox, 40);
        var deals = mailbox.AddFolder("Deals");
        mailbox.Folder(deals.Id)!.Upsert(From(mailbox, "deal", 1));
        var doomed = mailbox.AddFolder("Old stuff");
        mailbox.Folder(doomed.Id)!.Upsert(From(mailbox, "old", 2));
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        await using var app = new RelationsApp(emulator);
        var owner = (await app.ImportDirectoryAsync()).Single();
        await app.SyncAsync(owner);
        var before = await app.SnapshotAsync(owner);
        var keys = await app.ReadAsAsync(owner, db => db.Interactions.ToDictionaryAsync(i => i.InternetMessageId, i => i.Id));

        // Filing: one message moves Inbox → Deals, another Deals → a new child folder; a folder is renamed.
        var filed = mailbox.Inbox.Live().OrderBy(m => m.Id, StringComparer.Ordinal).First();
        mailbox.MoveMessage(filed.Id, deals.Id);
        var child = mailbox.AddFolder("Closed", deals.Id);
        mailbox.MoveMessage(StableId(mailbox, "deal"), child.Id);
        mailbox.RenameFolder(deals.Id, "Deals 2026");
        await app.SyncAsync(owner);

        (await app.SnapshotAsync(owner)).AssertSameAs(before);
        Assert.Equal(keys, await app.ReadAsAsync(owner, db => db.Interactions.ToDictionaryAsync(i => i.InternetMessageId, i => i.Id)));

        // A new folder's mail arrives; a deleted folder's mail goes.
        var fresh = mailbox.AddFolder("New customers");
        mailbox.Folder(fresh.Id)!.Upsert(From(mailbox, "fresh", 9));
        mailbox.DeleteFolder(doomed.Id);
        await app.SyncAsync(owner);

        var stored = await StoredAsync(app, owner);
        Assert.Contains(Id(mailbox, "fresh"), stored);
        Assert.DoesNotContain(Id(mailbox, "old"), stored);
        Assert.Equal(mailbox.DistinctInternetMessageIds().Order(StringComparer.Ordinal), stored);
    }

    [Fact]
    public async Task A_tenant_that_turns_Deleted_Items_off_keeps_none_of_its_mail_and_a_message_deleted_everywhere_goes()
    {
        var store = new EmulatorStore();
        var mailbox = MailboxBuilder.AddUser(store, "ana");
        mailbox.Inbox.Upsert(From(mailbox, "kept", 1));
        mailbox.Inbox.Upsert(From(mailbox, "binned", 2));
        mailbox.Inbox.Upsert(From(mailbox, "gone", 3));
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        await using var app = new RelationsApp(emulator);
        var owner = (await app.ImportDirectoryAsync()).Single();
        await app.SyncAsync(owner);

        mailbox.MoveMessage(StableId(mailbox, "binned"), "deleteditems");
        mailbox.Inbox.Remove(StableId(mailbox, "gone"));
        await app.SyncAsync(owner);
        Assert.Equal([Id(mailbox, "binned"), Id(mailbox, "kept")], await StoredAsync(app, owner));

        await app.ReadAsAsync(owner, async db =>
        {
            db.TenantSettings.Add(new TenantSettings { TenantId = owner.TenantId, ReadDeletedItems = false });
            return await db.SaveChangesAsync();
        });
        await app.SyncAsync(owner);
        Assert.Equal([Id(mailbox, "kept")], await StoredAsync(app, owner));
        Assert.Equal(1, (await app.ReadAsAsync(owner, db => db.Contacts.SingleAsync())).MessagesFromContact);
    }

    private static string StableId(Mailbox mailbox, string key) => GraphEmulator.Sources.StableId.For("AAMkAD", mailbox.User.Id + key);
}
