using OutlookRelations.GraphEmulator.Sources;
using OutlookRelations.Testing;
using Xunit.Abstractions;

namespace OutlookRelations.Server.Tests.Sync;

/// <summary>Real mail: the Enron maildir subset, served by the emulator, synced through the SDK.</summary>
public sealed class EnronSyncTests(ITestOutputHelper output)
{
    private const string Maildir = "enron/maildir";

    [SharedDataFact(Maildir)]
    public async Task Every_Enron_mailbox_stores_exactly_the_distinct_messages_of_its_inbox_and_sent_items()
    {
        var store = new EmulatorStore();
        var root = SharedData.PathTo(Maildir)!;
        var mailboxes = MaildirLoader.LoadAll(store, root);
        // Counted on disk, independently of the loader: every file of a mapped folder must be served.
        var files = Directory.EnumerateDirectories(root)
            .SelectMany(user => MaildirLoader.MappedFolders.Select(f => Path.Combine(user, f)).Where(Directory.Exists))
            .Sum(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Count());
        Assert.Equal(files, mailboxes.Sum(m => m.Inbox.Count + m.SentItems.Count));
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        await using var app = new RelationsApp(emulator, settings: new Dictionary<string, string?> { ["Graph:PageSize"] = "250" });
        var owners = await app.ImportDirectoryAsync();
        Assert.Equal(mailboxes.Count, owners.Count);

        foreach (var owner in owners)
        {
            await app.SyncAsync(owner);
            var expected = store.Get(owner.GraphUserId).DistinctInternetMessageIds().Order(StringComparer.Ordinal).ToList();
            var stored = await app.ReadAsAsync(owner, async db =>
                (await db.Interactions.Select(i => i.InternetMessageId).ToListAsync()).Order(StringComparer.Ordinal).ToList());
            output.WriteLine($"{owner.Email}: {stored.Count} interactions ({expected.Count} distinct in Inbox + Sent Items)");
            Assert.Equal(expected, stored);
        }
    }
}
