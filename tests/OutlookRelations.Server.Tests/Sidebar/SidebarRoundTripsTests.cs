using OutlookRelations.GraphEmulator.Model;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Tests.Sidebar;

/// <summary>
/// A compose with ten recipients must not cost ten times the database round trips: on PostgreSQL each
/// one is a wait for another process, and under load those waits were most of a lookup's latency.
/// </summary>
public sealed class SidebarRoundTripsTests
{
    // One batch: the contacts with their details, recent mail with the owner's replies, meetings, and
    // people at their organisations (CardSql). Sign-in adds none once the owner is remembered (OwnerSignIns).
    private const int RoundTripsPerLookup = 1;

    [Fact]
    public async Task A_lookup_makes_the_same_few_round_trips_for_one_recipient_or_many()
    {
        var store = new EmulatorStore();
        var ana = MailboxBuilder.AddUser(store, "ana");
        var me = new EmailAddress("Ana", ana.User.Mail);
        var people = Enumerable.Range(0, 6).Select(i => new EmailAddress($"Person {i}", $"person{i}@contoso.example")).ToList();
        foreach (var (person, i) in people.Select((p, i) => (p, i)))
        {
            ana.Inbox.Upsert(MailboxBuilder.Message(ana, $"in{i}", person, me, TestClock.Origin.AddDays(-i - 1), $"Question {i}", $"thread{i}", "Could you call me?"));
            ana.SentItems.Upsert(MailboxBuilder.Message(ana, $"out{i}", me, person, TestClock.Origin.AddDays(-i - 20), $"Offer {i}", $"offer{i}"));
        }
        ana.Calendar.Upsert(MailboxBuilder.Meeting(ana, "soon", TestClock.Origin.AddDays(3), people[0]));
        var counter = new ReaderCounter();
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        await using var app = new RelationsApp(emulator, services => services.ConfigureDbContext<SqliteRelationsDbContext>(o => o.AddInterceptors(counter)));
        foreach (var owner in await app.ImportDirectoryAsync()) await app.SyncAsync(owner);
        var client = app.ClientAs(ana.User.Mail);
        (await client.GetAsync("/api/me")).EnsureSuccessStatusCode();

        async Task<int> RoundTripsFor(IEnumerable<string> recipients)
        {
            var before = counter.Count;
            var cards = (await client.GetFromJsonAsync<JsonElement>($"/api/sidebar?recipients={string.Join(',', recipients)}")).GetProperty("cards");
            Assert.Equal(recipients.Count(), cards.GetArrayLength());
            Assert.Contains(cards.EnumerateArray(), c => c.GetProperty("awaitingReply").GetArrayLength() > 0);
            return counter.Count - before;
        }

        Assert.Equal(RoundTripsPerLookup, await RoundTripsFor([people[0].Address]));
        Assert.Equal(RoundTripsPerLookup, await RoundTripsFor([.. people.Select(p => p.Address), "stranger@nowhere.example"]));
    }
}
