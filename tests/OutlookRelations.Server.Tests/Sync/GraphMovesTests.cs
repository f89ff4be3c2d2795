using OutlookRelations.Server.GraphAccess;
using OutlookRelations.Server.Storage;
using OutlookRelations.Server.Sync;

namespace OutlookRelations.Server.Tests.Sync;

/// <summary>
/// Issue 15: saved delta links held Graph's absolute URL, so when Graph's base URL changed (the demo
/// emulator's port after a restart, a proxy, a national cloud) the mailbox failed and could not
/// recover. A sync stopped under one base URL finishes under another, with nothing lost or duplicated.
/// </summary>
public sealed class GraphMovesTests
{
    private static EmulatorStore Mailbox()
    {
        var store = new EmulatorStore();
        var mailbox = MailboxBuilder.AddUser(store, "ana");
        MailboxBuilder.Fill(mailbox, 900, contacts: 30);
        for (var i = 0; i < 30; i++)
            mailbox.Calendar.Upsert(MailboxBuilder.Meeting(mailbox, $"meet{i}", TestClock.Origin.AddDays(-i * 5), MailboxBuilder.Contact(i % 10)));
        return store;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_sync_stopped_under_one_Graph_base_url_resumes_under_another_with_nothing_lost_or_duplicated(bool linksStoredAbsolute)
    {
        var store = Mailbox();
        StoredMailbox clean;
        await using (var reference = await GraphEmulatorServer.StartAsync(store))
        await using (var app = new RelationsApp(reference))
        {
            var only = (await app.ImportDirectoryAsync()).Single();
            await app.SyncAsync(only);
            clean = await app.SnapshotAsync(only);
        }
        var database = Path.Combine(Path.GetTempPath(), $"graph-moves-{Guid.NewGuid():N}.db");
        var settings = new Dictionary<string, string?> { ["Storage:ConnectionString"] = $"Data Source={database}" };
        MailboxOwner owner;

        // First life: three pages committed, then the process dies; Graph then moves to another port.
        await using (var before = await GraphEmulatorServer.StartAsync(store))
        {
            var crash = new CrashAfterPages(3);
            await using var app = new RelationsApp(before, services => services.AddSingleton<ISyncObserver>(crash), settings);
            owner = (await app.ImportDirectoryAsync()).Single();
            await Assert.ThrowsAsync<SimulatedCrashException>(() => app.SyncAsync(owner));
            var cursors = await app.ReadAsAsync(owner, db => db.SyncCursors.Where(c => c.Link != null).ToListAsync());
            Assert.NotEmpty(cursors);
            Assert.All(cursors, c => Assert.DoesNotContain("://", c.Link));
            if (linksStoredAbsolute)
            {
                // As versions before this fix stored them: the whole URL, naming the old host and port.
                await app.ReadAsAsync(owner, async db =>
                {
                    foreach (var cursor in await db.SyncCursors.Where(c => c.Link != null).ToListAsync()) cursor.Link = $"{before.GraphBaseUrl}/{cursor.Link}";
                    return await db.SaveChangesAsync();
                });
            }
        }

        // Second life, on the same database, with Graph somewhere else.
        await using var after = await GraphEmulatorServer.StartAsync(store);
        await using (var app = new RelationsApp(after, settings: settings))
        {
            await app.SyncAsync(owner);
            (await app.SnapshotAsync(owner)).AssertSameAs(clean);
            // And the next round (by the deltaLink) works there too, finding nothing new.
            await app.SyncAsync(owner);
            (await app.SnapshotAsync(owner)).AssertSameAs(clean);
        }
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(database + suffix);
    }

    [Theory]
    [InlineData("https://graph.microsoft.com/v1.0/users/a/messages/delta?$deltatoken=x%2By", "https://graph.microsoft.com/v1.0", "users/a/messages/delta?$deltatoken=x%2By")]
    [InlineData("http://127.0.0.1:5123/v1.0/users/a/delta?$skiptoken=abc", "http://127.0.0.1:5123/v1.0/", "users/a/delta?$skiptoken=abc")]
    [InlineData("https://proxy.contoso.example/graph/v1.0/users/a/delta?$skiptoken=abc", "https://graph.microsoft.com/v1.0", "users/a/delta?$skiptoken=abc")]
    [InlineData("https://graph.microsoft.us/beta/users/a/delta?$deltatoken=z", "https://graph.microsoft.com/v1.0", "users/a/delta?$deltatoken=z")]
    public void Links_are_stored_relative_to_the_version_segment(string link, string baseUrl, string stored)
    {
        Assert.Equal(stored, GraphLinks.ToStored(link, baseUrl));
        Assert.Equal($"https://graph.example/v1.0/{stored}", GraphLinks.Resolve(stored, "https://graph.example/v1.0"));
        // An absolute link saved by an earlier version follows Graph to its new base URL too.
        Assert.Equal($"https://graph.example/v1.0/{stored}", GraphLinks.Resolve(link, "https://graph.example/v1.0/"));
    }
}
