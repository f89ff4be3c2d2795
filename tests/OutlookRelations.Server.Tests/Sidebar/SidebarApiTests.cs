using OutlookRelations.GraphEmulator.Model;

namespace OutlookRelations.Server.Tests.Sidebar;

public sealed class SidebarApiTests : IAsyncLifetime
{
    private const string Ana = "ana@fabrikam.example";
    private const string Ben = "ben@fabrikam.example";
    private static readonly EmailAddress Carla = new("Carla Reyes", "carla.reyes@adventure-works.example");
    private static readonly EmailAddress BensSecret = new("Dmitri Volkov", "dmitri@tailspin-toys.example");

    private GraphEmulatorServer _emulator = null!;
    private RelationsApp _app = null!;

    public async Task InitializeAsync()
    {
        var store = new EmulatorStore();
        var ana = MailboxBuilder.AddUser(store, "ana");
        var ben = MailboxBuilder.AddUser(store, "ben");
        var anaMe = new EmailAddress("Ana", Ana);
        var start = MailboxBuilder.Start;
        ana.SentItems.Upsert(MailboxBuilder.Message(ana, "a1", anaMe, Carla, start, "Pilot kickoff", conversation: "pilot"));
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "a2", Carla, anaMe, start.AddDays(1), "RE: Pilot kickoff", conversation: "pilot"));
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "a3", Carla, anaMe, start.AddDays(9), "Renewal"));
        ana.Calendar.Upsert(MailboxBuilder.Meeting(ana, "m1", TestClock.Origin.AddDays(-3), Carla));
        // Ben knows Carla too, and Dmitri, whom Ana has never written to.
        ben.Inbox.Upsert(MailboxBuilder.Message(ben, "b1", BensSecret, new EmailAddress("Ben", Ben), start, "Confidential: our budget"));
        ben.Inbox.Upsert(MailboxBuilder.Message(ben, "b2", Carla, new EmailAddress("Ben", Ben), start, "Ben-only thread"));

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
    public async Task Cards_come_back_in_the_order_asked_with_known_and_unknown_recipients()
    {
        var response = await _app.ClientAs(Ana).GetFromJsonAsync<JsonElement>($"/api/sidebar?recipients=stranger@nowhere.example,{Carla.Address.ToUpperInvariant()}");

        var cards = response.GetProperty("cards").EnumerateArray().ToList();
        Assert.Equal(2, cards.Count);
        Assert.Equal("stranger@nowhere.example", cards[0].GetProperty("email").GetString());
        Assert.False(cards[0].GetProperty("known").GetBoolean());
        Assert.Equal(0, cards[0].GetProperty("recentSubjects").GetArrayLength());

        var carla = cards[1];
        Assert.True(carla.GetProperty("known").GetBoolean());
        Assert.Equal("Carla Reyes", carla.GetProperty("displayName").GetString());
        Assert.Equal("Adventure Works", carla.GetProperty("organisation").GetString());
        Assert.Equal(1, carla.GetProperty("messagesToContact").GetInt32());
        Assert.Equal(2, carla.GetProperty("messagesFromContact").GetInt32());
        Assert.Equal(1, carla.GetProperty("meetingsTogether").GetInt32());
        Assert.Equal(MailboxBuilder.Start, carla.GetProperty("firstContactAt").GetDateTimeOffset());
        Assert.Equal(MailboxBuilder.Start.AddDays(9), carla.GetProperty("lastContactAt").GetDateTimeOffset());
        // One line per thread: the pilot thread shows its newest message only.
        var subjects = carla.GetProperty("recentSubjects").EnumerateArray().Select(s => s.GetProperty("subject").GetString()).ToList();
        Assert.Equal(["Renewal", "RE: Pilot kickoff"], subjects);
    }

    [Theory]
    [InlineData("")]
    [InlineData(",,")]
    [InlineData(" ; , ;")]
    public async Task A_list_that_names_nobody_gets_a_400_that_says_why(string recipients)
    {
        var response = await _app.ClientAs(Ana).GetAsync($"/api/sidebar?recipients={Uri.EscapeDataString(recipients)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("at least one address", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recipient_that_is_not_an_address_fails_only_its_own_card_and_a_repeated_one_gets_one_card()
    {
        var asked = $"not-an-address,{Carla.Address},Carla <carla@x.com>,{Carla.Address.ToUpperInvariant()}";
        var response = await _app.ClientAs(Ana).GetFromJsonAsync<JsonElement>($"/api/sidebar?recipients={Uri.EscapeDataString(asked)}");

        var cards = response.GetProperty("cards").EnumerateArray().ToList();
        Assert.Equal(["not-an-address", Carla.Address, "Carla <carla@x.com>"], cards.Select(c => c.GetProperty("email").GetString()));
        Assert.Contains("'not-an-address'", cards[0].GetProperty("problem").GetString(), StringComparison.Ordinal);
        Assert.False(cards[0].GetProperty("known").GetBoolean());
        Assert.Equal(JsonValueKind.Null, cards[1].GetProperty("problem").ValueKind);
        Assert.True(cards[1].GetProperty("known").GetBoolean());
        Assert.Contains("'Carla <carla@x.com>'", cards[2].GetProperty("problem").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Contacts_are_listed_strongest_first_and_can_be_searched()
    {
        var list = await _app.ClientAs(Ana).GetFromJsonAsync<JsonElement>("/api/contacts?top=10");
        var emails = list.GetProperty("contacts").EnumerateArray().Select(c => c.GetProperty("email").GetString()).ToList();
        Assert.Equal([Carla.Address], emails);

        var found = await _app.ClientAs(Ben).GetFromJsonAsync<JsonElement>("/api/contacts?search=VOLK");
        Assert.Equal(BensSecret.Address, found.GetProperty("contacts")[0].GetProperty("email").GetString());

        var tooMany = await _app.ClientAs(Ana).GetAsync("/api/contacts?top=100000");
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
    }

    [Fact]
    public async Task User_A_never_sees_user_Bs_contacts_through_any_endpoint()
    {
        var ana = _app.ClientAs(Ana);

        var card = (await ana.GetFromJsonAsync<JsonElement>($"/api/sidebar?recipients={BensSecret.Address}")).GetProperty("cards")[0];
        Assert.False(card.GetProperty("known").GetBoolean());
        Assert.Equal(BensSecret.Address, card.GetProperty("displayName").GetString());

        var search = await ana.GetFromJsonAsync<JsonElement>("/api/contacts?search=dmitri");
        Assert.Equal(0, search.GetProperty("contacts").GetArrayLength());
        var all = await ana.GetStringAsync("/api/contacts?top=200");
        Assert.DoesNotContain("dmitri", all, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Ben-only", (await ana.GetStringAsync($"/api/sidebar?recipients={Carla.Address}")), StringComparison.Ordinal);
        Assert.DoesNotContain("Confidential", (await ana.GetStringAsync($"/api/sidebar?recipients={BensSecret.Address}")), StringComparison.Ordinal);

        // Ben's own view of the shared contact is his alone: one message, from Carla.
        var bensCarla = (await _app.ClientAs(Ben).GetFromJsonAsync<JsonElement>($"/api/sidebar?recipients={Carla.Address}")).GetProperty("cards")[0];
        Assert.Equal(1, bensCarla.GetProperty("messagesFromContact").GetInt32());
        Assert.Equal(0, bensCarla.GetProperty("messagesToContact").GetInt32());
    }

    [Fact]
    public async Task Requests_for_an_unknown_demo_user_are_refused()
    {
        var response = await _app.ClientAs("mallory@evil.example").GetAsync("/api/contacts");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Health_reports_storage_and_the_job_server()
    {
        var response = await _app.CreateClient().GetAsync("/health");
        var health = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("Healthy", health.GetProperty("checks").GetProperty("storage").GetProperty("status").GetString());
        // This test host runs no job server, and health says so rather than pretending.
        Assert.Equal("Degraded", health.GetProperty("checks").GetProperty("jobs").GetProperty("status").GetString());
        Assert.Contains("0 job server", health.GetProperty("checks").GetProperty("jobs").GetProperty("description").GetString(), StringComparison.Ordinal);
    }
}
