using Microsoft.Extensions.Options;
using OutlookRelations.Server.Notifications;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Tests.Notifications;

public sealed class NotificationSettingsTests
{
    [Fact]
    public async Task Without_a_public_url_there_are_no_subscriptions_and_with_an_unreachable_one_sync_still_works()
    {
        var store = new EmulatorStore();
        MailboxBuilder.Fill(MailboxBuilder.AddUser(store, "ana"), 10);
        await using var emulator = await GraphEmulatorServer.StartAsync(store);

        foreach (var publicUrl in new[] { null, $"http://127.0.0.1:{Eventually.FreePort()}/" })
        {
            await using var app = new RelationsApp(emulator, settings: new Dictionary<string, string?> { ["Notifications:PublicUrl"] = publicUrl });
            var ana = (await app.ImportDirectoryAsync()).Single();
            await app.SyncAsync(ana);

            Assert.Equal(10, await app.ReadAsAsync(ana, db => db.Interactions.CountAsync()));
            Assert.Empty(store.Subscriptions.All); // nothing listens at the URL: Graph's handshake fails
            await using var scope = app.Services.CreateAsyncScope();
            Assert.False(await scope.ServiceProvider.GetRequiredService<RelationsDbContext>().GraphSubscriptions.AnyAsync());
        }
    }

    [Theory]
    [InlineData("http://relations.contoso.example/", "5000", "must be an absolute https URL")]
    [InlineData("https://relations.contoso.example/", "4200", "must be less than Notifications:LifetimeMinutes")]
    public async Task Inconsistent_settings_stop_the_server_with_the_setting_named(string publicUrl, string renewWithin, string expected)
    {
        await using var app = new RelationsApp(null, settings: new Dictionary<string, string?>
        {
            ["Notifications:PublicUrl"] = publicUrl,
            ["Notifications:RenewWithinMinutes"] = renewWithin,
        });
        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.Services.GetRequiredService<IOptions<NotificationOptions>>().Value);
        Assert.Contains(expected, error.Message);
    }
}
