using OutlookRelations.GraphEmulator.Model;
using OutlookRelations.Server.DataControls;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Tests.DataControls;

/// <summary>
/// Metadata-only mode, switched on and off by an admin: nothing read from message text is kept or
/// made while it is on (details found in mail, the questions mail asks), the figures are all there,
/// the owner's own notes stay, and every mail folder starts a new round so Graph is asked for the
/// fields of the mode now in force. Turning it off reads the mail again for memory.
/// </summary>
public sealed class MetadataOnlyModeTests
{
    private const string Admin = "ian@fabrikam.example";
    private static readonly EmailAddress Carla = new("Carla Reyes", "carla@contoso.example");

    private sealed record Stored(int Messages, int Details, int Notes, int Questions, int FromCarla, IReadOnlyList<(string Stream, bool ReadsBodies, long Generation)> Cursors);

    private static Task<Stored> StoredAsync(RelationsApp app, MailboxOwner owner) => app.ReadAsAsync(owner, async db => new Stored(
        await db.Interactions.CountAsync(),
        await db.ContactDetails.CountAsync(d => d.Origin == DetailOrigin.Extracted),
        await db.ContactDetails.CountAsync(d => d.Origin == DetailOrigin.Manual),
        await db.Interactions.CountAsync(i => i.Question != null),
        await db.Contacts.Where(c => c.Email == Carla.Address).Select(c => c.MessagesFromContact).SingleAsync(),
        [.. (await db.SyncCursors.Where(c => c.Stream != "folders" && c.Stream != "calendar").ToListAsync()).Select(c => (c.Stream, c.ReadsBodies, c.Generation))]));

    private static async Task ApplySettingsAsync(RelationsApp app, MailboxOwner owner)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ApplySettingsJob>().ApplyAsync(owner.TenantId, CancellationToken.None);
    }

    [Fact]
    public async Task Turning_it_on_forgets_what_mail_said_keeps_figures_and_notes_and_turning_it_off_reads_the_mail_again()
    {
        var store = new EmulatorStore();
        var ana = MailboxBuilder.AddUser(store, "ana");
        MailboxBuilder.AddUser(store, "ian");
        var me = new EmailAddress("Ana", ana.User.Mail);
        var t = TestClock.Origin.AddDays(-6);
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "leo", Carla, me, t, body: "My son Leo turns ten next month. Could you send the revised quote by Friday?"));
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "trip", Carla, me, t.AddDays(1), body: "We are taking the kids to Lisbon next week."));
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        await using var app = new RelationsApp(emulator, settings: new Dictionary<string, string?> { ["Demo:Admins:0"] = Admin });
        var owner = (await app.ImportDirectoryAsync()).Single(o => o.Email == ana.User.Mail);
        using var admin = app.ClientAs(Admin);
        using var owners = app.ClientAs(ana.User.Mail);
        await app.SyncAsync(owner);
        (await owners.PostAsJsonAsync($"/api/contacts/{Carla.Address}/details", new { text = "Prefers calls before 10" })).EnsureSuccessStatusCode();
        var full = await StoredAsync(app, owner);
        Assert.True(full.Details > 0 && full.Questions == 1 && full.Notes == 1, $"{full}");
        Assert.All(full.Cursors, c => Assert.True(c.ReadsBodies));

        var on = await admin.PutAsJsonAsync("/api/admin/settings", SettingsBody.With(metadataOnly: true));
        on.EnsureSuccessStatusCode();
        Assert.True((await on.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("metadataOnly").GetBoolean());
        await ApplySettingsAsync(app, owner);
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "recital", Carla, me, t.AddDays(2), body: "My daughter has her piano recital on Saturday. Can we move our call?"));
        await app.SyncAsync(owner);

        var metadata = await StoredAsync(app, owner);
        Assert.Equal((3, 0, 1, 0, 3), (metadata.Messages, metadata.Details, metadata.Notes, metadata.Questions, metadata.FromCarla));
        Assert.All(metadata.Cursors, c => Assert.False(c.ReadsBodies));
        Assert.All(metadata.Cursors, c => Assert.True(c.Generation > full.Cursors.Single(f => f.Stream == c.Stream).Generation, $"{c.Stream} started a new round"));
        var audit = await admin.GetFromJsonAsync<JsonElement>("/api/admin/audit");
        Assert.Contains("metadataOnly: False → True", audit[0].GetProperty("details").GetString(), StringComparison.Ordinal);

        // A settings body from a client that predates the mode leaves it on.
        (await admin.PutAsJsonAsync("/api/admin/settings", SettingsBody.With())).EnsureSuccessStatusCode();
        Assert.True((await admin.GetFromJsonAsync<JsonElement>("/api/admin/settings")).GetProperty("metadataOnly").GetBoolean());

        (await admin.PutAsJsonAsync("/api/admin/settings", SettingsBody.With(metadataOnly: false))).EnsureSuccessStatusCode();
        await app.SyncAsync(owner);
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<Server.Details.RederiveMailboxJob>().RunAsync(owner.Id, CancellationToken.None);

        var again = await StoredAsync(app, owner);
        Assert.All(again.Cursors, c => Assert.True(c.ReadsBodies));
        var summaries = await app.ReadAsAsync(owner, db => db.ContactDetails.Where(d => d.Origin == DetailOrigin.Extracted).Select(d => d.Summary).ToListAsync());
        Assert.Contains(summaries, s => s.Contains("recital", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(summaries, s => s.Contains("Leo", StringComparison.Ordinal));
    }
}
