using OutlookRelations.GraphEmulator.Sources;
using Xunit.Abstractions;

namespace OutlookRelations.Server.Tests.Sync;

/// <summary>Real mail: the Enron maildir subset, served by the emulator, synced through the SDK.</summary>
[Collection(nameof(EnronCollection))]
public sealed class EnronSyncTests(EnronFixture enron, ITestOutputHelper output)
{
    [SharedDataFact(EnronFixture.Maildir)]
    public async Task Every_Enron_mailbox_stores_exactly_the_distinct_messages_of_every_folder_it_reads()
    {
        var root = enron.Root!;
        // Counted on disk, independently of the loader: every file of a mapped folder must be served.
        var files = Directory.EnumerateDirectories(root)
            .SelectMany(user => MaildirLoader.MappedFolders.Select(f => Path.Combine(user, f)).Where(Directory.Exists))
            .Sum(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Count());
        Assert.Equal(files, enron.Mailboxes.Sum(m => m.Inbox.Count + m.SentItems.Count));
        Assert.Equal(enron.Mailboxes.Count, enron.Owners.Count);
        output.WriteLine($"Synced {enron.Owners.Count} mailboxes in {enron.SyncTime.TotalSeconds:F0} s");

        foreach (var owner in enron.Owners)
        {
            var mailbox = enron.Store.Get(owner.GraphUserId);
            var expected = mailbox.DistinctInternetMessageIds().Order(StringComparer.Ordinal).ToList();
            var stored = await enron.App.ReadAsAsync(owner, async db =>
                (await db.Interactions.Select(i => i.InternetMessageId).ToListAsync()).Order(StringComparer.Ordinal).ToList());
            output.WriteLine($"{owner.Email}: {stored.Count} interactions ({expected.Count} distinct in the {mailbox.CorrespondenceFolders().Count} folders read)");
            Assert.Equal(expected, stored);
        }
    }
}
