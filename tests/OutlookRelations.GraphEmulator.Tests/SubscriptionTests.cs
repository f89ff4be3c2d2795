using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OutlookRelations.GraphEmulator.Hosting;
using OutlookRelations.GraphEmulator.Model;
using OutlookRelations.GraphEmulator.Store;

namespace OutlookRelations.GraphEmulator.Tests;

public sealed class SubscriptionTests
{
    [Fact]
    public async Task A_subscription_is_accepted_after_the_handshake_and_then_hears_about_its_mailbox_only()
    {
        await using var f = await EmulatorFixture.StartAsync(messages: 0);
        await using var subscriber = await Subscriber.StartAsync();
        var other = f.Server.Store.AddMailbox(new EmulatedUser("user-2", "Bo", "bo@fabrikam.example"));

        var (response, created) = await CreateAsync(f, subscriber, "users/user-1/messages", "created,deleted");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(2, subscriber.ValidationTokens.Count); // the notification URL and the lifecycle URL
        Assert.All(subscriber.ValidationTokens, token => Assert.StartsWith("Validation: Testing client application reachability", token)); // decoded
        var id = created.GetProperty("id").GetString()!;
        Assert.Equal("created,deleted", created.GetProperty("changeType").GetString());

        other.Inbox.Upsert(EmulatorFixture.Message("elsewhere"));
        f.Mailbox.Inbox.Upsert(EmulatorFixture.Message("new"));
        var (path, item) = await subscriber.NextAsync();
        Assert.Equal("/notify", path);
        Assert.Equal(id, item.GetProperty("subscriptionId").GetString());
        Assert.Equal("created", item.GetProperty("changeType").GetString());
        Assert.Equal("secret-state", item.GetProperty("clientState").GetString());
        Assert.Equal(f.Server.Store.TenantId, item.GetProperty("tenantId").GetString());
        Assert.Equal("Users/user-1/Messages/id-new", item.GetProperty("resource").GetString());
        Assert.Equal("id-new", item.GetProperty("resourceData").GetProperty("id").GetString());

        f.Mailbox.Inbox.Upsert(EmulatorFixture.Message("new", subject: "Edited")); // an update: not subscribed
        f.Mailbox.Inbox.Remove("id-new");
        Assert.Equal("deleted", (await subscriber.NextAsync()).Item.GetProperty("changeType").GetString());
        Assert.True(await subscriber.QuietForAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task One_subscription_to_messages_hears_about_mail_in_every_folder()
    {
        await using var f = await EmulatorFixture.StartAsync(messages: 0);
        await using var subscriber = await Subscriber.StartAsync();
        var filed = f.Mailbox.AddFolder("Deals", "inbox");
        await CreateAsync(f, subscriber, "users/user-1/messages", "created");

        f.Mailbox.Folder(filed.Id)!.Upsert(EmulatorFixture.Message("filed"));
        f.Mailbox.DeletedItems.Upsert(EmulatorFixture.Message("binned"));

        Assert.Equal("id-filed", (await subscriber.NextAsync()).Item.GetProperty("resourceData").GetProperty("id").GetString());
        Assert.Equal("id-binned", (await subscriber.NextAsync()).Item.GetProperty("resourceData").GetProperty("id").GetString());
    }

    [Fact]
    public async Task An_endpoint_that_fails_the_handshake_gets_no_subscription()
    {
        await using var f = await EmulatorFixture.StartAsync(messages: 0);
        await using var subscriber = await Subscriber.StartAsync();
        subscriber.AnswerValidation = false;

        var (response, body) = await CreateAsync(f, subscriber, "users/user-1/events", "created");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("ValidationError", body.GetProperty("error").GetProperty("code").GetString());
        Assert.Empty(f.Server.Store.Subscriptions.All);
    }

    [Theory]
    [InlineData("users/nobody/messages", HttpStatusCode.NotFound)]
    [InlineData("users/user-1/contacts", HttpStatusCode.BadRequest)]
    public async Task Unknown_users_and_unsupported_resources_are_refused(string resource, HttpStatusCode expected)
    {
        await using var f = await EmulatorFixture.StartAsync(messages: 0);
        await using var subscriber = await Subscriber.StartAsync();
        Assert.Equal(expected, (await CreateAsync(f, subscriber, resource, "created")).Response.StatusCode);
    }

    [Fact]
    public async Task Renewal_moves_the_expiry_within_Graphs_limit_and_deletion_stops_notifications()
    {
        await using var f = await EmulatorFixture.StartAsync(messages: 0);
        await using var subscriber = await Subscriber.StartAsync();
        var id = (await CreateAsync(f, subscriber, "users/user-1/events", "created,updated")).Body.GetProperty("id").GetString()!;
        var url = $"{f.Server.GraphBaseUrl}/subscriptions/{id}";

        var later = DateTimeOffset.UtcNow.AddDays(6);
        var renewed = await f.Http.PatchAsJsonAsync(url, new { expirationDateTime = later });
        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
        Assert.Equal(later.ToUnixTimeSeconds(), f.Server.Store.Subscriptions.Find(id)!.ExpiresAt.ToUnixTimeSeconds());
        Assert.Equal(HttpStatusCode.BadRequest, (await f.Http.PatchAsJsonAsync(url, new { expirationDateTime = DateTimeOffset.UtcNow.AddDays(8) })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await f.Http.PatchAsJsonAsync(url, new { expirationDateTime = DateTimeOffset.UtcNow.AddMinutes(-1) })).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await f.Http.DeleteAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await f.Http.DeleteAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await f.Http.PatchAsJsonAsync(url, new { expirationDateTime = later })).StatusCode);
        f.Mailbox.Calendar.Upsert(EmulatorFixture.Event("after-delete", EmulatorFixture.Start));
        Assert.True(await subscriber.QuietForAsync(TimeSpan.FromMilliseconds(500)));
    }

    [Fact]
    public async Task An_expired_subscription_hears_nothing()
    {
        var clock = new FakeTimeProvider(EmulatorFixture.Start);
        var store = new EmulatorStore { Clock = clock };
        var mailbox = store.AddMailbox(new EmulatedUser("user-1", "Ana", "ana@fabrikam.example"));
        await using var server = await GraphEmulatorServer.StartAsync(store);
        await using var subscriber = await Subscriber.StartAsync();
        store.Subscriptions.Add(new EmulatedSubscription("s1", "user-1", "messages", "users/user-1/messages", new HashSet<ChangeKind> { ChangeKind.Created },
            subscriber.Url("notify"), null, null, clock.GetUtcNow().AddHours(1)));

        mailbox.Inbox.Upsert(EmulatorFixture.Message("before"));
        Assert.Equal("created", (await subscriber.NextAsync()).Item.GetProperty("changeType").GetString());
        clock.Advance(TimeSpan.FromHours(2));
        mailbox.Inbox.Upsert(EmulatorFixture.Message("after"));
        Assert.True(await subscriber.QuietForAsync(TimeSpan.FromMilliseconds(500)));
    }

    [Fact]
    public async Task Lifecycle_events_reach_the_lifecycle_url_and_a_failing_endpoint_is_told_it_missed_notifications()
    {
        await using var f = await EmulatorFixture.StartAsync(messages: 0);
        await using var subscriber = await Subscriber.StartAsync();
        var id = (await CreateAsync(f, subscriber, "users/user-1/messages", "created")).Body.GetProperty("id").GetString()!;
        Assert.Equal(2, subscriber.ValidationTokens.Count); // both URLs were validated

        f.Server.Notifications.SendLifecycle(id, "reauthorizationRequired");
        var (path, item) = await subscriber.NextAsync();
        Assert.Equal("/lifecycle", path);
        Assert.Equal("reauthorizationRequired", item.GetProperty("lifecycleEvent").GetString());
        Assert.Equal("secret-state", item.GetProperty("clientState").GetString());

        subscriber.NotificationStatus = 500;
        f.Mailbox.Inbox.Upsert(EmulatorFixture.Message("lost"));
        for (var attempt = 0; attempt < 3; attempt++) Assert.Equal("/notify", (await subscriber.NextAsync()).Path); // Graph retries
        var missed = await subscriber.NextAsync();
        Assert.Equal(("/lifecycle", "missed"), (missed.Path, missed.Item.GetProperty("lifecycleEvent").GetString()));

        subscriber.NotificationStatus = 202;
        f.Server.Notifications.SendLifecycle(id, "subscriptionRemoved");
        Assert.Equal("subscriptionRemoved", (await subscriber.NextAsync()).Item.GetProperty("lifecycleEvent").GetString());
        Assert.Null(f.Server.Store.Subscriptions.Find(id));
    }

    private static async Task<(HttpResponseMessage Response, JsonElement Body)> CreateAsync(EmulatorFixture f, Subscriber subscriber, string resource, string changeType)
    {
        var response = await f.Http.PostAsJsonAsync($"{f.Server.GraphBaseUrl}/subscriptions", new
        {
            changeType,
            notificationUrl = subscriber.Url("notify"),
            lifecycleNotificationUrl = subscriber.Url("lifecycle"),
            resource,
            expirationDateTime = DateTimeOffset.UtcNow.AddDays(2),
            clientState = "secret-state",
        });
        var text = await response.Content.ReadAsStringAsync();
        return (response, JsonDocument.Parse(text).RootElement.Clone());
    }
}
