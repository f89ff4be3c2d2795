namespace OutlookRelations.Server.Tests.Sidebar;

public sealed class SidebarConcurrencyTests
{
    [Fact]
    public async Task Lookups_beyond_the_concurrency_bound_wait_their_turn_and_all_get_their_cards()
    {
        var store = new EmulatorStore();
        MailboxBuilder.Fill(MailboxBuilder.AddUser(store, "ana"), 60, contacts: 10);
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        await using var app = new RelationsApp(emulator, settings: new Dictionary<string, string?> { ["Sidebar:MaxConcurrent"] = "1" });
        var ana = (await app.ImportDirectoryAsync()).Single();
        await app.SyncAsync(ana);
        var recipients = string.Join(',', Enumerable.Range(0, 10).Select(i => MailboxBuilder.Contact(i).Address));
        using var client = app.ClientAs(ana.Email);

        var responses = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => client.GetAsync($"/api/sidebar?recipients={recipients}")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        Assert.All(bodies, body => Assert.Equal(10, JsonDocument.Parse(body).RootElement.GetProperty("cards").EnumerateArray().Count(c => c.GetProperty("known").GetBoolean())));
    }
}
