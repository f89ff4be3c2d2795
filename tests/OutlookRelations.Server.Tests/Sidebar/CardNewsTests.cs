using OutlookRelations.GraphEmulator.Model;

namespace OutlookRelations.Server.Tests.Sidebar;

/// <summary>
/// Issue 20: company news one contact told you appears on the cards of the people at the other
/// organisation it names. Bea (Contoso) says Contoso is being bought by Comcast; Bo works at Comcast,
/// Dan at Litware.
/// </summary>
public sealed class CardNewsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = TestClock.Origin;
    private static readonly EmailAddress Bea = new("Bea Lind", "bea@contoso.example");
    private static readonly EmailAddress Bo = new("Bo Ek", "bo@comcast.example");
    private static readonly EmailAddress Dan = new("Dan Park", "dan@litware.example");

    private GraphEmulatorServer _emulator = null!;
    private RelationsApp _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var store = new EmulatorStore();
        var ana = MailboxBuilder.AddUser(store, "ana");
        var me = new EmailAddress("Ana", ana.User.Mail);
        foreach (var (person, i) in new[] { Bea, Bo, Dan }.Select((p, i) => (p, i)))
        {
            ana.Inbox.Upsert(MailboxBuilder.Message(ana, $"in{i}", person, me, Now.AddDays(-5 - i), "Hello"));
            ana.SentItems.Upsert(MailboxBuilder.Message(ana, $"out{i}", me, person, Now.AddDays(-4 - i), "RE: Hello"));
        }
        _emulator = await GraphEmulatorServer.StartAsync(store);
        _app = new RelationsApp(_emulator, settings: new Dictionary<string, string?> { ["Demo:Admins:0"] = ana.User.Mail });
        foreach (var owner in await _app.ImportDirectoryAsync()) await _app.SyncAsync(owner);
        _client = _app.ClientAs(ana.User.Mail);
        (await _client.PostAsJsonAsync($"/api/contacts/{Bea.Address}/details", new { text = "Contoso is being bought by Comcast", kind = "company_news" })).EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    private async Task<Dictionary<string, List<string>>> NewsOnCardsAsync()
    {
        var cards = (await _client.GetFromJsonAsync<JsonElement>($"/api/sidebar?recipients={Bea.Address},{Bo.Address},{Dan.Address}")).GetProperty("cards");
        return cards.EnumerateArray().ToDictionary(c => c.GetProperty("email").GetString()!,
            c => c.GetProperty("news").EnumerateArray().Select(n => $"{n.GetProperty("news").GetString()} / {n.GetProperty("toldBy").GetString()}").ToList());
    }

    [Fact]
    public async Task The_news_is_on_the_card_of_the_person_at_the_organisation_it_names_and_no_one_elses()
    {
        var news = await NewsOnCardsAsync();

        Assert.Equal(["Contoso is being bought by Comcast / Bea Lind"], news[Bo.Address]);
        Assert.Empty(news[Bea.Address]); // the teller's own organisation: it is already her detail
        Assert.Empty(news[Dan.Address]);
    }

    [Fact]
    public async Task News_that_names_an_organisation_by_another_name_matches_once_the_admin_adds_it_and_a_bad_line_is_refused()
    {
        (await _client.PostAsJsonAsync($"/api/contacts/{Dan.Address}/details", new { text = "Big Cable is opening an office in Oslo", kind = "company_news" })).EnsureSuccessStatusCode();
        Assert.Equal(["Contoso is being bought by Comcast / Bea Lind"], (await NewsOnCardsAsync())[Bo.Address]);

        using var bad = await _client.PutAsJsonAsync("/api/admin/settings", SettingsBody.With(aliases: ["Big Cable"]));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("other name = organisation", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        (await _client.PutAsJsonAsync("/api/admin/settings", SettingsBody.With(aliases: [" Big Cable = Comcast "]))).EnsureSuccessStatusCode();

        Assert.Equal(["Big Cable is opening an office in Oslo / Dan Park", "Contoso is being bought by Comcast / Bea Lind"], (await NewsOnCardsAsync())[Bo.Address]);
        var today = await _client.GetFromJsonAsync<JsonElement>("/api/today");
        Assert.Contains(today.GetProperty("news").EnumerateArray(), n => n.GetProperty("news").GetString() == "Big Cable is opening an office in Oslo" && n.GetProperty("organisation").GetString() == "Comcast");
        var settings = await _client.GetFromJsonAsync<JsonElement>("/api/admin/settings");
        Assert.Equal(["Big Cable = Comcast"], settings.GetProperty("organisationAliases").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task Dismissed_news_leaves_the_cards()
    {
        var bea = (await _client.GetFromJsonAsync<JsonElement>($"/api/sidebar?recipients={Bea.Address}")).GetProperty("cards")[0];
        var id = bea.GetProperty("details").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "company_news").GetProperty("id").GetInt64();

        (await _client.PostAsync($"/api/details/{id}/dismiss", null)).EnsureSuccessStatusCode();

        Assert.Empty((await NewsOnCardsAsync())[Bo.Address]);
    }
}
