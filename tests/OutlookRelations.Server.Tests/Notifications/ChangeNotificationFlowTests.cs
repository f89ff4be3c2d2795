using OutlookRelations.Server.DataControls;
using OutlookRelations.Server.Notifications;
using OutlookRelations.Server.Storage;
using OutlookRelations.Server.Sync;

namespace OutlookRelations.Server.Tests.Notifications;

/// <summary>
/// The whole loop over real HTTP both ways: the server subscribes through the Graph SDK, the
/// emulator validates its endpoint and posts notifications to it on Kestrel, and Hangfire runs the
/// syncs they ask for. No recurring sync is scheduled, so only notifications can bring new mail in.
/// </summary>
public sealed class ChangeNotificationFlowTests : IAsyncLifetime
{
    private readonly EmulatorStore _store = new();
    private readonly Mailbox _mailbox;
    private GraphEmulatorServer _emulator = null!;
    private RelationsApp _app = null!;
    private MailboxOwner _ana = null!;

    public ChangeNotificationFlowTests()
    {
        _mailbox = MailboxBuilder.AddUser(_store, "ana");
        MailboxBuilder.Fill(_mailbox, 6);
    }

    public async Task InitializeAsync()
    {
        _emulator = await GraphEmulatorServer.StartAsync(_store);
        var port = Eventually.FreePort();
        _app = new RelationsApp(_emulator, settings: new Dictionary<string, string?>
        {
            ["Notifications:PublicUrl"] = $"http://127.0.0.1:{port}/",
            ["Jobs:RunServer"] = "true",
        });
        _app.UseKestrel(port);
        _app.StartServer();
        _ana = (await _app.ImportDirectoryAsync()).Single();
        await using var scope = _app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SyncMailboxJob>().RunAsync(_ana.Id, CancellationToken.None);
    }

    [Fact]
    public async Task A_sync_subscribes_to_messages_and_events_and_new_mail_then_arrives_by_notification()
    {
        var held = await HeldAsync();
        Assert.Equal(["events", "messages"], held.Select(s => s.Resource).Order());
        Assert.All(_store.Subscriptions.All, s => Assert.Equal($"users/{_ana.GraphUserId}/{s.Resource}", s.ResourcePath));

        AddMessage("fresh");
        await Eventually.TrueAsync(() => HasMessageAsync("fresh"), "the new message synced after its notification");
        Assert.All(_emulator.Notifications.Deliveries, d => Assert.Equal(202, d.StatusCode));
    }

    [Fact]
    public async Task A_removed_subscription_is_made_again_and_a_reauthorization_renews_it()
    {
        var messages = _store.Subscriptions.All.Single(s => s.Resource == "messages");
        _emulator.Notifications.SendLifecycle(messages.Id, "subscriptionRemoved");
        await Eventually.TrueAsync(() => _store.Subscriptions.All.Any(s => s.Resource == "messages" && s.Id != messages.Id), "a new messages subscription");
        await Eventually.TrueAsync(async () => (await HeldAsync()).Any(s => s.Resource == "messages" && s.Id != messages.Id), "the new subscription recorded");

        var events = _store.Subscriptions.All.Single(s => s.Resource == "events");
        _store.Subscriptions.Renew(events.Id, TestClock.Origin.AddMinutes(50));
        _emulator.Notifications.SendLifecycle(events.Id, "reauthorizationRequired");
        await Eventually.TrueAsync(() => _store.Subscriptions.Find(events.Id)!.ExpiresAt > TestClock.Origin.AddDays(2), "the events subscription renewed");
    }

    [Fact]
    public async Task Missed_notifications_are_caught_up_by_a_delta_sync()
    {
        var messages = _store.Subscriptions.All.Single(s => s.Resource == "messages");
        _store.Subscriptions.Remove(messages.Id); // Graph drops what it cannot deliver...
        AddMessage("never-notified");
        _store.Subscriptions.Add(messages);
        _emulator.Notifications.SendLifecycle(messages.Id, "missed"); // ...and says so.

        await Eventually.TrueAsync(() => HasMessageAsync("never-notified"), "the missed message synced");
    }

    [Fact]
    public async Task The_renewal_job_renews_subscriptions_near_expiry_and_replaces_those_Graph_lost()
    {
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RelationsDbContext>();
            await db.GraphSubscriptions.ExecuteUpdateAsync(s => s.SetProperty(x => x.ExpiresAt, TestClock.Origin.AddHours(1)));
        }
        var events = _store.Subscriptions.All.Single(s => s.Resource == "events");
        _store.Subscriptions.Remove(events.Id);

        await using (var scope = _app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<SubscriptionJobs>().RenewDueAsync(CancellationToken.None);

        var messages = (await HeldAsync()).Single(s => s.Resource == "messages");
        Assert.True(messages.ExpiresAt > TestClock.Origin.AddDays(2));
        Assert.True(_store.Subscriptions.Find(messages.Id)!.ExpiresAt > TestClock.Origin.AddDays(2));
        await Eventually.TrueAsync(() => _store.Subscriptions.All.Any(s => s.Resource == "events"), "the lost events subscription made again by a sync");
    }

    [Fact]
    public async Task Offboarding_deletes_the_subscriptions_at_Graph()
    {
        Assert.Equal(2, _store.Subscriptions.All.Count);
        await using (var scope = _app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<Erasure>().EraseAsync(_ana.TenantId, _ana.Id, "admin@fabrikam.example", offboard: true, CancellationToken.None);

        Assert.Empty(_store.Subscriptions.All);
        Assert.Empty(await HeldAsync());
    }

    private void AddMessage(string key) =>
        _mailbox.Inbox.Upsert(MailboxBuilder.Message(_mailbox, key, MailboxBuilder.Contact(1), new("ana", _mailbox.User.Mail), MailboxBuilder.Start.AddDays(30)));

    private Task<bool> HasMessageAsync(string key) =>
        _app.ReadAsAsync(_ana, db => db.Interactions.AnyAsync(i => i.InternetMessageId.StartsWith("<" + key + ".")));

    private async Task<List<GraphSubscription>> HeldAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RelationsDbContext>().GraphSubscriptions.AsNoTracking().ToListAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _emulator.DisposeAsync();
    }
}
