using OutlookRelations.GraphEmulator.Model;

namespace OutlookRelations.Server.Tests.Meetings;

/// <summary>GET /api/meetings/{id}/brief: a card per attendee from outside, new ones flagged, colleagues named, others' meetings not found.</summary>
public sealed class MeetingBriefTests : IAsyncLifetime
{
    private const string Ana = "ana@fabrikam.example";
    private const string Ben = "ben@fabrikam.example";
    private static readonly EmailAddress Me = new("Ana", Ana);
    private static readonly EmailAddress Carla = new("Carla Reyes", "carla.reyes@adventure-works.example");
    private static readonly EmailAddress Stranger = new("Sam New", "sam@adventure-works.example");
    private static readonly EmailAddress Colleague = new("Ben", Ben);
    private static readonly DateTimeOffset Now = TestClock.Origin;

    private GraphEmulatorServer _emulator = null!;
    private RelationsApp _app = null!;
    private EmulatedEvent _review = null!;
    private EmulatedEvent _bensMeeting = null!;

    public async Task InitializeAsync()
    {
        var store = new EmulatorStore();
        var ana = MailboxBuilder.AddUser(store, "ana");
        var ben = MailboxBuilder.AddUser(store, "ben");
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "c1", Carla, Me, Now.AddDays(-4), "Pilot", body: "Our new puppy Biscuit chewed my charger."));
        ana.SentItems.Upsert(MailboxBuilder.Message(ana, "c2", Me, Carla, Now.AddDays(-3), "RE: Pilot", conversation: "c1"));
        _review = MailboxBuilder.Meeting(ana, "review", Now.AddDays(1), Carla, Stranger, Colleague);
        ana.Calendar.Upsert(_review);
        _bensMeeting = MailboxBuilder.Meeting(ben, "secret", Now.AddDays(1), Carla);
        ben.Calendar.Upsert(_bensMeeting);
        _emulator = await GraphEmulatorServer.StartAsync(store);
        _app = new RelationsApp(_emulator);
        foreach (var owner in await _app.ImportDirectoryAsync()) await _app.SyncAsync(owner);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task A_brief_has_a_card_for_each_outsider_flags_the_new_ones_and_names_the_colleagues()
    {
        var brief = await _app.ClientAs(Ana).GetFromJsonAsync<JsonElement>($"/api/meetings/{Uri.EscapeDataString(_review.Id)}/brief");

        Assert.Equal("Meeting review", brief.GetProperty("subject").GetString());
        var outsiders = brief.GetProperty("outsiders").EnumerateArray().ToDictionary(a => a.GetProperty("card").GetProperty("email").GetString()!);
        Assert.Equal([Carla.Address, Stranger.Address], outsiders.Keys.Order());
        Assert.False(outsiders[Carla.Address].GetProperty("new").GetBoolean());
        Assert.Contains("Biscuit", outsiders[Carla.Address].GetProperty("card").GetProperty("opener").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.True(outsiders[Stranger.Address].GetProperty("new").GetBoolean());
        // Who else you know at their organisation: Carla, on the stranger's card.
        Assert.Contains(outsiders[Stranger.Address].GetProperty("card").GetProperty("network").EnumerateArray(), p => p.GetProperty("email").GetString() == Carla.Address);
        Assert.Equal([Ben], brief.GetProperty("colleagues").EnumerateArray().Select(p => p.GetProperty("email").GetString()));
    }

    [Fact]
    public async Task Another_users_meeting_and_an_unknown_one_are_not_found()
    {
        var ana = _app.ClientAs(Ana);
        Assert.Equal(HttpStatusCode.NotFound, (await ana.GetAsync($"/api/meetings/{Uri.EscapeDataString(_bensMeeting.Id)}/brief")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ana.GetAsync("/api/meetings/AAMkAE-nothing/brief")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _app.ClientAs(Ben).GetAsync($"/api/meetings/{Uri.EscapeDataString(_bensMeeting.Id)}/brief")).StatusCode);
    }
}
