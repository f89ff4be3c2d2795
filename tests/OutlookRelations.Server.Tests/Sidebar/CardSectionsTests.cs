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
        var now = TestClock.Origin;
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
        // Carla's note to the whole floor (Ana and 14 others): a broadcast, which awaits nobody's reply.
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "all1", Carla, me, now.AddDays(-1), "Office closes at noon", "office")
            with { Cc = [.. Enumerable.Range(0, 14).Select(i => new EmailAddress($"Colleague {i}", $"colleague{i}@northwind.example"))] });
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
        Assert.Equal(7, trend.Sum());
        Assert.Equal([Pedro.Address], card.GetProperty("network").EnumerateArray().Select(p => p.GetProperty("email").GetString()));
    }

    [Fact]
    public async Task The_people_at_their_organisation_are_its_three_strongest_others_for_every_recipient_there()
    {
        var now = TestClock.Origin;
        var store = new EmulatorStore();
        var ana = MailboxBuilder.AddUser(store, "ana");
        var me = new EmailAddress("Ana", ana.User.Mail);
        // Six people at Adventure Works: person k wrote k messages, so the more mail, the stronger.
        var people = Enumerable.Range(1, 6).Select(k => new EmailAddress($"Person {k}", $"person{k}@adventure-works.example")).ToList();
        foreach (var (person, k) in people.Select((p, i) => (p, i + 1)))
            for (var m = 0; m < k; m++)
                ana.Inbox.Upsert(MailboxBuilder.Message(ana, $"{k}-{m}", person, me, now.AddDays(-1 - m), $"Note {m}", $"c{k}-{m}"));
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        await using var app = new RelationsApp(emulator);
        foreach (var owner in await app.ImportDirectoryAsync()) await app.SyncAsync(owner);

        var cards = (await app.ClientAs(ana.User.Mail).GetFromJsonAsync<JsonElement>(
            $"/api/sidebar?recipients={people[5].Address},{people[0].Address}")).GetProperty("cards").EnumerateArray().ToList();

        List<string?> Network(JsonElement card) => [.. card.GetProperty("network").EnumerateArray().Select(p => p.GetProperty("email").GetString())];
        Assert.Equal([people[4].Address, people[3].Address, people[2].Address], Network(cards[0]));  // the strongest, but not themselves
        Assert.Equal([people[5].Address, people[4].Address, people[3].Address], Network(cards[1]));
    }

    [Fact]
    public async Task A_thread_the_contact_was_only_copied_on_is_not_a_recent_subject_nor_the_topic_to_follow_up()
    {
        var now = new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
        var store = new EmulatorStore();
        var ana = MailboxBuilder.AddUser(store, "ana");
        var me = new EmailAddress("Ana", ana.User.Mail);
        ana.SentItems.Upsert(MailboxBuilder.Message(ana, "quotes", me, Carla, now.AddDays(-20), "Basis quotes", "quotes"));
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "lunch", Pedro, me, now.AddDays(-1), "Team lunch", "lunch") with { Cc = [Carla] });
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        await using var app = new RelationsApp(emulator, s => s.AddSingleton<TimeProvider>(new Microsoft.Extensions.Time.Testing.FakeTimeProvider(now)));
        var owner = (await app.ImportDirectoryAsync()).Single();
        await app.SyncAsync(owner);

        var card = (await app.ClientAs(ana.User.Mail).GetFromJsonAsync<JsonElement>($"/api/sidebar?recipients={Carla.Address}")).GetProperty("cards")[0];

        Assert.Equal(["Basis quotes"], card.GetProperty("recentSubjects").EnumerateArray().Select(r => r.GetProperty("subject").GetString()));
        var opener = card.GetProperty("opener");
        Assert.Equal("lastTopic", opener.GetProperty("reason").GetString());
        Assert.Contains("“Basis quotes”", opener.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_trend_counts_messages_per_calendar_month_oldest_first_each_message_once()
    {
        var now = new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
        var store = new EmulatorStore();
        var ana = MailboxBuilder.AddUser(store, "ana");
        var me = new EmailAddress("Ana", ana.User.Mail);
        DateTimeOffset[] sent = [now, now.AddDays(-1), new(2026, 10, 31, 23, 0, 0, TimeSpan.Zero), new(2025, 12, 1, 0, 0, 0, TimeSpan.Zero), new(2025, 11, 30, 23, 59, 0, TimeSpan.Zero)];
        for (var i = 0; i < sent.Length; i++) ana.Inbox.Upsert(MailboxBuilder.Message(ana, $"t{i}", Carla, me, sent[i]));
        // Carla on one message twice (To and Cc): one message.
        ana.SentItems.Upsert(MailboxBuilder.Message(ana, "twice", me, Carla, now.AddDays(-2)) with { Cc = [Carla] });
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        await using var app = new RelationsApp(emulator, s => s.AddSingleton<TimeProvider>(new Microsoft.Extensions.Time.Testing.FakeTimeProvider(now)));
        var owner = (await app.ImportDirectoryAsync()).Single();
        await app.SyncAsync(owner);

        var card = (await app.ClientAs(ana.User.Mail).GetFromJsonAsync<JsonElement>($"/api/sidebar?recipients={Carla.Address}")).GetProperty("cards")[0];

        Assert.Equal([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3], card.GetProperty("trend").EnumerateArray().Select(t => t.GetInt32()));
        // Contacts stored before monthly counts were kept get the same trend, counted from their mail.
        await app.ReadAsAsync(owner, db => db.Contacts.ExecuteUpdateAsync(c => c.SetProperty(x => x.MessagesByMonth, (string?)null)));
        var counted = (await app.ClientAs(ana.User.Mail).GetFromJsonAsync<JsonElement>($"/api/sidebar?recipients={Carla.Address}")).GetProperty("cards")[0];
        Assert.Equal(card.GetProperty("trend").ToString(), counted.GetProperty("trend").ToString());
        // Newest first, whatever Carla's role on each.
        Assert.Equal(["Subject t0", "Subject t1", "Subject twice"], card.GetProperty("recentSubjects").EnumerateArray().Select(r => r.GetProperty("subject").GetString()));
    }

    [Fact]
    public void Month_starts_run_from_eleven_months_back_to_the_start_of_next_month()
    {
        var starts = OutlookRelations.Server.Contacts.MonthlyMessages.MonthStarts(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(13, starts.Length);
        Assert.Equal(new DateTimeOffset(2025, 12, 1, 0, 0, 0, TimeSpan.Zero), starts[0]);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), starts[12]);
    }
}
