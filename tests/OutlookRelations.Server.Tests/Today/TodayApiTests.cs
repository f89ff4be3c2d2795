using OutlookRelations.GraphEmulator.Model;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Tests.Today;

/// <summary>
/// GET /api/today on a hand-built mailbox: a birthday in 3 days, a trip just over, a promise due,
/// a question waiting, a relationship gone quiet, a meeting tomorrow with an outsider, and for each
/// a near miss that must not appear. Dates are relative to now.
/// </summary>
public sealed class TodayApiTests : IAsyncLifetime
{
    private const string Ana = "ana@fabrikam.example";
    private static readonly EmailAddress Me = new("Ana", Ana);
    private static readonly EmailAddress Birthday = new("Bea Lind", "bea@contoso.example");
    private static readonly EmailAddress Asker = new("Carl Ode", "carl@contoso.example");
    private static readonly EmailAddress Answered = new("Dana Ruiz", "dana@contoso.example");
    private static readonly EmailAddress Quiet = new("Quinn Archer", "quinn@tailspin.example");
    private static readonly EmailAddress Newsletter = new("Weekly Digest", "digest@news.example");
    private static readonly EmailAddress Colleague = new("Ben", "ben@fabrikam.example");
    private static readonly EmailAddress AtComcast = new("Bo Ek", "bo@comcast.example");
    private static readonly DateTimeOffset Now = TestClock.Origin;

    private GraphEmulatorServer _emulator = null!;
    private RelationsApp _app = null!;
    private Mailbox _ana = null!;
    private MailboxOwner _owner = null!;

    public async Task InitializeAsync()
    {
        var store = new EmulatorStore();
        var ana = _ana = MailboxBuilder.AddUser(store, "ana");
        void In(string key, EmailAddress from, int daysAgo, string subject, string? body = null, string? thread = null) =>
            ana.Inbox.Upsert(MailboxBuilder.Message(ana, key, from, Me, Now.AddDays(-daysAgo), subject, thread, body));
        void Out(string key, EmailAddress to, int daysAgo, string subject, string? thread = null) =>
            ana.SentItems.Upsert(MailboxBuilder.Message(ana, key, Me, to, Now.AddDays(-daysAgo), subject, thread));

        In("b1", Birthday, 20, "Hello");
        In("c1", Asker, 2, "Pilot results", "Could you send me the pilot results before Friday?", "pilot");
        In("d1", Answered, 3, "Pricing", "Could you share the new pricing sheet?", "pricing");
        Out("d2", Answered, 2, "RE: Pricing", "pricing");
        foreach (var days in (int[])[100, 90, 80, 70]) In($"q{days}", Quiet, days, $"Catch-up {days}");
        Out("q-out", Quiet, 69, "RE: Catch-up 70", "q70");
        foreach (var days in (int[])[100, 90, 80, 70]) In($"n{days}", Newsletter, days, $"Digest {days}"); // never answered: not a relationship
        In("bo1", AtComcast, 10, "Intro");
        Out("bo2", AtComcast, 9, "RE: Intro");
        var tomorrow = new DateTimeOffset(Now.UtcDateTime.Date.AddDays(1).AddHours(10), TimeSpan.Zero);
        ana.Calendar.Upsert(MailboxBuilder.Meeting(ana, "renewal", tomorrow, Asker, Colleague));
        ana.Calendar.Upsert(MailboxBuilder.Meeting(ana, "standup", tomorrow.AddHours(2), Colleague)); // colleagues only

        _emulator = await GraphEmulatorServer.StartAsync(store);
        _app = new RelationsApp(_emulator);
        _owner = Assert.Single(await _app.ImportDirectoryAsync());
        await _app.SyncAsync(_owner);

        var client = _app.ClientAs(Ana);
        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        await Remember(client, Birthday.Address, "Birthday", "birthday", today.AddDays(3));
        await Remember(client, Birthday.Address, "Trip to Cabo", "travel", today.AddDays(-2));
        await Remember(client, Asker.Address, "Will send the signed contract", "commitment", today.AddDays(1));
        await Remember(client, Asker.Address, "NBC is being bought by Comcast", "company_news", null);
        var dismissed = await Remember(client, Answered.Address, "Birthday", "birthday", today.AddDays(2));
        (await client.PostAsync($"/api/details/{dismissed}/dismiss", null)).EnsureSuccessStatusCode();
    }

