using OutlookRelations.GraphEmulator.Model;

namespace OutlookRelations.Server.Tests.DataControls;

/// <summary>Deleted Items is read unless the tenant's admins turn it off; a client that predates the setting cannot turn it off by leaving it out.</summary>
public sealed class DeletedItemsSettingTests
{
    private const string Admin = "ian@fabrikam.example";

    [Fact]
    public async Task Admins_turn_Deleted_Items_off_and_on_and_a_settings_body_without_it_leaves_it_read()
    {
        var store = new EmulatorStore();
        var ana = MailboxBuilder.AddUser(store, "ana");
        MailboxBuilder.AddUser(store, "ian");
        ana.DeletedItems.Upsert(MailboxBuilder.Message(ana, "binned", new EmailAddress("Carla", "carla@contoso.example"), new EmailAddress("Ana", ana.User.Mail), TestClock.Origin.AddDays(-3)));
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        await using var app = new RelationsApp(emulator, settings: new Dictionary<string, string?> { ["Demo:Admins:0"] = Admin });
        var owner = (await app.ImportDirectoryAsync()).Single(o => o.Email == ana.User.Mail);
        using var admin = app.ClientAs(Admin);

        Assert.True((await admin.GetFromJsonAsync<JsonElement>("/api/admin/settings")).GetProperty("readDeletedItems").GetBoolean());
        var off = await admin.PutAsJsonAsync("/api/admin/settings", SettingsBody.With(readDeletedItems: false));
        off.EnsureSuccessStatusCode();
        Assert.False((await off.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("readDeletedItems").GetBoolean());
        await app.SyncAsync(owner);
        Assert.Equal(0, await app.ReadAsAsync(owner, db => db.Interactions.CountAsync()));
        var audit = await admin.GetFromJsonAsync<JsonElement>("/api/admin/audit");
        Assert.Contains("readDeletedItems: True → False", audit[0].GetProperty("details").GetString(), StringComparison.Ordinal);

        (await admin.PutAsJsonAsync("/api/admin/settings", SettingsBody.With())).EnsureSuccessStatusCode();
        Assert.True((await admin.GetFromJsonAsync<JsonElement>("/api/admin/settings")).GetProperty("readDeletedItems").GetBoolean());
        await app.SyncAsync(owner);
        Assert.Equal(1, await app.ReadAsAsync(owner, db => db.Interactions.CountAsync()));
    }
}
