using OutlookRelations.GraphEmulator.Model;
using OutlookRelations.Server.Sidebar;

namespace OutlookRelations.Server.Tests.Sidebar;

public sealed class CardSectionsTests
{
    private static readonly EmailAddress Carla = new("Carla Reyes", "carla@adventure-works.example");
    private static readonly EmailAddress Pedro = new("Pedro Costa", "pedro@adventure-works.example");
    private static readonly EmailAddress Bob = new("Bob", "bob@elsewhere.example");

    [Fact]
    public async Task A_card_shows_threads_awaiting_a_reply_the_next_meeting_the_trend_and_people_at_their_organisation()
    {
        var now = DateTimeOffset.UtcNow;
        var store = new EmulatorStore();
        var ana = MailboxBuilder.AddUser(store, "ana");
        var me = new EmailAddress("Ana", ana.User.Mail);
        void Mail(string key, EmailAddress from, EmailAddress to, double daysAgo, string subject, string conversation, string? body = null) =>
            (from == me ? ana.SentItems : ana.Inbox).Upsert(MailboxBuilder.Message(ana, key, from, to, now.AddDays(-daysAgo), subject, conversation, body));
        Mail("p1", Carla, me, 2, "Pilot", "pilot", "Hi Ana, could you send the signed order form? Thanks.");
        Mail("r1", Carla, me, 5, "Renewal", "renewal");
        Mail("r2", me, Carla, 4, "RE: Renewal", "renewal");
        Mail("b1", Carla, me, 3, "Budget", "budget");
        Mail("b2", me, Bob, 2.5, "RE: Budget", "budget"); // answered, without Carla on it
        Mail("old1", Carla, me, 70, "Spring", "spring");
        Mail("old2", me, Carla, 100, "Winter", "winter");
        Mail("pe1", Pedro, me, 20, "Hello", "hello");
        ana.Calendar.Upsert(MailboxBuilder.Meeting(ana, "later", now.AddDays(10), Carla));
        ana.Calendar.Upsert(MailboxBuilder.Meeting(ana, "soon", now.AddDays(2), Carla));
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        await using var app = new RelationsApp(emulator);
        foreach (var owner in await app.ImportDirectoryAsync()) await app.SyncAsync(owner);

        var card = (await app.ClientAs(ana.User.Mail).GetFromJsonAsync<JsonElement>($"/api/sidebar?recipients={Carla.Address}")).GetProperty("cards")[0];

        var awaiting = Assert.Single(card.GetProperty("awaitingReply").EnumerateArray());
        Assert.Equal("Pilot", awaiting.GetProperty("subject").GetString());
        Assert.Equal("Hi Ana, could you send the signed order form?", awaiting.GetProperty("question").GetString());
        Assert.Equal("Meeting soon", card.GetProperty("nextMeeting").GetProperty("subject").GetString());
        var trend = card.GetProperty("trend").EnumerateArray().Select(t => t.GetInt32()).ToList();
        Assert.Equal(12, trend.Count);
        Assert.Equal(6, trend.Sum());
        Assert.Equal([Pedro.Address], card.GetProperty("network").EnumerateArray().Select(p => p.GetProperty("email").GetString()));
    }

    [Fact]
    public void Monthly_counts_run_oldest_first_and_ignore_anything_older_than_a_year()
    {
        var now = new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);
        var counts = CardSections.MonthlyCounts([now, now.AddDays(-1), new(2026, 10, 31, 23, 0, 0, TimeSpan.Zero), new(2025, 12, 1, 0, 0, 0, TimeSpan.Zero), new(2025, 11, 30, 0, 0, 0, TimeSpan.Zero)], now);
        Assert.Equal([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2], counts);
    }
}