    private static async Task<long> Remember(HttpClient client, string email, string text, string kind, DateOnly? date)
    {
        var response = await client.PostAsJsonAsync($"/api/contacts/{email}/details", new { text, kind, date });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    private static List<(string Email, string Text)> Items(JsonElement today, string list) =>
        [.. today.GetProperty(list).EnumerateArray().Select(i => (i.GetProperty("email").GetString()!, i.GetProperty("text").GetString()!))];

    [Fact]
    public async Task Today_lists_who_is_worth_a_note_and_what_to_say_and_leaves_out_what_was_dismissed_or_answered()
    {
        var today = await _app.ClientAs(Ana).GetFromJsonAsync<JsonElement>("/api/today");

        var dates = Items(today, "dates");
        var birthday = Assert.Single(dates);
        Assert.Equal(Birthday.Address, birthday.Email);
        Assert.StartsWith("Wish Bea a happy birthday on ", birthday.Text);
        Assert.EndsWith("(in 3 days).", birthday.Text);

        Assert.Equal([(Birthday.Address, "Ask Bea how it went: “Trip to Cabo” (2 days ago).")], Items(today, "justOver"));
        Assert.Equal([(Asker.Address, "Carl promised you: “Will send the signed contract” (due tomorrow).")], Items(today, "promisesDue"));

        var owed = Assert.Single(Items(today, "repliesOwed")); // Dana's question was answered
        Assert.Equal(Asker.Address, owed.Email);
        Assert.Contains("“Could you send me the pilot results before Friday?”", owed.Text, StringComparison.Ordinal);

        var quiet = Assert.Single(Items(today, "goneQuiet")); // the newsletter never wrote back and forth
        Assert.Equal(Quiet.Address, quiet.Email);
        Assert.StartsWith("It has been 2 months — longer than usual.", quiet.Text);

        var meeting = Assert.Single(today.GetProperty("tomorrowsMeetings").EnumerateArray()); // the colleagues-only stand-up is not listed
        Assert.Equal("Meeting renewal", meeting.GetProperty("subject").GetString());
        Assert.Equal([Asker.Address], meeting.GetProperty("outsiders").EnumerateArray().Select(p => p.GetProperty("email").GetString()));
    }

    [Fact]
    public async Task Company_news_from_one_contact_names_the_people_you_know_at_the_other_organisation()
    {
        var today = await _app.ClientAs(Ana).GetFromJsonAsync<JsonElement>("/api/today");

        var news = Assert.Single(today.GetProperty("news").EnumerateArray());
        Assert.Equal("Comcast", news.GetProperty("organisation").GetString());
        Assert.Equal(Asker.Address, news.GetProperty("toldByEmail").GetString());
        Assert.Equal([AtComcast.Address], news.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("email").GetString()));
        Assert.Equal("“NBC is being bought by Comcast” — you know 1 person at Comcast: Bo Ek (regular).", news.GetProperty("text").GetString());
    }

    [Fact]
    public void An_organisation_is_matched_as_whole_words_only()
    {
        Assert.True(OutlookRelations.Server.Serendipity.NewsConnections.Mentions("NBC is being bought by Comcast.", "Comcast"));
        Assert.True(OutlookRelations.Server.Serendipity.NewsConnections.Mentions("news from adventure works today", "Adventure Works"));
        Assert.False(OutlookRelations.Server.Serendipity.NewsConnections.Mentions("a Comcastic deal", "Comcast"));
        Assert.False(OutlookRelations.Server.Serendipity.NewsConnections.Mentions("HP in the news", "HP")); // too short to match safely
    }

    [Fact]
    public async Task Writing_to_a_quiet_contact_takes_them_off_the_list()
    {
        var before = await _app.ClientAs(Ana).GetFromJsonAsync<JsonElement>("/api/today");
        Assert.Contains(Items(before, "goneQuiet"), i => i.Email == Quiet.Address);

        _ana.SentItems.Upsert(MailboxBuilder.Message(_ana, "q-now", Me, Quiet, TestClock.Origin.AddMinutes(-5), "Thinking of you"));
        await _app.SyncAsync(_owner);

        var after = await _app.ClientAs(Ana).GetFromJsonAsync<JsonElement>("/api/today");
        Assert.DoesNotContain(Items(after, "goneQuiet"), i => i.Email == Quiet.Address);
    }
}
