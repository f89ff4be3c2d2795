using System.Globalization;
using Microsoft.Data.Sqlite;
using OutlookRelations.GraphEmulator.Model;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Tests.Details;

/// <summary>Sync runs the memory engine; the sidebar shows what it remembered; the owner corrects it.</summary>
public sealed class RememberedDetailsTests : IAsyncLifetime
{
    private const string Ana = "ana@fabrikam.example";
    private const string Secret = "PINEAPPLE-42";
    private static readonly EmailAddress Carla = new("Carla Reyes", "carla.reyes@adventure-works.example");
    private static readonly EmailAddress AnaMe = new("Ana", Ana);
    private static readonly DateTimeOffset Now = TestClock.Origin;

    private EmulatorStore _store = null!;
    private Mailbox _ana = null!;
    private GraphEmulatorServer _emulator = null!;
    private RelationsApp _app = null!;

    public async Task InitializeAsync()
    {
        _store = new EmulatorStore();
        _ana = MailboxBuilder.AddUser(_store, "ana");
        MailboxBuilder.AddUser(_store, "ben");
        var birthday = Now.AddDays(3).ToString("MMMM d", CultureInfo.InvariantCulture);
        _ana.Inbox.Upsert(MailboxBuilder.Message(_ana, "c1", Carla, AnaMe, Now.AddDays(-10), "Pilot", body:
            $"Hi Ana,\n\nMy daughter Emma loves the robotics club. The access code for the portal is {Secret}.\nMy birthday is on {birthday}, so I'm out that day.\n\nThanks,\nCarla"));
        _ana.SentItems.Upsert(MailboxBuilder.Message(_ana, "a1", AnaMe, Carla, Now.AddDays(-2), "RE: Pilot", body:
            "Hi Carla,\n\nI'll send you the revised proposal tomorrow.\n\nBest,\nAna"));
        _emulator = await GraphEmulatorServer.StartAsync(_store);
        _app = new RelationsApp(_emulator);
        foreach (var owner in await _app.ImportDirectoryAsync()) await _app.SyncAsync(owner);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    private async Task<JsonElement> CardAsync(string user = Ana) =>
        (await _app.ClientAs(user).GetFromJsonAsync<JsonElement>($"/api/sidebar?recipients={Carla.Address}")).GetProperty("cards")[0];

    private async Task SyncAnaAsync() => await _app.SyncAsync((await _app.ImportDirectoryAsync()).Single(o => o.Email == Ana));

    [Fact]
    public async Task A_card_shows_what_mail_taught_best_opener_first_with_its_source_message()
    {
        var card = await CardAsync();

        var details = card.GetProperty("details").EnumerateArray().ToList();
        Assert.Equal("birthday", details[0].GetProperty("kind").GetString());
        Assert.Equal("upcoming", details[0].GetProperty("freshness").GetProperty("state").GetString());
        Assert.Equal(3, details[0].GetProperty("freshness").GetProperty("daysAway").GetInt32());
        var family = details.Single(d => d.GetProperty("kind").GetString() == "family");
        Assert.Contains("Emma", family.GetProperty("evidence").GetString(), StringComparison.Ordinal);
        var source = family.GetProperty("source");
        Assert.StartsWith("<c1.", source.GetProperty("internetMessageId").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("https://outlook.office365.com/owa/?ItemID=", source.GetProperty("webLink").GetString(), StringComparison.Ordinal);

        var promise = Assert.Single(card.GetProperty("promises").GetProperty("byYou").EnumerateArray());
        Assert.Equal("I'll send you the revised proposal tomorrow.", promise.GetProperty("evidence").GetString());
        Assert.Equal(DateOnly.FromDateTime(Now.AddDays(-1).UtcDateTime), DateOnly.Parse(promise.GetProperty("date").GetString()!, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Message_bodies_are_never_stored_only_evidence_sentences()
    {
        string dataSource;
        using (var scope = _app.Services.CreateScope())
            dataSource = scope.ServiceProvider.GetRequiredService<RelationsDbContext>().Database.GetDbConnection().DataSource;
        await using var connection = new SqliteConnection($"Data Source={dataSource}");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        var found = new List<string>();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                for (var i = 0; i < reader.FieldCount; i++)
                    if (reader.GetValue(i) is string text && (text.Contains(Secret, StringComparison.Ordinal) || text.Contains("robotics club. The access", StringComparison.Ordinal)))
                        found.Add($"{table}.{reader.GetName(i)}");
        }
        Assert.Empty(found);
        Assert.True(tables.Count >= 10);
    }

    [Fact]
    public async Task A_detail_mentioned_again_grows_stronger_and_a_deleted_source_is_forgotten()
    {
        _ana.Inbox.Upsert(MailboxBuilder.Message(_ana, "c2", Carla, AnaMe, Now.AddDays(-1), "Club", body: "Emma and my daughter's robotics club won the regional final!"));
        await SyncAnaAsync();
        var family = (await CardAsync()).GetProperty("details").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "family");
        Assert.Equal(2, family.GetProperty("mentions").GetInt32());

        foreach (var m in _ana.Inbox.Live()) _ana.Inbox.Remove(m.Id);
        await SyncAnaAsync();
        var details = (await CardAsync()).GetProperty("details").EnumerateArray().Select(d => d.GetProperty("kind").GetString()).ToList();
        Assert.Empty(details); // Carla's messages are gone, and so is what they taught
    }

    [Fact]
    public async Task Confirm_correct_and_dismiss_persist_and_a_dismissed_detail_never_comes_back()
    {
        var client = _app.ClientAs(Ana);
        var details = (await CardAsync()).GetProperty("details").EnumerateArray().ToList();
        var birthdayId = details.Single(d => d.GetProperty("kind").GetString() == "birthday").GetProperty("id").GetInt64();
        var familyId = details.Single(d => d.GetProperty("kind").GetString() == "family").GetProperty("id").GetInt64();

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/details/{birthdayId}/confirm", null)).StatusCode);
        var corrected = await client.PatchAsJsonAsync($"/api/details/{familyId}", new { summary = "Daughter Emma, robotics" });
        Assert.Equal("Daughter Emma, robotics", (await corrected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("summary").GetString());
        var card = await CardAsync();
        Assert.All(card.GetProperty("details").EnumerateArray(), d => Assert.Equal("confirmed", d.GetProperty("status").GetString()));

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"/api/details/{familyId}/dismiss", null)).StatusCode);
        // The same detail again, in a new message and in a replay of the old one: still gone.
        _ana.Inbox.Upsert(MailboxBuilder.Message(_ana, "c3", Carla, AnaMe, Now.AddDays(-1), "Club", body: "My daughter Emma loves the robotics club so much."));
        foreach (var m in _ana.Inbox.Live()) _ana.Inbox.Upsert(m);
        await SyncAnaAsync();
        Assert.DoesNotContain((await CardAsync()).GetProperty("details").EnumerateArray(), d => d.GetProperty("kind").GetString() == "family");
    }

    [Fact]
    public async Task Notes_written_by_hand_show_on_the_card_and_bad_notes_are_refused()
    {
        var client = _app.ClientAs(Ana);
        var created = await client.PostAsJsonAsync($"/api/contacts/{Carla.Address}/details", new { text = "Prefers tea, never coffee", kind = "preference" });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var note = await client.PostAsJsonAsync("/api/contacts/new.person@tailspin-toys.example/details", new { text = "Met at the Seattle expo" });
        Assert.Equal("note", (await note.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("kind").GetString());

        Assert.Contains((await CardAsync()).GetProperty("details").EnumerateArray(), d => d.GetProperty("summary").GetString() == "Prefers tea, never coffee");
        var stranger = (await client.GetFromJsonAsync<JsonElement>("/api/sidebar?recipients=new.person@tailspin-toys.example")).GetProperty("cards")[0];
        Assert.Equal("manual", stranger.GetProperty("details")[0].GetProperty("origin").GetString());

        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync($"/api/contacts/{Carla.Address}/details", new { text = "" })).StatusCode);
        var badKind = await client.PostAsJsonAsync($"/api/contacts/{Carla.Address}/details", new { text = "x", kind = "horoscope" });
        Assert.Contains("life_event", await badKind.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/contacts/not-an-address/details", new { text = "x" })).StatusCode);
    }

    [Fact]
    public async Task Another_user_can_neither_see_nor_change_these_details()
    {
        var id = (await CardAsync()).GetProperty("details")[0].GetProperty("id").GetInt64();
        var ben = _app.ClientAs("ben@fabrikam.example");

        Assert.Equal(0, (await CardAsync("ben@fabrikam.example")).GetProperty("details").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await ben.PostAsync($"/api/details/{id}/confirm", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ben.PostAsync($"/api/details/{id}/dismiss", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ben.PatchAsJsonAsync($"/api/details/{id}", new { summary = "hijack" })).StatusCode);
        Assert.Equal("active", (await CardAsync()).GetProperty("details")[0].GetProperty("status").GetString());
    }
}
