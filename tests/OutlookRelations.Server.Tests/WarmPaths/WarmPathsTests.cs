using OutlookRelations.GraphEmulator.Model;

namespace OutlookRelations.Server.Tests.WarmPaths;

/// <summary>
/// Issue 20's warm paths, with consent, across colleagues: Ana barely knows Isabel. Ben and Cy know
/// her well; only Ben agrees to be shown. Dee only ever received Isabel's newsletters.
/// </summary>
public sealed class WarmPathsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = TestClock.Origin;
    private static readonly EmailAddress Isabel = new("Isabel Garcia", "isabel@contoso.example");
    private const string Secret = "Isabel's daughter plays the violin";

    private GraphEmulatorServer _emulator = null!;
    private RelationsApp _app = null!;
    private Mailbox _ana = null!, _ben = null!, _cy = null!, _dee = null!;

    public async Task InitializeAsync()
    {
        var store = new EmulatorStore();
        _ana = MailboxBuilder.AddUser(store, "ana");
        _ben = MailboxBuilder.AddUser(store, "ben");
        _cy = MailboxBuilder.AddUser(store, "cy");
        _dee = MailboxBuilder.AddUser(store, "dee");
        Exchange(_ana, 1, daysAgo: 200); // long ago, once: light
        Exchange(_ben, 8, daysAgo: 3);
        Exchange(_cy, 8, daysAgo: 3);
        for (var i = 0; i < 8; i++)
            _dee.Inbox.Upsert(MailboxBuilder.Message(_dee, $"news{i}", Isabel, Me(_dee), Now.AddDays(-3 - i), "Contoso news"));
        _ben.Inbox.Upsert(MailboxBuilder.Message(_ben, "secret", Isabel, Me(_ben), Now.AddDays(-1), "Weekend", body: Secret + " at the recital on Saturday."));
        _emulator = await GraphEmulatorServer.StartAsync(store);
        _app = new RelationsApp(_emulator, settings: new Dictionary<string, string?> { ["Demo:Admins:0"] = _cy.User.Mail });
        foreach (var owner in await _app.ImportDirectoryAsync()) await _app.SyncAsync(owner);
    }

    private static EmailAddress Me(Mailbox m) => new(m.User.DisplayName, m.User.Mail);

    private static void Exchange(Mailbox m, int times, int daysAgo)
    {
        for (var i = 0; i < times; i++)
        {
            m.Inbox.Upsert(MailboxBuilder.Message(m, $"in{i}", Isabel, Me(m), Now.AddDays(-daysAgo - 2 * i), $"Topic {i}", $"t{i}"));
            m.SentItems.Upsert(MailboxBuilder.Message(m, $"out{i}", Me(m), Isabel, Now.AddDays(-daysAgo - 2 * i).AddHours(2), $"RE: Topic {i}", $"t{i}"));
        }
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    private async Task<(JsonElement Card, string Raw)> CardAsync(Mailbox who)
    {
        using var client = _app.ClientAs(who.User.Mail);
        var raw = await client.GetStringAsync($"/api/sidebar?recipients={Isabel.Address}");
        return (JsonDocument.Parse(raw).RootElement.GetProperty("cards")[0], raw);
    }

    private static List<string> Paths(JsonElement card) =>
        [.. card.GetProperty("warmPaths").EnumerateArray().Select(p => $"{p.GetProperty("colleagueEmail").GetString()} {p.GetProperty("band").GetString()}")];

    private async Task<HttpResponseMessage> ConsentAsync(Mailbox who, bool share)
    {
        using var client = _app.ClientAs(who.User.Mail);
        return await client.PutAsJsonAsync("/api/warm-paths/consent", new { share });
    }

    [Fact]
    public async Task Only_colleagues_who_consented_and_know_them_both_ways_are_shown_and_never_what_they_know()
    {
        Assert.Empty(Paths((await CardAsync(_ana)).Card)); // nobody shared yet: off by default

        (await ConsentAsync(_ben, true)).EnsureSuccessStatusCode();
        (await ConsentAsync(_dee, true)).EnsureSuccessStatusCode();
        var (card, raw) = await CardAsync(_ana);

        Assert.Equal([$"{_ben.User.Mail} strong"], Paths(card)); // not Cy (no consent), not Dee (never wrote back)
        Assert.DoesNotContain("violin", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Weekend", raw, StringComparison.Ordinal);
        Assert.Empty(Paths((await CardAsync(_ben)).Card)); // Ben knows her well: no introduction needed
        Assert.Empty(Paths((await CardAsync(_cy)).Card)); // and neither does Cy

        (await ConsentAsync(_ben, false)).EnsureSuccessStatusCode();
        Assert.Empty(Paths((await CardAsync(_ana)).Card)); // withdrawn: gone at once
    }

    [Fact]
    public async Task An_admin_who_turns_warm_paths_off_hides_everyone_and_consent_cannot_be_given()
    {
        (await ConsentAsync(_ben, true)).EnsureSuccessStatusCode();
        using (var admin = _app.ClientAs(_cy.User.Mail))
            (await admin.PutAsJsonAsync("/api/admin/settings", new
            {
                mailboxGroupId = (string?)null, excludedDomains = Array.Empty<string>(), excludedAddresses = Array.Empty<string>(),
                collectedKinds = OutlookRelations.Memory.Extraction.ArtifactKinds.All.ToArray(), collectSensitive = false,
                interactionRetentionDays = (int?)null, detailRetentionDays = (int?)null, reportsIncludeTalkingPoints = false, warmPathsAllowed = false,
            })).EnsureSuccessStatusCode();

        Assert.Empty(Paths((await CardAsync(_ana)).Card));
        using var refused = await ConsentAsync(_dee, true);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        using var ben = _app.ClientAs(_ben.User.Mail);
        var consent = await ben.GetFromJsonAsync<JsonElement>("/api/warm-paths/consent");
        Assert.Equal((true, false), (consent.GetProperty("share").GetBoolean(), consent.GetProperty("allowed").GetBoolean()));
        using var audit = _app.ClientAs(_cy.User.Mail);
        Assert.Contains("warm-paths.shared", await audit.GetStringAsync("/api/admin/audit"), StringComparison.Ordinal);
    }
}
