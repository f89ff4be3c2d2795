using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Tests.Admin;

public sealed class AdminMailboxesTests
{
    [Fact]
    public async Task A_mailbox_is_caught_up_only_once_a_round_has_read_every_stream_not_when_its_first_cursor_is()
    {
        var store = new EmulatorStore();
        var ana = MailboxBuilder.AddUser(store, "ana");
        MailboxBuilder.Fill(ana, 6);
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        await using var app = new RelationsApp(emulator, settings: new Dictionary<string, string?> { ["Demo:Admins:0"] = ana.User.Mail });
        var owner = (await app.ImportDirectoryAsync()).Single();
        using var admin = app.ClientAs(ana.User.Mail);
        // A first sync part-way: the folder tree is read (its cursor caught up), no folder is yet.
        await app.ReadAsAsync(owner, async db =>
        {
            db.SyncCursors.Add(new SyncCursor { TenantId = owner.TenantId, OwnerId = owner.Id, Stream = "folders", IsCaughtUp = true, UpdatedAt = app.Clock.GetUtcNow() });
            return await db.SaveChangesAsync();
        });

        Assert.False(await CaughtUpAsync(admin));
        await app.SyncAsync(owner);
        Assert.True(await CaughtUpAsync(admin));
    }

    private static async Task<bool> CaughtUpAsync(HttpClient admin) =>
        (await admin.GetFromJsonAsync<JsonElement>("/api/admin/mailboxes")).EnumerateArray().Single().GetProperty("caughtUp").GetBoolean();
}
