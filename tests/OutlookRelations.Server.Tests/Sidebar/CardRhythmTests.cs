using OutlookRelations.GraphEmulator.Model;
using OutlookRelations.Server.Engagement;
using OutlookRelations.Server.Sidebar;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Tests.Sidebar;

/// <summary>
/// What a card says about how the relationship is going, its opener, and mentions merged, through
/// the API on a synced mailbox. Dates are relative to now: the card reads the last year.
/// </summary>
public sealed class CardRhythmTests : IAsyncLifetime
{
    private const string Ana = "ana@fabrikam.example";
    private static readonly EmailAddress Quiet = new("Quinn Archer", "quinn@tailspin.example");
    private static readonly EmailAddress Regular = new("Rosa Diaz", "rosa@contoso.example");
    private static readonly EmailAddress Daily = new("Dana Wu", "dana@northwind.example");
    private static readonly EmailAddress Tangled = new("Tess Ng", "tess@fabrikam-partners.example");
    private static readonly EmailAddress Bob = new("Bob Hale", "bob@fabrikam-partners.example");
    private static readonly DateTimeOffset Now = TestClock.Origin;

    private GraphEmulatorServer _emulator = null!;
    private RelationsApp _app = null!;
    private MailboxOwner _ana = null!;

    public async Task InitializeAsync()
    {
        var store = new EmulatorStore();
        var ana = MailboxBuilder.AddUser(store, "ana");
        var me = new EmailAddress("Ana", Ana);
        // Quinn: every 10 days, then nothing for 70 (three usual gaps is 30 days: quiet).
        foreach (var days in (int[])[100, 90, 80, 70])
            ana.Inbox.Upsert(MailboxBuilder.Message(ana, $"q{days}", Quiet, me, Now.AddDays(-days), $"Catch-up {days}"));
        ana.SentItems.Upsert(MailboxBuilder.Message(ana, "q-out", me, Quiet, Now.AddDays(-69), "RE: Catch-up 70", conversation: "q70"));
        // Rosa: every 10 days up to 5 days ago: not quiet. She starts two threads, Ana one.
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "r1", Regular, me, Now.AddDays(-25), "Plan"));
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "r2", Regular, me, Now.AddDays(-15), "Budget"));
        ana.SentItems.Upsert(MailboxBuilder.Message(ana, "r3", me, Regular, Now.AddDays(-5), "Agenda"));
        // Dana: a new thread of hers every day for 250 days, more than a card reads.
        for (var day = 1; day <= 250; day++)
            ana.Inbox.Upsert(MailboxBuilder.Message(ana, $"d{day}", Daily, me, Now.AddDays(-day), $"Daily {day}", conversation: $"daily{day}"));
        // Tess: threads either way with replies, a message with her on To and Cc, a thread Bob began with
        // her only on Cc (hers from her first reply), two messages at the same second, and meetings.
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "t1", Tangled, me, Now.AddDays(-40), "Pricing", conversation: "tp"));
        ana.SentItems.Upsert(MailboxBuilder.Message(ana, "t1r", me, Tangled, Now.AddDays(-39), "RE: Pricing", conversation: "tp"));
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "t1rr", Tangled, me, Now.AddDays(-38), "RE: Pricing", conversation: "tp"));
        ana.SentItems.Upsert(MailboxBuilder.Message(ana, "t2", me, Tangled, Now.AddDays(-30), "Renewal", conversation: "tr") with { Cc = [Tangled] });
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "t2r", Tangled, me, Now.AddDays(-29), "RE: Renewal", conversation: "tr"));
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "t3", Bob, me, Now.AddDays(-20), "Offsite", conversation: "to") with { Cc = [Tangled] });
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "t3r", Tangled, me, Now.AddDays(-19), "RE: Offsite", conversation: "to"));
        ana.SentItems.Upsert(MailboxBuilder.Message(ana, "t4", me, Tangled, Now.AddDays(-10), "Lunch", conversation: "tl"));
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "t4b", Tangled, me, Now.AddDays(-10), "Lunch?", conversation: "tl"));
        ana.Calendar.Upsert(MailboxBuilder.Meeting(ana, "t-review", Now.AddDays(-3), Tangled));
        ana.Calendar.Upsert(MailboxBuilder.Meeting(ana, "t-next", Now.AddDays(3), Tangled));
        _emulator = await GraphEmulatorServer.StartAsync(store);
        _app = new RelationsApp(_emulator);
        var owners = await _app.ImportDirectoryAsync();
        foreach (var owner in owners) await _app.SyncAsync(owner);
        _ana = owners.Single(o => o.Email == Ana);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    private async Task<JsonElement> CardAsync(string email) =>
        (await _app.ClientAs(Ana).GetFromJsonAsync<JsonElement>($"/api/sidebar?recipients={email}")).GetProperty("cards")[0];

    [Fact]
    public async Task A_relationship_silent_for_longer_than_three_usual_gaps_is_quiet_and_its_opener_says_so()
    {
        var card = await CardAsync(Quiet.Address);

        var rhythm = card.GetProperty("rhythm");
        Assert.Equal(10, rhythm.GetProperty("usualGapDays").GetDouble()); // contact days 100, 90, 80, 70, 69 days ago: gaps 10, 10, 10, 1
        Assert.Equal(69, rhythm.GetProperty("daysSinceContact").GetInt32());
        Assert.True(rhythm.GetProperty("quietLongerThanUsual").GetBoolean());
        Assert.Equal(4, rhythm.GetProperty("threadsTheyStarted").GetInt32());
        Assert.Equal(0, rhythm.GetProperty("threadsYouStarted").GetInt32());

        var opener = card.GetProperty("opener");
        Assert.Equal("quiet", opener.GetProperty("reason").GetString());
        Assert.StartsWith("It has been 2 months — longer than usual. Your last conversation was “Catch-up 70”", opener.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_relationship_in_its_usual_rhythm_is_not_quiet()
    {
        var rhythm = (await CardAsync(Regular.Address)).GetProperty("rhythm");

        Assert.Equal(10, rhythm.GetProperty("usualGapDays").GetDouble());
        Assert.Equal(5, rhythm.GetProperty("daysSinceContact").GetInt32());
        Assert.False(rhythm.GetProperty("quietLongerThanUsual").GetBoolean());
        Assert.Equal(2, rhythm.GetProperty("threadsTheyStarted").GetInt32());
        Assert.Equal(1, rhythm.GetProperty("threadsYouStarted").GetInt32());
    }

    [Fact]
    public async Task The_same_detail_said_twice_in_other_words_shows_once_with_both_mentions()
    {
        var client = _app.ClientAs(Ana);
        (await client.PostAsJsonAsync($"/api/contacts/{Regular.Address}/details", new { text = "Moving to Denver in May", kind = "life_event" })).EnsureSuccessStatusCode();
        ((TestClock)_app.Clock).Advance(TimeSpan.FromMinutes(1)); // written a minute later
        (await client.PostAsJsonAsync($"/api/contacts/{Regular.Address}/details", new { text = "The move to Denver is stressful", kind = "life_event" })).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync($"/api/contacts/{Regular.Address}/details", new { text = "Plays the cello", kind = "interest" })).EnsureSuccessStatusCode();

        var details = (await CardAsync(Regular.Address)).GetProperty("details").EnumerateArray().ToList();

        Assert.Equal(2, details.Count);
        var move = details.Single(d => d.GetProperty("kind").GetString() == "life_event");
        Assert.Equal(2, move.GetProperty("mentions").GetInt32());
        Assert.Equal(1, move.GetProperty("alsoIds").GetArrayLength());
        Assert.Equal("The move to Denver is stressful", move.GetProperty("summary").GetString()); // the latest words
    }

    [Fact]
    public async Task A_card_reads_only_the_latest_messages_of_someone_you_hear_from_every_day()
    {
        var rhythm = (await CardAsync(Daily.Address)).GetProperty("rhythm");

        // Her latest 200 of the year's 250 (ContactRhythm.MaxMessages), so a lookup costs what anyone else's does.
        Assert.Equal(200, rhythm.GetProperty("threadsTheyStarted").GetInt32());
        Assert.Equal(1, rhythm.GetProperty("usualGapDays").GetDouble());
        Assert.Equal(1, rhythm.GetProperty("daysSinceContact").GetInt32());
        Assert.False(rhythm.GetProperty("quietLongerThanUsual").GetBoolean());
    }

    [Theory]
    [InlineData("tess@fabrikam-partners.example")]
    [InlineData("quinn@tailspin.example")]
    [InlineData("rosa@contoso.example")]
    public async Task The_rhythm_a_lookup_counts_in_its_statement_is_the_one_Engagement_counts_from_the_whole_history(string email)
    {
        var rhythm = (await CardAsync(email)).GetProperty("rhythm");

        // The same relationship through the reports' own loading and definitions (PairHistories, Turns, Cadence).
        var contact = await _app.ReadAsAsync(_ana, db => db.Contacts.SingleAsync(c => c.Email == email));
        await using var scope = _app.Services.CreateAsyncScope();
        var history = (await scope.ServiceProvider.GetRequiredService<PairHistories>().LoadAsync(_ana.TenantId, [_ana.Id], CancellationToken.None, [contact.Id])).Single();
        var expected = RhythmView.Of(YearOfContact.From(history, Now), contact.LastContactAt, Now, TimeZoneInfo.Utc);
        Assert.Equal(expected.ThreadsYouStarted, rhythm.GetProperty("threadsYouStarted").GetInt32());
        Assert.Equal(expected.ThreadsTheyStarted, rhythm.GetProperty("threadsTheyStarted").GetInt32());
        Assert.Equal(expected.MeetingsThisYear, rhythm.GetProperty("meetingsThisYear").GetInt32());
        Assert.Equal(expected.UsualGapDays, rhythm.GetProperty("usualGapDays").GetDouble());
        Assert.Equal(expected.DaysSinceContact, rhythm.GetProperty("daysSinceContact").GetInt32());
        Assert.Equal(expected.QuietLongerThanUsual, rhythm.GetProperty("quietLongerThanUsual").GetBoolean());
    }

    [Fact]
    public async Task Threads_are_counted_once_each_by_whoever_wrote_first_and_only_past_meetings_count()
    {
        var rhythm = (await CardAsync(Tangled.Address)).GetProperty("rhythm");

        // Pricing is hers; Renewal is Ana's (Tess on To and Cc is one message); Offsite is hers (Bob's
        // first mail only copied her). Lunch's two messages share a second, so it goes to whichever was
        // stored first (the lower id): four threads, two or three of them hers.
        Assert.Equal(4, rhythm.GetProperty("threadsYouStarted").GetInt32() + rhythm.GetProperty("threadsTheyStarted").GetInt32());
        Assert.InRange(rhythm.GetProperty("threadsTheyStarted").GetInt32(), 2, 3);
        Assert.Equal(1, rhythm.GetProperty("meetingsThisYear").GetInt32());
        Assert.Equal(3, rhythm.GetProperty("daysSinceContact").GetInt32()); // the meeting three days ago
    }
}
